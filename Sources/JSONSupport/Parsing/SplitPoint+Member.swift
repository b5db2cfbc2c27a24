extension SplitPoint {
    /// A split at the root member `name`: the first place from the first fifth of the
    /// text to its middle (where ``find(in:count:)`` would look) where `"name"` is
    /// written after `{` or `,` and before `:`. Found by a search, not checked against
    /// the structure: the first thread takes the second thread's value over only if it
    /// reads a member `name` of the root object whose value starts exactly there. `nil`
    /// when there is no such place, the root is not an object, or `name` is shorter than
    /// two bytes or needs escaping.
    static func find(member name: String, in base: UnsafePointer<UInt8>, count: Int)
        -> SplitPoint?
    {
        let pattern = Array("\"\(name)\"".utf8)
        guard name.utf8.count >= 2,
            name.utf8.allSatisfy({ $0 >= 0x20 && $0 != ASCII.quote && $0 != ASCII.backslash })
        else { return nil }
        var root = 0
        while root < count, ASCII.isWhitespace(base[root]) { root += 1 }
        guard root < count, base[root] == ASCII.openBrace else { return nil }
        // Candidates are where the name's first two bytes are, found eight positions at
        // a time from two overlapping words; a flagged position may be wrong (the bits
        // above a true one can be), which the full comparison rules out.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let first = ones &* UInt64(pattern[1])
        let second = ones &* UInt64(pattern[2])
        let raw = UnsafeRawPointer(base)
        var index = max(root + 2, count / 5)
        let limit = min(count / 2, count - 9)
        while index < limit {
            let here = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ first
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: UInt64.self) ^ second
            var candidates = (here &- ones) & ~here & (next &- ones) & ~next & highs
            while candidates != 0 {
                let quote = index + candidates.trailingZeroBitCount / 8 - 1
                candidates &= candidates - 1
                if let offset = memberValueOffset(
                    at: quote, of: pattern, root: root, in: base, count: count)
                {
                    return SplitPoint(
                        offset: offset, containerOffset: root, containerDepth: 0,
                        memberName: name, path: [])
                }
            }
            index += 8
        }
        return nil
    }

    /// Where the value begins when `pattern` (a quoted name) is written at `start` as a
    /// member name: after `{` or `,`, before `:`, whitespace allowed between.
    private static func memberValueOffset(
        at start: Int, of pattern: [UInt8], root: Int, in base: UnsafePointer<UInt8>,
        count: Int
    ) -> Int? {
        guard start > root, start + pattern.count <= count,
            pattern.indices.allSatisfy({ base[start + $0] == pattern[$0] })
        else { return nil }
        var before = start - 1
        while before > root, ASCII.isWhitespace(base[before]) { before -= 1 }
        guard before == root || base[before] == ASCII.comma else { return nil }
        var offset = start + pattern.count
        while offset < count, ASCII.isWhitespace(base[offset]) { offset += 1 }
        guard offset < count, base[offset] == ASCII.colon else { return nil }
        offset += 1
        while offset < count, ASCII.isWhitespace(base[offset]) { offset += 1 }
        return offset < count ? offset : nil
    }
}
