/// An inclusive range of TCP or UDP ports, `lowerBound...upperBound` within 0–65535.
public struct PortRange: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let lowerBound: UInt16
    public let upperBound: UInt16

    /// Creates a range; `lowerBound` must not exceed `upperBound`.
    public init(_ lowerBound: UInt16, _ upperBound: UInt16) {
        precondition(lowerBound <= upperBound)
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// A single port.
    public init(_ port: UInt16) { self.init(port, port) }

    /// Validates numbers read from input: both within 0–65535 and not reversed.
    public init(from: Int, to: Int) throws(AddressParseError) {
        guard (0...65535).contains(from), (0...65535).contains(to) else {
            throw AddressParseError(text: "\(from)-\(to)", reason: "ports must be from 0 to 65535")
        }
        guard from <= to else {
            throw AddressParseError(
                text: "\(from)-\(to)", reason: "the range is reversed (from_port is above to_port)")
        }
        self.init(UInt16(from), UInt16(to))
    }

    /// Parses `443` or `1024-65535`.
    public init(_ text: String) throws(AddressParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let from = Int(parts[0]),
            let to = parts.count == 2 ? Int(parts[1]) : from
        else {
            throw AddressParseError(
                text: text, reason: "expected a port or a range like 1024-65535")
        }
        try self.init(from: from, to: to)
    }

    /// Every port, 0–65535.
    public static let all = PortRange(0, 65535)
    /// AWS's recommended ephemeral range for return traffic through network ACLs.
    public static let awsEphemeral = PortRange(1024, 65535)

    public func contains(_ port: UInt16) -> Bool { lowerBound <= port && port <= upperBound }
    public func contains(_ other: PortRange) -> Bool {
        lowerBound <= other.lowerBound && other.upperBound <= upperBound
    }

    public static func < (lhs: PortRange, rhs: PortRange) -> Bool {
        (lhs.lowerBound, lhs.upperBound) < (rhs.lowerBound, rhs.upperBound)
    }

    public var description: String {
        if self == .all { return "all ports" }
        return lowerBound == upperBound ? "\(lowerBound)" : "\(lowerBound)-\(upperBound)"
    }
}
