/// The identity of an object in a snapshot: its Terraform address
/// (`module.net.aws_subnet.private[0]`) or, for objects from other inputs, its AWS id.
/// Stable across plans, where AWS ids may still be unknown.
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}
