/// Where a large document can be cut in two for parsing on two threads: the start of an
/// element of an array, found by a quick look at the structure only.
///
/// The second thread parses the array's elements from ``offset`` to its end; the first
/// parses the document from the start and takes them over when it reaches ``offset``
/// inside the same array. Nothing is trusted: if the first thread does not arrive at
/// exactly that place, it parses on by itself.
struct SplitPoint {
    /// Where the element begins (after the comma and any whitespace), or the member's
    /// value.
    let offset: Int
    /// Where the split container is: the array's `[`, or for a member split the root
    /// object's `{`.
    let containerOffset: Int
    /// How many containers enclose the split container.
    let containerDepth: Int
    /// For a split of the root object: the member whose whole value the second thread
    /// reads (a plan's `resource_changes`, between `planned_values` and `prior_state`).
    /// `nil` for a split of an array between two elements.
    let memberName: String?
    /// For each enclosing container from the root: `nil` for an array, else the name of
    /// the member that leads on (the path to the array, for skipped paths).
    let path: [String?]

    /// Finds a split near the middle of `text`. When the root object's member open at
    /// the middle starts after the first fifth of the text, the second thread reads that
    /// member's whole value (the members before and after it are left to the first);
    /// otherwise the first element boundary, after the middle, of the outermost array
    /// open there. `nil` when there is none (or the text is not what it should be; the
    /// sequential parse will say why).
    static func find(in base: UnsafePointer<UInt8>, count: Int) -> SplitPoint? {
        find(in: base, count: count, from: 0, middle: count / 2, inside: [], splitsMembers: true)
    }

    /// An open container met by the look at the structure: its `{` or `[`, and for an
    /// object where the name of its latest member is.
    typealias OpenContainer = (isObject: Bool, offset: Int, keyStart: Int, keyEnd: Int)

    /// The look at the structure from `start`, a value's first byte inside the containers
    /// `enclosing` (outermost first), for a split near `middle`: a root member's value
    /// when `splitsMembers`, else (or then failing that) an element of the outermost array
    /// open there.
    static func find(
        in base: UnsafePointer<UInt8>, count: Int, from start: Int, middle: Int,
        inside enclosing: [OpenContainer], splitsMembers: Bool
    ) -> SplitPoint? {
        var stack = enclosing
        stack.reserveCapacity(64)
        var expectsKey = false
        var target: Int?  // Index in `stack` of the array to split.
        var index = start
        let raw = UnsafeRawPointer(base)
        while index < count {
            let byte = base[index]
            switch byte {
            case ASCII.quote:
                let start = index + 1
                var stop = start
                scanning: while true {
                    while stop + 8 <= count {
                        let word = raw.loadUnaligned(fromByteOffset: stop, as: UInt64.self)
                        let found = quotesAndBackslashes(word)
                        if found != 0 {
                            stop += found.trailingZeroBitCount / 8
                            break
                        }
                        stop += 8
                    }
                    guard stop < count else { return nil }
                    switch base[stop] {
                    case ASCII.quote: break scanning
                    case ASCII.backslash: stop += 2
                    default: stop += 1
                    }
                }
                if expectsKey, !stack.isEmpty {
                    stack[stack.count - 1].keyStart = start
                    stack[stack.count - 1].keyEnd = stop
                    expectsKey = false
                }
                index = stop + 1
                continue
            case ASCII.openBrace, ASCII.openBracket:
                stack.append((byte == ASCII.openBrace, index, 0, 0))
                expectsKey = byte == ASCII.openBrace
            case ASCII.closeBrace, ASCII.closeBracket:
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
                if let target, stack.count <= target { return nil }
                expectsKey = false
            case ASCII.comma:
                guard let top = stack.last else { return nil }
                expectsKey = top.isObject
                if index >= middle {
                    if splitsMembers, target == nil, stack.count >= 2, stack[0].isObject,
                        stack[1].offset >= count / 5,
                        let member = name(base, from: stack[0].keyStart, to: stack[0].keyEnd)
                    {
                        return SplitPoint(
                            offset: stack[1].offset, containerOffset: stack[0].offset,
                            containerDepth: 0,
                            memberName: member, path: [])
                    }
                    if target == nil { target = stack.firstIndex { !$0.isObject } }
                    guard let target else { return nil }
                    if stack.count == target + 1 {
                        var offset = index + 1
                        while offset < count, ASCII.isWhitespace(base[offset]) { offset += 1 }
                        guard offset < count, base[offset] != ASCII.closeBracket else { return nil }
                        var path: [String?] = []
                        for frame in stack[..<target] {
                            guard frame.isObject else {
                                path.append(nil)
                                continue
                            }
                            guard let step = name(base, from: frame.keyStart, to: frame.keyEnd)
                            else { return nil }
                            path.append(step)
                        }
                        return SplitPoint(
                            offset: offset, containerOffset: stack[target].offset,
                            containerDepth: target, memberName: nil, path: path)
                    }
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The member name between `start` and `end`; `nil` for names with escapes or
    /// invalid UTF-8, which are left to the parser.
    private static func name(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int)
        -> String?
    {
        let key = UnsafeBufferPointer(start: base + start, count: end - start)
        guard !key.contains(ASCII.backslash) else { return nil }
        return String(validating: key, as: UTF8.self)
    }

    /// The high bit of each byte of `word` that is `"` or `\`, and possibly of bytes
    /// after the first such: exact up to and including the lowest set bit.
    @inline(__always)
    private static func quotesAndBackslashes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* UInt64(ASCII.quote))
        let backslashes = word ^ (ones &* UInt64(ASCII.backslash))
        let found = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
        return found & 0x8080_8080_8080_8080
    }
}
