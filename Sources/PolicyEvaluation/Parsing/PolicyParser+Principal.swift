import JSONSupport

extension PolicyParser {
    static let principalTypes = ["AWS", "Service", "Federated", "CanonicalUser"]

    func parsePrincipals(_ value: JSONValue, path: String) throws(PolicyError) -> [PrincipalEntry] {
        switch value.kind {
        case .string(let text):
            guard text == "*" else {
                throw .badPrincipalString(text, path: path, at: location(value))
            }
            return [.anyone]
        case .object(let object):
            guard !object.isEmpty else { throw .emptyPrincipal(path: path, at: location(value)) }
            var entries: [PrincipalEntry] = []
            for member in object.members {
                let memberPath = "\(path).\(member.key)"
                guard Self.principalTypes.contains(member.key) else {
                    throw .unknownElement(
                        member.key, allowed: Self.principalTypes, path: memberPath,
                        at: location(member))
                }
                for item in try stringList(member.value, path: memberPath, what: "principal") {
                    entries.append(
                        try principalEntry(
                            type: member.key, item.text, path: item.path, at: item.location))
                }
            }
            return entries
        default:
            throw .wrongType(
                expected: "\"*\" or a map such as {\"AWS\": [...]}", found: value, path: path,
                at: location(value))
        }
    }

    private func principalEntry(
        type: String, _ text: String, path: String, at location: SourceLocation?
    )
        throws(PolicyError) -> PrincipalEntry
    {
        guard !text.isEmpty else { throw .emptyPrincipalName(type, path: path, at: location) }
        let hasWildcard = text.contains("*") || text.contains("?")
        if hasWildcard, text != "*" { throw .wildcardPrincipal(text, path: path, at: location) }
        switch type {
        case "AWS":
            if text == "*" { return .anyone }
            if RequestPrincipal.isAccountID(text) { return .account(text) }
            if let parts = ARNPattern.parts(of: text) {
                // Only principals a request can come from: root, users, roles, sessions.
                guard parts[2] == "iam" || parts[2] == "sts", (try? RequestPrincipal(text)) != nil
                else {
                    throw .badAWSPrincipal(text, path: path, at: location)
                }
                return parts[2] == "iam" && parts[5] == "root" ? .account(parts[4]) : .iamARN(text)
            }
            if text.count >= 16, text.first == "A",
                text.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
            {
                return .uniqueID(text)
            }
            throw .badAWSPrincipal(text, path: path, at: location)
        case "Service":
            return .service(text)
        case "Federated":
            return .federated(text)
        default:
            return .canonicalUser(text)
        }
    }
}
