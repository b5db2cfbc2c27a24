/// Compares runs of bytes in the text a word at a time.
enum ByteComparison {
    /// Whether the `count` bytes at `left` and at `right` are equal; reads nothing
    /// outside them.
    @inline(__always)
    static func equal(
        _ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int
    ) -> Bool {
        guard count >= 8 else {
            for index in 0..<count where left[index] != right[index] { return false }
            return true
        }
        let leftWords = UnsafeRawPointer(left)
        let rightWords = UnsafeRawPointer(right)
        var index = 0
        while index + 8 <= count {
            if leftWords.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != rightWords.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        // The last word overlaps the one before: the bytes it repeats are equal already.
        let last = count - 8
        return leftWords.loadUnaligned(fromByteOffset: last, as: UInt64.self)
            == rightWords.loadUnaligned(fromByteOffset: last, as: UInt64.self)
    }
}
