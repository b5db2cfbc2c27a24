extension PacketSetPropertyTests {
    /// SplitMix64: a tiny deterministic generator, so every run draws the same cases.
    struct SplitMix64 {
        private var state: UInt64

        init(seed: UInt64) { state = seed &* 0x2545_F491_4F6C_DD1D }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }

        /// A number in `0..<bound`.
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        mutating func chance(percent: Int) -> Bool { below(100) < percent }

        mutating func pick<Element>(_ elements: [Element]) -> Element {
            elements[below(elements.count)]
        }

        /// A range whose bounds are drawn from `bounds`.
        mutating func range<Bound: Comparable>(from bounds: [Bound]) -> ClosedRange<Bound> {
            let first = pick(bounds)
            let second = pick(bounds)
            return min(first, second)...max(first, second)
        }
    }
}
