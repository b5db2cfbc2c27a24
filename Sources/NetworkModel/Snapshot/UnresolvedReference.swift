/// A reference from one object to another that is not in the input: a group in another
/// account, a subnet managed elsewhere, a configuration expression that could not be
/// followed. Kept and listed, never dropped.
public struct UnresolvedReference: Sendable, Hashable, CustomStringConvertible {
    /// The object holding the reference.
    public var from: String
    /// The attribute that holds it.
    public var attribute: String
    /// What it points at as the input says it (an AWS id, an ARN, an expression).
    public var target: String

    public init(from: String, attribute: String, target: String) {
        self.from = from
        self.attribute = attribute
        self.target = target
    }

    public var description: String { "\(from).\(attribute) → \(target) (not in the input)" }
}
