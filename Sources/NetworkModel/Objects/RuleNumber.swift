/// A network ACL rule number: 1–32766 for declared entries; 32767 is AWS's final `*`.
public struct RuleNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: Int

    /// Validates a declared rule number (1–32766), or AWS's `*` entry (32767).
    public init(_ rawValue: Int) throws(AddressParseError) {
        guard (1...32767).contains(rawValue) else {
            throw AddressParseError(text: "\(rawValue)", reason: "rule numbers are 1 to 32766")
        }
        self.rawValue = rawValue
    }

    /// AWS's implicit final rule, shown as `*`.
    public static let final = try! RuleNumber(32767)

    public static func < (lhs: RuleNumber, rhs: RuleNumber) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { self == .final ? "*" : "\(rawValue)" }
}
