extension PacketSetPropertyTests {
    /// The test suite's one deterministic generator (SplitMix64), shared with the random
    /// networks.
    typealias SplitMix64 = RandomNetworkGenerator
}

extension RandomNetworkGenerator {
    /// A range whose bounds are drawn from `bounds`.
    mutating func range<Bound: Comparable>(from bounds: [Bound]) -> ClosedRange<Bound> {
        let first = pick(bounds)
        let second = pick(bounds)
        return min(first, second)...max(first, second)
    }
}
