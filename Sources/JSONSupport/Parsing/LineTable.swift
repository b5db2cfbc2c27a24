/// Turns byte offsets into line and column numbers.
///
/// Built once per document; a lookup is a binary search over line starts plus a count
/// of UTF-8 continuation bytes. Terraform writes plans as one long line, so columns can
/// run to millions: a running count of continuation bytes per block keeps the lookup
/// from rescanning the line.
struct LineTable: Sendable {
    /// Offsets where lines begin; the first is always 0.
    let lineStarts: [Int]
    /// `continuationsBefore[k]` = UTF-8 continuation bytes in `0 ..< k * blockSize`.
    let continuationsBefore: [Int]

    /// Small enough that a lookup (one per rule's provenance) scans little; the table
    /// costs 8 bytes per block, 32 MB for a 1 GB file.
    static let blockSize = 256

    /// Builds the table from line starts the parser recorded, counting continuation
    /// bytes in one pass over `text`.
    init(lineStarts: [Int], text: UnsafeBufferPointer<UInt8>) {
        self.init(lineStarts: lineStarts, continuationsBefore: Self.continuationCounts(in: text))
    }

    /// Builds the table from line starts and ``continuationCounts(in:)`` of the text.
    init(lineStarts: [Int], continuationsBefore: [Int]) {
        self.lineStarts = lineStarts
        self.continuationsBefore = continuationsBefore
    }

    /// The running count of continuation bytes at each block boundary of `text`: one
    /// pass over it (a tenth of a second for a 273 MB plan, which the second thread of
    /// a split parse takes when it finishes first).
    static func continuationCounts(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var counts = [0]
        counts.reserveCapacity(text.count / blockSize + 2)
        var total = 0
        var blockStart = 0
        while blockStart < text.count {
            let blockEnd = min(blockStart + blockSize, text.count)
            total += continuationBytes(in: text, from: blockStart, to: blockEnd)
            counts.append(total)
            blockStart = blockEnd
        }
        return counts
    }

    /// Builds the table by finding every line feed in `text`; used on the error path,
    /// where the parser stopped before seeing the whole file.
    init(scanning text: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        for (offset, byte) in text.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.init(lineStarts: starts, text: text)
    }

    /// The line and column of `offset`, found by scanning the text before it only; for
    /// the error path, where one location is wanted and the parser has not seen the rest.
    static func location(ofOffset offset: Int, scanning text: UnsafeBufferPointer<UInt8>)
        -> SourceLocation
    {
        let clamped = min(max(offset, 0), text.count)
        guard let base = text.baseAddress else { return SourceLocation(line: 1, column: 1) }
        var line = 1
        var lineStart = 0
        var index = 0
        while index < clamped {
            if base[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let continuations = continuationBytes(in: text, from: lineStart, to: clamped)
        return SourceLocation(line: line, column: clamped - lineStart - continuations + 1)
    }

    /// The line and column of `offset`; offsets outside the text are clamped to it.
    func location(ofOffset offset: Int, in text: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let clamped = min(max(offset, 0), text.count)
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle }
        }
        let lineStart = lineStarts[low]
        let continuations =
            continuationsBefore(clamped, in: text) - continuationsBefore(lineStart, in: text)
        return SourceLocation(line: low + 1, column: clamped - lineStart - continuations + 1)
    }

    private func continuationsBefore(_ offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        let block = offset / Self.blockSize
        let before = continuationsBefore[block]
        // Most blocks of most files have no continuation byte: then nothing to count.
        if block + 1 < continuationsBefore.count, continuationsBefore[block + 1] == before {
            return before
        }
        return before
            + Self.continuationBytes(in: text, from: block * Self.blockSize, to: offset)
    }

    /// Counts bytes of the form `10xxxxxx`, eight at a time.
    private static func continuationBytes(
        in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int {
        guard start < end, let base = text.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var index = start
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 32 <= end {
            // Most text is ASCII: 32 bytes without a high bit have no continuation byte,
            // which saves counting bits (a dozen instructions a word without POPCNT).
            let words = (
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            )
            if (words.0 | words.1 | words.2 | words.3) & highBits != 0 {
                count += continuationMarks(words.0) + continuationMarks(words.1)
                count += continuationMarks(words.2) + continuationMarks(words.3)
            }
            index += 32
        }
        while index + 8 <= end {
            count += continuationMarks(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        while index < end {
            if base[index] & 0xC0 == 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The number of bytes of the form `10xxxxxx` in `word`.
    @inline(__always)
    private static func continuationMarks(_ word: UInt64) -> Int {
        ((word >> 7) & ~(word >> 6) & 0x0101_0101_0101_0101).nonzeroBitCount
    }
}
