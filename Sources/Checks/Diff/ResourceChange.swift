/// A network resource the change adds, removes or modifies, with what changed.
public struct ResourceChange: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable { case added, removed, modified }

    /// The Terraform address (or AWS id).
    public var address: String
    /// What kind of object: `security group`, `network ACL`, `route table`, …
    public var kind: String
    public var action: Action
    /// One line per change: `+ ingress tcp 5439 from 10.99.0.0/16 (aws_…rule.x)`,
    /// `~ ingress 100: allow → deny`, `- route 0.0.0.0/0 → nat-…`.
    public var details: [String]

    public init(address: String, kind: String, action: Action, details: [String] = []) {
        self.address = address
        self.kind = kind
        self.action = action
        self.details = details
    }

    /// `aws_security_group.redshift (security group, modified)`.
    public var summary: String { "\(address) (\(kind), \(action.rawValue))" }
}
