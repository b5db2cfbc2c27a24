extension SplitPoint {
    /// How far from the start the array of a ``JSONElementSplit`` must open: its path is
    /// checked by a look at the structure up to there.
    static let elementSplitPathLimit = 4096

    /// A split at the first element of `split`'s array written after the middle of the
    /// text: where `,` then `{` then `"firstMember":` are written, with a string value
    /// unless it starts with ``JSONElementSplit/unlessValueStartsWith``. The array must be
    /// the first one the text opens, at the path given, within its first
    /// ``elementSplitPathLimit`` bytes, before any container closes (a state without
    /// outputs of lists); the element is found by a search, which the first thread checks
    /// when it gets there. `nil` when there is no such place, or the element found belongs
    /// to another array.
    static func find(elementsOf split: JSONElementSplit, in base: UnsafePointer<UInt8>, count: Int)
        -> SplitPoint?
    {
        guard let root = rootOffset(in: base, count: count),
            let container = firstArray(in: base, count: count, from: root),
            container.path == split.path,
            let found = memberValue(
                named: split.firstMember, in: base, count: count, root: root,
                from: max(container.offset + 1, count / 2), to: count - 9, firstOfElement: true),
            base[found.offset] == ASCII.quote
        else { return nil }
        if let excluded = split.unlessValueStartsWith {
            let prefix = Array(excluded.utf8)
            let value = found.offset + 1
            guard value + prefix.count <= count else { return nil }
            if prefix.indices.allSatisfy({ base[value + $0] == prefix[$0] }) { return nil }
        }
        var element = found.quote - 1
        while base[element] != ASCII.openBrace { element -= 1 }
        return SplitPoint(
            offset: element, containerOffset: container.offset,
            containerDepth: split.path.count, memberName: nil, path: split.path)
    }

    /// The first array the text opens, from the root object's `{` at `root`: its `[` and
    /// the names of the members leading to it. `nil` when a container closes first, a
    /// name is written with escapes, or there is none in the first
    /// ``elementSplitPathLimit`` bytes.
    private static func firstArray(in base: UnsafePointer<UInt8>, count: Int, from root: Int)
        -> (offset: Int, path: [String])?
    {
        var path: [String] = []
        var name: String?
        var expectsName = true
        var index = root + 1
        let limit = min(count, elementSplitPathLimit)
        while index < limit {
            switch base[index] {
            case ASCII.quote:
                var end = index + 1
                while end < limit, base[end] != ASCII.quote {
                    if base[end] == ASCII.backslash { return nil }
                    end += 1
                }
                guard end < limit else { return nil }
                if expectsName {
                    name = String(
                        validating: UnsafeBufferPointer(
                            start: base + index + 1, count: end - index - 1),
                        as: UTF8.self)
                    guard name != nil else { return nil }
                    expectsName = false
                }
                index = end
            case ASCII.openBrace, ASCII.openBracket:
                guard let member = name else { return nil }
                path.append(member)
                if base[index] == ASCII.openBracket { return (index, path) }
                name = nil
                expectsName = true
            case ASCII.comma:
                name = nil
                expectsName = true
            case ASCII.closeBrace, ASCII.closeBracket:
                return nil
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
