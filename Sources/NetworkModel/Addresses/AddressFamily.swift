/// The two IP address families. A rule written for one never matches the other.
public enum AddressFamily: String, Sendable, Hashable, Codable, CaseIterable {
    case ipv4
    case ipv6

    /// The number of bits in an address of this family.
    public var bitWidth: Int { self == .ipv4 ? 32 : 128 }

    /// The largest address value of this family.
    public var maxValue: UInt128 { self == .ipv4 ? UInt128(UInt32.max) : UInt128.max }
}
