/// An IPv4 or IPv6 address, stored as its numeric value.
///
/// IPv4 addresses occupy the low 32 bits of `value`.
public struct IPAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let family: AddressFamily
    public let value: UInt128

    /// Creates an address from a numeric value; the value must fit the family.
    public init(family: AddressFamily, value: UInt128) {
        precondition(value <= family.maxValue, "address value out of range for \(family)")
        self.family = family
        self.value = value
    }

    /// The longest address text there is: IPv6 with an IPv4 tail, 45 characters.
    static let maximumTextLength = 45

    /// Parses dotted-quad IPv4 (`10.0.1.5`) or IPv6 (`2001:db8::1`, `::ffff:10.0.0.1`) text.
    public init(_ text: String) throws(AddressParseError) {
        // Hostile text of megabytes would otherwise be split into millions of pieces.
        guard text.utf8.count <= IPAddress.maximumTextLength else {
            throw AddressParseError(
                text: text,
                reason:
                    "it is \(text.utf8.count) characters long; an address has at most \(IPAddress.maximumTextLength)"
            )
        }
        if text.contains(":") {
            self.init(family: .ipv6, value: try IPAddress.parseIPv6(text))
        } else {
            self.init(family: .ipv4, value: UInt128(try IPAddress.parseIPv4(text, whole: text)))
        }
    }

    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        (lhs.family == .ipv4 ? 0 : 1, lhs.value) < (rhs.family == .ipv4 ? 0 : 1, rhs.value)
    }

    public var description: String {
        family == .ipv4 ? IPAddress.formatIPv4(UInt32(value)) : IPAddress.formatIPv6(value)
    }

    static func parseIPv4(_ text: some StringProtocol, whole: String) throws(AddressParseError)
        -> UInt32
    {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else {
            throw AddressParseError(
                text: whole, reason: "an IPv4 address has four dot-separated numbers")
        }
        var result: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let octet = UInt32(part), octet <= 255
            else {
                throw AddressParseError(
                    text: whole, reason: "'\(part)' is not a number from 0 to 255")
            }
            if part.count > 1 && part.first == "0" {
                throw AddressParseError(text: whole, reason: "'\(part)' has a leading zero")
            }
            result = result << 8 | octet
        }
        return result
    }

    static func parseIPv6(_ text: String) throws(AddressParseError) -> UInt128 {
        let halves = splitOnDoubleColon(text)
        guard halves.count <= 2 else {
            throw AddressParseError(text: text, reason: "'::' may appear only once")
        }
        func groups(_ part: String, allowIPv4Tail: Bool) throws(AddressParseError) -> [UInt16] {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if allowIPv4Tail && index == pieces.count - 1 && piece.contains(".") {
                    let v4 = try parseIPv4(piece, whole: text)
                    result.append(UInt16(v4 >> 16))
                    result.append(UInt16(v4 & 0xFFFF))
                } else {
                    guard (1...4).contains(piece.count), let group = UInt16(piece, radix: 16) else {
                        throw AddressParseError(
                            text: text, reason: "'\(piece)' is not a group of 1 to 4 hex digits")
                    }
                    result.append(group)
                }
            }
            return result
        }
        let head = try groups(halves[0], allowIPv4Tail: halves.count == 1)
        let tail = halves.count == 2 ? try groups(halves[1], allowIPv4Tail: true) : []
        let total = head.count + tail.count
        if halves.count == 1 && total != 8 || halves.count == 2 && total > 7 {
            throw AddressParseError(text: text, reason: "an IPv6 address has eight 16-bit groups")
        }
        let all = head + Array(repeating: 0, count: 8 - total) + tail
        return all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
    }

    private static func splitOnDoubleColon(_ text: String) -> [String] {
        var halves: [String] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == ":", next < text.endIndex, text[next] == ":" {
                halves.append(current)
                current = ""
                index = text.index(after: next)
            } else {
                current.append(text[index])
                index = next
            }
        }
        halves.append(current)
        return halves
    }

    static func formatIPv4(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
    }

    /// RFC 5952 text: lowercase, longest run of two or more zero groups shortened to `::`.
    static func formatIPv6(_ value: UInt128) -> String {
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: value >> (112 - 16 * UInt128($0))) }
        var bestStart = -1
        var bestLength = 1
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            let start = index
            while index < 8 && groups[index] == 0 { index += 1 }
            if index - start > bestLength {
                bestStart = start
                bestLength = index - start
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestStart >= 0 else { return hex.joined(separator: ":") }
        let head = hex[..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }
}
