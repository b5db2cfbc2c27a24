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
        guard let root = rootOffset(in: base, count: count),
            let found = memberValue(
                named: name, in: base, count: count, root: root,
                from: max(root + 2, count / 5), to: min(count / 2, count - 9))
        else { return nil }
        return SplitPoint(
            offset: found.offset, containerOffset: root, containerDepth: 0, memberName: name,
            path: [])
    }

    /// A split inside the root member `name` written after `start`: the first element
    /// boundary, after the middle of the text from the member's value to the end, of the
    /// outermost array open there (a plan's `prior_state`, its resources' middle). The
    /// member is searched for from the end of the text back to `start`; like
    /// ``find(member:in:count:)``, a guess the first thread checks. `nil` when there is
    /// no such place.
    static func find(
        arrayIn name: String, after start: Int, in base: UnsafePointer<UInt8>, count: Int
    ) -> SplitPoint? {
        guard let root = rootOffset(in: base, count: count),
            let found = memberValue(
                named: name, in: base, count: count, root: root,
                from: max(root + 2, start), to: count - 9, backwards: true)
        else { return nil }
        let member: OpenContainer = (true, root, found.quote + 1, found.quote + 1 + name.utf8.count)
        return find(
            in: base, count: count, from: found.offset,
            middle: found.offset + (count - found.offset) / 2, inside: [member],
            splitsMembers: false)
    }

    /// Where the root object's `{` is, after any whitespace; `nil` when the root is not an
    /// object.
    static func rootOffset(in base: UnsafePointer<UInt8>, count: Int) -> Int? {
        var root = 0
        while root < count, ASCII.isWhitespace(base[root]) { root += 1 }
        return root < count && base[root] == ASCII.openBrace ? root : nil
    }

    /// The first place from `lowerBound` to before `upperBound` (the last, `backwards`)
    /// where `"name"` is written after `{` or `,` (`firstOfElement`: after `{` after `,`)
    /// and before `:`: its opening quote and where the value begins. `nil` when there is
    /// none, or `name` is shorter than two bytes or needs escaping.
    static func memberValue(
        named name: String, in base: UnsafePointer<UInt8>, count: Int, root: Int,
        from lowerBound: Int, to upperBound: Int, backwards: Bool = false,
        firstOfElement: Bool = false
    ) -> (quote: Int, offset: Int)? {
        let pattern = Array("\"\(name)\"".utf8)
        guard name.utf8.count >= 2,
            name.utf8.allSatisfy({ $0 >= 0x20 && $0 != ASCII.quote && $0 != ASCII.backslash }),
            lowerBound < upperBound
        else { return nil }
        // Candidates are where the name's first two bytes are, found eight positions at
        // a time from two overlapping words; a flagged position may be wrong (the bits
        // above a true one can be), which the full comparison rules out.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let first = ones &* UInt64(pattern[1])
        let second = ones &* UInt64(pattern[2])
        let raw = UnsafeRawPointer(base)
        func candidates(at index: Int) -> UInt64 {
            let here = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ first
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: UInt64.self) ^ second
            return (here &- ones) & ~here & (next &- ones) & ~next & highs
        }
        func match(_ quote: Int) -> (quote: Int, offset: Int)? {
            memberValueOffset(
                at: quote, of: pattern, root: root, in: base, count: count,
                firstOfElement: firstOfElement
            ).map { (quote, $0) }
        }
        if backwards {
            var index = upperBound - 8
            while index >= lowerBound {
                var found = candidates(at: index)
                // Only the lowest flagged position is exact: take them lowest first and
                // keep the last that matches.
                var last: (quote: Int, offset: Int)?
                while found != 0 {
                    let quote = index + found.trailingZeroBitCount / 8 - 1
                    found &= found - 1
                    if let matched = match(quote) { last = matched }
                }
                if let last { return last }
                index -= 8
            }
            return nil
        }
        var index = lowerBound
        while index < upperBound {
            var found = candidates(at: index)
            while found != 0 {
                let quote = index + found.trailingZeroBitCount / 8 - 1
                found &= found - 1
                if let matched = match(quote) { return matched }
            }
            index += 8
        }
        return nil
    }

    /// Where the value begins when `pattern` (a quoted name) is written at `start` as a
    /// member name: after `{` or `,` (`firstOfElement`: after `{` after `,`), before `:`,
    /// whitespace allowed between.
    private static func memberValueOffset(
        at start: Int, of pattern: [UInt8], root: Int, in base: UnsafePointer<UInt8>,
        count: Int, firstOfElement: Bool
    ) -> Int? {
        guard start > root, start + pattern.count <= count,
            pattern.indices.allSatisfy({ base[start + $0] == pattern[$0] })
        else { return nil }
        var before = start - 1
        while before > root, ASCII.isWhitespace(base[before]) { before -= 1 }
        if firstOfElement {
            guard before > root, base[before] == ASCII.openBrace else { return nil }
            before -= 1
            while before > root, ASCII.isWhitespace(base[before]) { before -= 1 }
            guard before > root, base[before] == ASCII.comma else { return nil }
        } else {
            guard before == root || base[before] == ASCII.comma else { return nil }
        }
        var offset = start + pattern.count
        while offset < count, ASCII.isWhitespace(base[offset]) { offset += 1 }
        guard offset < count, base[offset] == ASCII.colon else { return nil }
        offset += 1
        while offset < count, ASCII.isWhitespace(base[offset]) { offset += 1 }
        return offset < count ? offset : nil
    }
}
