/// An IPv4 or IPv6 CIDR block such as `10.0.1.0/24` or `2001:db8::/56`.
///
/// The block is stored normalized: host bits below the prefix are cleared, as AWS does
/// (Terraform's provider rejects such blocks before they reach AWS).
public struct CIDR: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let family: AddressFamily
    /// The network address (host bits cleared).
    public let network: UInt128
    public let prefixLength: Int

    /// Creates a block from a network address and prefix length, clearing host bits.
    public init(family: AddressFamily, network: UInt128, prefixLength: Int) {
        precondition((0...family.bitWidth).contains(prefixLength))
        self.family = family
        self.prefixLength = prefixLength
        self.network = network & CIDR.mask(family: family, prefixLength: prefixLength)
    }

    /// Parses `a.b.c.d/n` or `ipv6/n`. A bare address is a single-host block (/32 or /128).
    public init(_ text: String) throws(AddressParseError) {
        if let block = CIDR.fastIPv4(text) {
            self = block
            return
        }
        try self.init(parsingInGeneral: text)
    }

    /// The parser for every form, with an explanation for what it rejects.
    init(parsingInGeneral text: String) throws(AddressParseError) {
        let longest = IPAddress.maximumTextLength + 4
        guard text.utf8.count <= longest else {
            throw AddressParseError(
                text: text,
                reason:
                    "it is \(text.utf8.count) characters long; a CIDR block has at most \(longest)")
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let addressPart = parts.first, !addressPart.isEmpty else {
            throw AddressParseError(text: text, reason: "expected ADDRESS/PREFIX, e.g. 10.0.0.0/16")
        }
        let address: IPAddress
        do {
            address = try IPAddress(String(addressPart))
        } catch {
            throw AddressParseError(text: text, reason: error.reason)
        }
        var length = address.family.bitWidth
        if parts.count == 2 {
            guard let parsed = Int(parts[1]), parts[1].allSatisfy(\.isNumber),
                (0...address.family.bitWidth).contains(parsed)
            else {
                throw AddressParseError(
                    text: text,
                    reason:
                        "the prefix length must be a number from 0 to \(address.family.bitWidth)")
            }
            length = parsed
        }
        self.init(family: address.family, network: address.value, prefixLength: length)
    }

    /// The whole IPv4 space, `0.0.0.0/0`.
    public static let anyIPv4 = CIDR(family: .ipv4, network: 0, prefixLength: 0)
    /// The whole IPv6 space, `::/0`.
    public static let anyIPv6 = CIDR(family: .ipv6, network: 0, prefixLength: 0)

    /// The lowest address in the block.
    public var firstAddress: UInt128 { network }
    /// The highest address in the block.
    public var lastAddress: UInt128 {
        network | ~CIDR.mask(family: family, prefixLength: prefixLength) & family.maxValue
    }

    /// Whether `address` lies inside this block.
    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && address.value >= firstAddress && address.value <= lastAddress
    }

    /// Whether `other` lies entirely inside this block.
    public func contains(_ other: CIDR) -> Bool {
        other.family == family && other.prefixLength >= prefixLength
            && other.network & CIDR.mask(family: family, prefixLength: prefixLength) == network
    }

    /// Whether the two blocks share at least one address.
    public func overlaps(_ other: CIDR) -> Bool { contains(other) || other.contains(self) }

    public static func < (lhs: CIDR, rhs: CIDR) -> Bool {
        (lhs.family == .ipv4 ? 0 : 1, lhs.network, lhs.prefixLength)
            < (rhs.family == .ipv4 ? 0 : 1, rhs.network, rhs.prefixLength)
    }

    public var description: String {
        "\(IPAddress(family: family, value: network))/\(prefixLength)"
    }

    static func mask(family: AddressFamily, prefixLength: Int) -> UInt128 {
        guard prefixLength > 0 else { return 0 }
        let hostBits = family.bitWidth - prefixLength
        return (family.maxValue >> hostBits) << hostBits
    }
}
