import NetworkModel

/// The rule that decided a hop, as a user finds it in their code.
public struct RuleCitation: Sendable, Hashable, CustomStringConvertible {
    /// The Terraform address (with attribute path for inline blocks) or AWS id.
    public var address: String
    /// The network ACL rule number, `*` for the implied final entry.
    public var ruleNumber: String?
    /// `file:line:column` of the declaration, when known.
    public var location: String?
    /// What the rule says, e.g. `deny tcp 22 from 0.0.0.0/0`.
    public var summary: String

    public init(
        address: String, ruleNumber: String? = nil, location: String? = nil, summary: String
    ) {
        self.address = address
        self.ruleNumber = ruleNumber
        self.location = location
        self.summary = summary
    }

    public var description: String {
        let number = ruleNumber.map { "rule \($0) " } ?? ""
        return "\(number)\(summary) (\(address))"
    }
}
