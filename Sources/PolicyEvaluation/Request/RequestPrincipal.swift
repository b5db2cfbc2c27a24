/// Who makes a request: an account's root user, an IAM user, a role (standing for any
/// of its sessions), one role session, a federated user, a service, or an anonymous
/// caller.
public struct RequestPrincipal: Sendable, Hashable, CustomStringConvertible {
    /// What sort of principal this is.
    public let kind: Kind
    /// `aws`, `aws-cn`, `aws-us-gov`; empty for services and anonymous callers.
    public let partition: String
    /// The 12-digit account, or `nil` for services and anonymous callers.
    public let account: String?
    /// The user, role, federated user or service name.
    public let name: String?
    /// The IAM path of a user or role, such as `/service-role/`; `nil` when unknown (a
    /// session ARN does not carry its role's path).
    public let path: String?
    /// The session name of a role session.
    public let sessionName: String?
    /// The text the principal was read from.
    public let text: String

    private init(
        kind: Kind, partition: String = "", account: String? = nil, name: String? = nil,
        path: String? = nil, sessionName: String? = nil, text: String
    ) {
        self.kind = kind
        self.partition = partition
        self.account = account
        self.name = name
        self.path = path
        self.sessionName = sessionName
        self.text = text
    }

    /// An unauthenticated caller: matched only by `Principal: "*"`.
    public static let anonymous = RequestPrincipal(kind: .anonymous, text: "anonymous")

    /// Reads a principal ARN or service principal name.
    ///
    /// - Parameters:
    ///   - text: `arn:aws:iam::ACCOUNT:root`, `…:user/PATH/NAME`, `…:role/PATH/NAME` (the
    ///     role's sessions), `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`,
    ///     `…:federated-user/NAME`, or a service such as `airflow.amazonaws.com`.
    ///   - rolePath: For a session ARN, the role's path (such as `/service-role/`), which
    ///     the session ARN does not carry; used only to build `aws:PrincipalArn`.
    public init(_ text: String, rolePath: String? = nil) throws(PolicyRequestError) {
        if let rolePath, !(rolePath.hasPrefix("/") && rolePath.hasSuffix("/")) {
            throw .rolePath(rolePath)
        }
        if Self.isServiceName(text) {
            self.init(kind: .service, name: text, text: text)
            return
        }
        guard let parts = ARNPattern.parts(of: text), !parts[1].isEmpty,
            Self.isAccountID(parts[4]), parts[3].isEmpty
        else { throw .principal(text) }
        let partition = parts[1]
        let account = parts[4]
        let resource = parts[5]
        switch (parts[2], resource) {
        case ("iam", "root"):
            self.init(kind: .accountRoot, partition: partition, account: account, text: text)
        case ("iam", _) where resource.hasPrefix("user/") || resource.hasPrefix("role/"):
            let isRole = resource.hasPrefix("role/")
            let (path, name) = Self.splitPathAndName(resource.drop { $0 != "/" })
            guard !name.isEmpty else { throw .principal(text) }
            self.init(
                kind: isRole ? .role : .user, partition: partition, account: account, name: name,
                path: path, text: text)
        case ("sts", _) where resource.hasPrefix("assumed-role/"):
            let pieces = resource.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count == 3, !pieces[1].isEmpty, !pieces[2].isEmpty else {
                throw .principal(text)
            }
            self.init(
                kind: .roleSession, partition: partition, account: account,
                name: String(pieces[1]), path: rolePath, sessionName: String(pieces[2]), text: text)
        case ("sts", _) where resource.hasPrefix("federated-user/"):
            let name = String(resource.dropFirst("federated-user/".count))
            guard !name.isEmpty, !name.contains("/") else { throw .principal(text) }
            self.init(
                kind: .federatedUser, partition: partition, account: account, name: name, text: text
            )
        default:
            throw .principal(text)
        }
    }

    /// The value of `aws:PrincipalArn`: for a role or its session the role ARN with its
    /// path (`/` when a session was given without one), otherwise the principal's ARN;
    /// `nil` for services and anonymous callers.
    public var principalARN: String? {
        guard let account else { return nil }
        switch kind {
        case .accountRoot: return "arn:\(partition):iam::\(account):root"
        case .user, .role:
            return
                "arn:\(partition):iam::\(account):\(kind == .role ? "role" : "user")\(path ?? "/")\(name ?? "")"
        case .roleSession: return "arn:\(partition):iam::\(account):role\(path ?? "/")\(name ?? "")"
        case .federatedUser: return text
        case .service, .anonymous: return nil
        }
    }

    /// Context keys AWS sets from the principal on every signed request:
    /// `aws:PrincipalArn`, `aws:PrincipalAccount`, and `aws:username` for IAM users.
    public var derivedContext: PolicyContext {
        var context = PolicyContext()
        if let principalARN { context.set("aws:PrincipalArn", [principalARN]) }
        if let account { context.set("aws:PrincipalAccount", [account]) }
        if kind == .user, let name { context.set("aws:username", [name]) }
        return context
    }

    public var description: String { text }

    /// `airflow.amazonaws.com`, `logs.us-east-1.amazonaws.com`, `….amazonaws.com.cn`.
    static func isServiceName(_ text: String) -> Bool {
        let suffix = [".amazonaws.com", ".amazonaws.com.cn"].first { text.hasSuffix($0) }
        guard let suffix, text.count > suffix.count else { return false }
        return text.allSatisfy {
            $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-")
        }
    }

    static func isAccountID(_ text: some StringProtocol) -> Bool {
        text.count == 12 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `/service-role/Name` → (`/service-role/`, `Name`).
    private static func splitPathAndName(_ rest: Substring) -> (path: String, name: String) {
        guard let lastSlash = rest.lastIndex(of: "/") else { return ("/", String(rest)) }
        return (String(rest[...lastSlash]), String(rest[rest.index(after: lastSlash)...]))
    }
}
