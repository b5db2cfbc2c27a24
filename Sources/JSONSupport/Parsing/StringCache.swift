/// Reuses `String`s for text that repeats within one file.
///
/// Terraform plans repeat the same provider names, resource types, VPC and subnet IDs
/// thousands of times. Strings of 16 bytes or more live on the heap, so sharing one
/// instance saves an allocation and its memory per repeat. The cache is a fixed-size,
/// direct-mapped table: memory stays bounded whatever the input, and a miss costs a
/// hash of at most 16 bytes.
struct StringCache {
    private struct Entry {
        var offset: Int
        var length: Int
        var string: String
    }

    private static let slotCount = 4096
    /// Shorter strings are stored inline in `String` and gain nothing from sharing.
    static let minimumLength = 16
    /// Longer strings rarely repeat and are expensive to compare.
    static let maximumLength = 128

    private var entries = [Entry](
        repeating: Entry(offset: 0, length: -1, string: ""), count: slotCount)

    /// The string for the UTF-8 bytes `start ..< start + length` of `base`, made by
    /// `make` unless the same bytes were seen recently.
    @inline(__always)
    mutating func string(
        at start: Int, length: Int, in base: UnsafePointer<UInt8>, make: () -> String
    ) -> String {
        let raw = UnsafeRawPointer(base)
        let head = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
        let tail = raw.loadUnaligned(fromByteOffset: start + length - 8, as: UInt64.self)
        let hash = (head &* 0x9E37_79B9_7F4A_7C15 ^ tail ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        let slot = Int(truncatingIfNeeded: hash >> 52)
        return entries.withUnsafeMutableBufferPointer { table in
            if table[slot].length == length,
                Self.memoryEqual(base + table[slot].offset, base + start, count: length)
            {
                return table[slot].string
            }
            let string = make()
            table[slot] = Entry(offset: start, length: length, string: string)
            return string
        }
    }

    @inline(__always)
    private static func memoryEqual(
        _ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int
    )
        -> Bool
    {
        let left = UnsafeRawPointer(a)
        let right = UnsafeRawPointer(b)
        var index = 0
        while index + 8 <= count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        let last = count - 8
        return left.loadUnaligned(fromByteOffset: last, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: last, as: UInt64.self)
    }
}
