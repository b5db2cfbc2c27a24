/// The parser proper: one pass over UTF-8 bytes, building values as it goes.
///
/// Works on a raw pointer for speed; ``JSONParser`` keeps the buffer alive for the
/// parser's lifetime. Children of open containers wait on two shared stacks
/// (`elements`, `members`) and move into their container's own array when it closes,
/// so each container costs one exact-size allocation.
struct ByteParser {
    let base: UnsafePointer<UInt8>
    let end: Int
    let maximumDepth: Int
    /// The next byte to read.
    var position = 0
    /// Offsets where lines begin, recorded while skipping whitespace: a valid document
    /// has line feeds nowhere else.
    var lineStarts = [0]
    /// Reused buffer for strings with escapes.
    var scratch: [UInt8] = []
    /// Recently seen strings, to share rather than copy repeated text.
    var strings = StringCache()
    private var frames: [ContainerFrame] = []
    private let elements = ChildStack<JSONValue>()
    private let members = ChildStack<JSONObject.Member>()

    init(base: UnsafePointer<UInt8>, count: Int, maximumDepth: Int) {
        self.base = base
        self.end = count
        self.maximumDepth = maximumDepth
    }

    /// Parses exactly one value surrounded by optional whitespace.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        let root = try parseValue()
        skipWhitespace()
        guard position == end else {
            throw .trailingContent(found: found(at: position), at: position)
        }
        return root
    }

    /// `found 'x'` for messages.
    func found(at offset: Int) -> String {
        FoundDescription.phrase(at: offset, in: base, end: end)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < end {
            let byte = base[position]
            if byte == ASCII.space || byte == ASCII.tab || byte == ASCII.carriageReturn {
                position += 1
            } else if byte == ASCII.lineFeed {
                position += 1
                lineStarts.append(position)
            } else {
                return
            }
        }
    }

    /// Reads one value, however deeply nested, without recursion.
    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        var value: JSONValue
        nextValue: while true {
            skipWhitespace()
            guard position < end else {
                throw .expectedValue(found: found(at: position), at: position)
            }
            let start = position
            switch base[position] {
            case ASCII.openBrace:
                guard frames.count < maximumDepth else {
                    throw .tooDeep(limit: maximumDepth, at: start)
                }
                position += 1
                skipWhitespace()
                if position < end, base[position] == ASCII.closeBrace {
                    position += 1
                    value = JSONValue(kind: .object(JSONObject()), offset: start)
                } else {
                    open(isObject: true, at: start)
                    try readMemberName(afterComma: false)
                    continue nextValue
                }
            case ASCII.openBracket:
                guard frames.count < maximumDepth else {
                    throw .tooDeep(limit: maximumDepth, at: start)
                }
                position += 1
                skipWhitespace()
                if position < end, base[position] == ASCII.closeBracket {
                    position += 1
                    value = JSONValue(kind: .array([]), offset: start)
                } else {
                    open(isObject: false, at: start)
                    continue nextValue
                }
            case ASCII.quote:
                value = JSONValue(kind: .string(try readString()), offset: start)
            case ASCII.minus, ASCII.zero...ASCII.nine:
                value = JSONValue(kind: .number(try readNumber()), offset: start)
            case UInt8(ascii: "t"):
                try readLiteral("true")
                value = JSONValue(kind: .bool(true), offset: start)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                value = JSONValue(kind: .bool(false), offset: start)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                value = JSONValue(kind: .null, offset: start)
            default:
                throw .expectedValue(found: found(at: position), at: position)
            }

            // Hand the finished value to its container; close containers that end here.
            while let top = frames.indices.last {
                skipWhitespace()
                let next: UInt8? = position < end ? base[position] : nil
                if frames[top].isObject {
                    members.push(
                        JSONObject.Member(
                            key: frames[top].pendingKey, value: value,
                            keyOffset: frames[top].pendingKeyOffset))
                    if next == ASCII.comma {
                        position += 1
                        try readMemberName(afterComma: true)
                        continue nextValue
                    }
                    guard next == ASCII.closeBrace else {
                        throw .expectedObjectSeparator(found: found(at: position), at: position)
                    }
                    position += 1
                    value = closeObject()
                } else {
                    elements.push(value)
                    if next == ASCII.comma {
                        position += 1
                        skipWhitespace()
                        if position < end, base[position] == ASCII.closeBracket {
                            throw .trailingComma(before: "]", at: position)
                        }
                        continue nextValue
                    }
                    guard next == ASCII.closeBracket else {
                        throw .expectedArraySeparator(found: found(at: position), at: position)
                    }
                    position += 1
                    value = closeArray()
                }
            }
            return value
        }
    }

    /// Pushes a container; the caller has checked the depth limit.
    private mutating func open(isObject: Bool, at offset: Int) {
        let firstChild = isObject ? members.count : elements.count
        frames.append(ContainerFrame(isObject: isObject, offset: offset, firstChild: firstChild))
    }

    private mutating func closeArray() -> JSONValue {
        let frame = frames.removeLast()
        let children = elements.take(from: frame.firstChild)
        return JSONValue(kind: .array(children), offset: frame.offset)
    }

    private mutating func closeObject() -> JSONValue {
        let frame = frames.removeLast()
        let children = members.take(from: frame.firstChild)
        let object = JSONObject(uniqueMembers: children, positions: frame.positions)
        return JSONValue(kind: .object(object), offset: frame.offset)
    }

    /// Reads `"name" :` inside the innermost object, checking the name is new.
    private mutating func readMemberName(afterComma: Bool) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < end, base[position] == ASCII.quote else {
            if afterComma, position < end, base[position] == ASCII.closeBrace {
                throw .trailingComma(before: "}", at: position)
            }
            throw .expectedKey(afterComma: afterComma, found: found(at: position), at: position)
        }
        let keyOffset = position
        let key = try readString()
        try checkUnique(key, at: keyOffset)
        skipWhitespace()
        guard position < end, base[position] == ASCII.colon else {
            throw .expectedColon(after: key, found: found(at: position), at: position)
        }
        position += 1
        let top = frames.count - 1
        frames[top].pendingKey = key
        frames[top].pendingKeyOffset = keyOffset
    }

    private mutating func checkUnique(_ key: String, at offset: Int) throws(JSONSyntaxError) {
        let top = frames.count - 1
        let first = frames[top].firstChild
        let count = members.count - first
        var duplicate: Int?
        if frames[top].positions != nil {
            duplicate = frames[top].positions?.updateValue(count, forKey: key)
        } else {
            let siblings = members.children(from: first)
            duplicate = siblings.firstIndex { $0.key == key }
            if duplicate == nil, count + 1 > JSONObject.linearSearchLimit {
                var positions = [String: Int](minimumCapacity: 2 * (count + 1))
                for (index, member) in siblings.enumerated() {
                    positions[member.key] = index
                }
                positions[key] = count
                frames[top].positions = positions
            }
        }
        if let duplicate {
            let firstOffset = members.children(from: first)[duplicate].keyOffset
            let firstLocation = LineTable.location(
                ofOffset: firstOffset, scanning: UnsafeBufferPointer(start: base, count: end))
            throw .duplicateKey(key, first: firstLocation, at: offset)
        }
    }
}
