/// What a network ACL entry does with the packets it matches.
public enum RuleAction: String, Sendable, Hashable, Codable {
    case allow
    case deny
}
