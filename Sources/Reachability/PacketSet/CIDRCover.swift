import NetworkModel

/// The fewest CIDR blocks that together hold exactly the addresses of a range.
public enum CIDRCover {
    /// The blocks covering `range` of `family`, in ascending order: greedily the largest
    /// aligned block that starts at the next uncovered address and stays inside the range.
    public static func blocks(covering range: ClosedRange<UInt128>, family: AddressFamily)
        -> [CIDR]
    {
        precondition(range.upperBound <= family.maxValue, "range out of range for \(family)")
        var blocks: [CIDR] = []
        var start = range.lowerBound
        while true {
            var hostBits = min(
                start == 0 ? family.bitWidth : start.trailingZeroBitCount, family.bitWidth)
            while lastAddress(from: start, hostBits: hostBits) > range.upperBound {
                hostBits -= 1
            }
            blocks.append(
                CIDR(family: family, network: start, prefixLength: family.bitWidth - hostBits))
            let last = lastAddress(from: start, hostBits: hostBits)
            if last == range.upperBound { return blocks }
            start = last + 1
        }
    }

    /// The blocks covering `range` of `family`; the same as ``blocks(covering:family:)``.
    public static func cover(_ family: AddressFamily, _ range: ClosedRange<UInt128>) -> [CIDR] {
        blocks(covering: range, family: family)
    }

    /// The last address of the block of `2^hostBits` addresses starting at `start`, which
    /// is aligned to that size (so the sum cannot overflow).
    private static func lastAddress(from start: UInt128, hostBits: Int) -> UInt128 {
        start + (hostBits >= 128 ? .max : (1 << UInt128(hostBits)) - 1)
    }
}
