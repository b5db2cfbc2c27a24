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

    /// The addresses of `ranges` as few ranges as they make: sorted by family and first
    /// address, overlapping and touching ranges joined.
    public static func coalesced(_ ranges: [AddressRange]) -> [AddressRange] {
        let sorted = ranges.sorted {
            ($0.family == .ipv4 ? 0 : 1, $0.bounds.lowerBound)
                < ($1.family == .ipv4 ? 0 : 1, $1.bounds.lowerBound)
        }
        var result: [AddressRange] = []
        for range in sorted {
            if let last = result.last, last.family == range.family,
                range.bounds.lowerBound <= last.bounds.upperBound
                    || range.bounds.lowerBound - last.bounds.upperBound == 1
            {
                let upper = Swift.max(last.bounds.upperBound, range.bounds.upperBound)
                result[result.count - 1] = AddressRange(
                    family: last.family, bounds: last.bounds.lowerBound...upper)
            } else {
                result.append(range)
            }
        }
        return result
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
