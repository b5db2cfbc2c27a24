extension PacketSetPropertyTests {
    /// A subset of the universe as one bit per packet, for the brute-force side.
    struct Bits: Equatable {
        private(set) var words: [UInt64]

        init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }

        subscript(index: Int) -> Bool {
            get { words[index / 64] & 1 << UInt64(index % 64) != 0 }
            set {
                if newValue {
                    words[index / 64] |= 1 << UInt64(index % 64)
                } else {
                    words[index / 64] &= ~(1 << UInt64(index % 64))
                }
            }
        }

        var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

        /// The first packet in the set, `nil` when it is empty.
        var firstIndex: Int? {
            guard let word = words.firstIndex(where: { $0 != 0 }) else { return nil }
            return word * 64 + words[word].trailingZeroBitCount
        }

        var indices: [Int] {
            words.indices.flatMap { word in
                (0..<64).filter { words[word] & 1 << UInt64($0) != 0 }.map { word * 64 + $0 }
            }
        }

        static func | (lhs: Bits, rhs: Bits) -> Bits { lhs.combined(with: rhs, by: |) }
        static func & (lhs: Bits, rhs: Bits) -> Bits { lhs.combined(with: rhs, by: &) }
        static func - (lhs: Bits, rhs: Bits) -> Bits { lhs.combined(with: rhs) { $0 & ~$1 } }

        func isSubset(of other: Bits) -> Bool { (self - other).isEmpty }

        private func combined(with other: Bits, by operation: (UInt64, UInt64) -> UInt64) -> Bits {
            var result = self
            for index in words.indices {
                result.words[index] = operation(words[index], other.words[index])
            }
            return result
        }
    }
}
