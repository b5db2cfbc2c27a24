import NetworkModel

/// Matches a request's principal against `Principal` / `NotPrincipal`.
///
/// A role ARN matches the role and its sessions (a session ARN carries no path, so a
/// session matches by account and role name); an account (ID or `:root`) matches every
/// principal of the account, except through a gateway endpoint where it means only the
/// root user; `"*"` matches everyone, anonymous callers included.
enum PrincipalMatcher {
    static func matches(
        _ entry: PrincipalEntry, _ principal: RequestPrincipal, endpointType: VPCEndpointType?
    ) -> Bool {
        switch entry {
        case .anyone:
            return true
        case .account(let account):
            guard principal.account == account else { return false }
            return endpointType == .gateway ? principal.kind == .accountRoot : true
        case .iamARN(let arn):
            guard let named = try? RequestPrincipal(arn), named.partition == principal.partition,
                named.account == principal.account
            else { return false }
            switch named.kind {
            case .role:
                guard principal.kind == .role || principal.kind == .roleSession,
                    named.name == principal.name
                else {
                    return false
                }
                // A known path must agree; a session's path is unknown unless given.
                return principal.path == nil || principal.path == named.path
            case .user:
                return principal.kind == .user && named.name == principal.name
                    && named.path == principal.path
            case .roleSession:
                return principal.kind == .roleSession && named.name == principal.name
                    && named.sessionName == principal.sessionName
            case .federatedUser:
                return principal.kind == .federatedUser && named.name == principal.name
            case .accountRoot:
                return principal.kind == .accountRoot
            case .service, .anonymous:
                return false
            }
        case .service(let name):
            return principal.kind == .service && (name == "*" || name == principal.name)
        case .uniqueID, .federated, .canonicalUser:
            return false
        }
    }

    static func check(_ element: PrincipalElement, path: String, request: PolicyRequest)
        -> ElementCheck
    {
        let principal = request.principal
        let match = element.entries.first {
            matches($0, principal, endpointType: request.endpointType)
        }
        let elementPath = "\(path).\(element.name)"
        let listed = element.entries.map(\.description).joined(separator: ", ")
        var note = ""
        if match == nil, request.endpointType == .gateway, principal.kind != .accountRoot,
            element.entries.contains(where: { $0 == .account(principal.account ?? "") })
        {
            note =
                "; through a gateway endpoint an account principal means only the account's root user"
        }
        if element.isNegated {
            return ElementCheck(
                element: .notPrincipal, path: elementPath, passed: match == nil,
                explanation: match.map { "NotPrincipal lists \($0), which covers \(principal)" }
                    ?? "\(principal) is not covered by NotPrincipal (\(listed))\(note)")
        }
        return ElementCheck(
            element: .principal, path: elementPath, passed: match != nil,
            explanation: match.map { "Principal \($0) matches \(principal)" }
                ?? "no Principal entry (\(listed)) matches \(principal)\(note)")
    }
}
