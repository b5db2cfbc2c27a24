/// Reuses `String`s for text that repeats within one file.
///
/// Terraform plans repeat the same provider names, resource types, VPC and subnet IDs
/// thousands of times. Strings of 16 bytes or more live on the heap, so sharing one
/// instance saves an allocation and its memory per repeat. Shorter ones (most member
/// names, `tcp`, `ingress`) are stored inline, but making one still validates and copies
/// its bytes; a hit in the short table is two word comparisons. Both tables are
/// fixed-size and direct-mapped: memory stays bounded whatever the input, and a miss
/// costs a hash of at most 16 bytes. The tables are sized by the text, up to their
/// largest: a policy document of a few hundred bytes, parsed thousands of times by
/// `check`, spent more time making and freeing 5,120 empty slots than reading itself.
struct StringCache {
    private struct Entry {
        var offset: Int
        var length: Int
        var string: String
    }

    /// A short string and its bytes, as two little-endian words padded with zeros.
    private struct ShortEntry {
        var head: UInt64
        var tail: UInt64
        var length: Int
        var string: String
    }

    /// The largest tables: 2^10 short and 2^12 long slots.
    private static let maximumShortSlotBits = 10
    private static let maximumSlotBits = 12
    /// Strings from this length on live on the heap; shorter ones go to the short table.
    static let minimumLength = 16
    /// Longer strings rarely repeat and are expensive to compare.
    static let maximumLength = 128

    private var shortEntries: [ShortEntry]
    private var entries: [Entry]
    /// How far a fingerprint is shifted right to pick a slot of each table.
    private let shortShift: UInt64
    private let shift: UInt64

    /// Tables for a text of `textSize` bytes: a slot per 16 bytes of it, from 16 slots
    /// up to the largest tables.
    init(textSize: Int) {
        let bits = max(4, Int.bitWidth - max(1, textSize / 16).leadingZeroBitCount)
        let shortBits = min(bits, Self.maximumShortSlotBits)
        let longBits = min(bits, Self.maximumSlotBits)
        shortEntries = [ShortEntry](
            repeating: ShortEntry(head: 0, tail: 0, length: -1, string: ""), count: 1 << shortBits)
        entries = [Entry](repeating: Entry(offset: 0, length: -1, string: ""), count: 1 << longBits)
        shortShift = UInt64(64 - shortBits)
        shift = UInt64(64 - longBits)
    }

    /// The string for the UTF-8 bytes `start ..< start + length` of `base`, made by
    /// `make` unless the same bytes were seen recently.
    @inline(__always)
    mutating func string(
        at start: Int, length: Int, in base: UnsafePointer<UInt8>, make: () -> String
    ) -> String {
        let raw = UnsafeRawPointer(base)
        let head = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
        let tail = raw.loadUnaligned(fromByteOffset: start + length - 8, as: UInt64.self)
        let slot = Int(truncatingIfNeeded: KeyFingerprint.mix(head, tail, count: length) >> shift)
        return entries.withUnsafeMutableBufferPointer { table in
            if table[slot].length == length,
                ByteComparison.equal(base + table[slot].offset, base + start, count: length)
            {
                return table[slot].string
            }
            let string = make()
            table[slot] = Entry(offset: start, length: length, string: string)
            return string
        }
    }

    /// The string for the `length` (1 to 15) UTF-8 bytes at `start` of `base`, made by
    /// `make` unless the same bytes were seen recently; `base` must have 16 readable
    /// bytes from `start`.
    @inline(__always)
    mutating func shortString(
        at start: Int, length: Int, in base: UnsafePointer<UInt8>, make: () -> String
    ) -> String {
        let raw = UnsafeRawPointer(base)
        let first = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
        let second = raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)
        let head = length >= 8 ? first : first & Self.lowBytes(length)
        let tail = length > 8 ? second & Self.lowBytes(length - 8) : 0
        let slot = Int(
            truncatingIfNeeded: KeyFingerprint.mix(head, tail, count: length) >> shortShift)
        return shortEntries.withUnsafeMutableBufferPointer { table in
            if table[slot].head == head, table[slot].tail == tail, table[slot].length == length {
                return table[slot].string
            }
            let string = make()
            table[slot] = ShortEntry(head: head, tail: tail, length: length, string: string)
            return string
        }
    }

    /// A mask of the low `count` (0 to 7) bytes of a word.
    @inline(__always)
    private static func lowBytes(_ count: Int) -> UInt64 {
        (1 << UInt64(8 * count)) &- 1
    }
}
