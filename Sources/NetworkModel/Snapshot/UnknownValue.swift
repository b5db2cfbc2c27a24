/// A value the snapshot does not know — typically one Terraform learns only after
/// apply. Any answer depending on it is `unknown`, never a guess.
public struct UnknownValue: Sendable, Hashable, CustomStringConvertible {
    /// The object whose attribute is unknown.
    public var address: String
    /// The attribute path, e.g. `cidr_blocks[0]` or `security_group_id`.
    public var attribute: String
    /// Why it is unknown, e.g. "known only after apply".
    public var reason: String

    public init(address: String, attribute: String, reason: String = "known only after apply") {
        self.address = address
        self.attribute = attribute
        self.reason = reason
    }

    public var description: String { "\(address).\(attribute): \(reason)" }
}
