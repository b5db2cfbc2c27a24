/// Why a finding holds: a one-line summary and the detail behind it — the hop that
/// blocks with its rule, the packet set that is open too widely and the rules granting
/// it, the policy statement that denies.
public struct Evidence: Sendable, Hashable {
    public var summary: String
    /// Lines of detail, each complete on its own (`tcp 0.0.0.0/0 → 10.20.11.0/24:5439`,
    /// `blocked at network-acl-inbound acl-… rule * (deny all)`).
    public var details: [String]

    public init(summary: String, details: [String] = []) {
        self.summary = summary
        self.details = details
    }
}
