import NetworkModel

/// A contiguous range of addresses of one family.
public struct AddressRange: Sendable, Hashable, CustomStringConvertible {
    public let family: AddressFamily
    public let bounds: ClosedRange<UInt128>

    public init(family: AddressFamily, bounds: ClosedRange<UInt128>) {
        self.family = family
        self.bounds = bounds
    }

    public init(_ cidr: CIDR) {
        self.init(family: cidr.family, bounds: cidr.firstAddress...cidr.lastAddress)
    }

    public init(_ address: IPAddress) {
        self.init(family: address.family, bounds: address.value...address.value)
    }

    /// The addresses AWS lets interfaces use in a subnet block: all but the first four
    /// and the last.
    public static func usable(in subnet: CIDR) -> AddressRange? {
        let first = subnet.firstAddress + 4
        let last = subnet.lastAddress - 1
        guard subnet.lastAddress >= 5, first <= last else { return nil }
        return AddressRange(family: subnet.family, bounds: first...last)
    }

    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && bounds.contains(address.value)
    }

    public var description: String {
        let low = IPAddress(family: family, value: bounds.lowerBound)
        let high = IPAddress(family: family, value: bounds.upperBound)
        return bounds.lowerBound == bounds.upperBound ? "\(low)" : "\(low)-\(high)"
    }
}
