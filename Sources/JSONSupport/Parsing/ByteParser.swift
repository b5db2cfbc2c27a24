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
    var strings: StringCache
    private(set) var frames: [ContainerFrame] = []
    /// The names of the objects closed so far, to recognise the next ones by.
    private var keyPredictions = KeyPredictions()
    /// Whether names are recognised by ``keyPredictions`` at all.
    var predictsNames = true
    private let elements = ChildStack<JSONValue>()
    private let members = ChildStack<JSONObject.Member>()
    /// The skipped paths, by bit of a path mask.
    let skippedPaths: [JSONSkippedPath]
    /// The skipped paths that lead into the next value to be read.
    private var nextPathMask: UInt64
    /// Whether the next value is a skipped member's.
    private var skipsNextValue = false
    /// Containers open inside a value being skipped.
    var skippedContainers: [SkippedContainer] = []
    /// Member names of the objects in `skippedContainers`, for finding duplicates.
    var skippedNames: [SkippedName] = []
    /// The decoded text of the names in `skippedNames` written with escapes, emptied when
    /// the skipped value ends.
    var skippedDecodedNames: [String] = []
    /// Containers around the first one on `frames`: 0, except for the second thread of a
    /// split parse, which starts inside an array.
    private var outerDepth = 0
    /// For the first thread of a split parse: where the second thread's next part begins.
    private(set) var splitResult: SplitResult?
    /// How many parts the first thread took over from the second.
    private(set) var partsTakenOver = 0
    /// The second thread's parts after `splitResult`, in document order.
    private var laterSplitResults: ArraySlice<SplitResult> = []
    /// For the second thread of a split parse: whether it reads one member's value
    /// (otherwise the rest of an array).
    private var readsMemberValue = false
    /// For the first thread: the split member's value, taken over from the second
    /// thread, to be used as the next value.
    private var takenValue: JSONValue?

    /// A parser of a whole document; with `splitResults`, the first thread of a split
    /// parse, which takes each of the second thread's parts over when it gets to it.
    init(
        base: UnsafePointer<UInt8>, count: Int, maximumDepth: Int,
        skippedPaths: [JSONSkippedPath] = [], handingOver splitResults: [SplitResult] = []
    ) {
        self.splitResult = splitResults.first
        self.laterSplitResults = splitResults.dropFirst()
        self.base = base
        self.end = count
        self.strings = StringCache(textSize: count)
        self.maximumDepth = maximumDepth
        self.skippedPaths = Array(skippedPaths.prefix(JSONParser.Options.maximumSkippedPaths))
        let count = self.skippedPaths.count
        self.nextPathMask = count == 64 ? .max : (1 << UInt64(count)) - 1
    }

    /// A parser for the second thread of a split parse: it starts at an element of the
    /// split array (or at the split member's value), or returns `nil` when a skipped
    /// path ends on the way there (then the document is parsed by one thread).
    init?(
        base: UnsafePointer<UInt8>, count: Int, maximumDepth: Int,
        skippedPaths: [JSONSkippedPath], continuing split: SplitPoint
    ) {
        // Steps from the root to the split array, or to the split member's value.
        let steps = split.path + (split.memberName.map { [$0] } ?? [])
        self.init(
            base: base, count: count, maximumDepth: maximumDepth - steps.count,
            skippedPaths: skippedPaths)
        guard self.maximumDepth > 0 else { return nil }
        var mask = nextPathMask
        for (step, name) in steps.enumerated() {
            var next: UInt64 = 0
            var remaining = mask
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                let steps = self.skippedPaths[bit].steps
                guard steps[step] == (name.map(JSONSkippedPath.Step.member) ?? .anyElement) else {
                    continue
                }
                guard step < steps.count - 1 else { return nil }
                next |= 1 << UInt64(bit)
            }
            mask = next
        }
        outerDepth = steps.count
        position = split.offset
        lineStarts = []
        nextPathMask = mask
        readsMemberValue = split.memberName != nil
        if !readsMemberValue { open(isObject: false, at: split.containerOffset) }
    }

    /// For the second thread of a split parse: the elements from the split point to
    /// the end of the array (or the member's value, alone), where they end, and the
    /// lines seen.
    mutating func parseSecondPart() throws(JSONSyntaxError) -> (
        elements: [JSONValue], end: Int, lineStarts: [Int]
    ) {
        let value = try parseValue()
        return (readsMemberValue ? [value] : value.array ?? [], position, lineStarts)
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
            // Whether `value` is the value just read; not so after a skipped member.
            var isKept = true
            skipWhitespace()
            guard position < end else {
                throw .expectedValue(found: found(at: position), at: position)
            }
            let start = position
            if let taken = takenValue {
                takenValue = nil
                value = taken
            } else if skipsNextValue {
                skipsNextValue = false
                try skipValue()
                value = JSONValue(kind: .null)
                isKept = false
            } else {
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
            }

            // Hand the finished value to its container; close containers that end here.
            while let top = frames.indices.last {
                skipWhitespace()
                let next: UInt8? = position < end ? base[position] : nil
                if frames[top].isObject {
                    if isKept {
                        members.push(
                            JSONObject.Member(
                                key: frames[top].pendingKey, value: value,
                                keyOffset: frames[top].pendingKeyOffset,
                                keyFingerprint: frames[top].pendingKeyFingerprint))
                    } else {
                        frames[top].skippedKeys.append(
                            (frames[top].pendingKey, frames[top].pendingKeyOffset))
                        isKept = true
                    }
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
                        nextPathMask = frames[top].elementPathMask
                        if let splitResult, position == splitResult.split.offset,
                            splitResult.split.memberName == nil,
                            top == splitResult.split.containerDepth,
                            frames[top].offset == splitResult.split.containerOffset
                        {
                            self.splitResult = laterSplitResults.popFirst()
                            // On an error there, read on alone and find it.
                            guard let rest = splitResult.take() else { continue nextValue }
                            partsTakenOver += 1
                            for element in rest.elements { elements.push(element) }
                            lineStarts += rest.lineStarts
                            position = rest.end
                            value = closeArray()
                            continue
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
        var frame = ContainerFrame(isObject: isObject, offset: offset, firstChild: firstChild)
        if nextPathMask != 0 {
            frame.pathMask = nextPathMask
            if !isObject { frame.elementPathMask = pathsIntoElements(from: nextPathMask) }
        }
        nextPathMask = frame.elementPathMask
        if let parent = frames.indices.last {
            frame.name =
                frames[parent].isObject ? frames[parent].pendingKeyFingerprint : frames[parent].name
        }
        if isObject {
            frame.predictionSlot = KeyPredictions.slot(depth: frames.count, name: frame.name)
        }
        frames.append(frame)
    }

    /// Whether a skipped path's condition holds for the innermost object's next member.
    private func holds(_ condition: JSONSkippedPath.Condition) -> Bool {
        switch condition {
        case .always:
            return true
        case .earlierArray(let member, let lacks):
            let siblings = members.children(from: frames[frames.count - 1].firstChild)
            guard let elements = siblings.first(where: { $0.key == member })?.value.array else {
                return false
            }
            return !elements.contains { $0.string == lacks }
        }
    }

    /// Of the paths in `mask`, those that continue into every element of the innermost
    /// (array) container; a path cannot end at an element.
    private func pathsIntoElements(from mask: UInt64) -> UInt64 {
        let step = outerDepth + frames.count
        var result: UInt64 = 0
        var remaining = mask
        while remaining != 0 {
            let bit = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            let steps = skippedPaths[bit].steps
            if step < steps.count - 1, steps[step] == .anyElement { result |= 1 << UInt64(bit) }
        }
        return result
    }

    /// Follows the innermost object's paths into its member `key`: sets whether that
    /// member is skipped and which paths lead on into its value.
    private mutating func followPaths(intoMember key: String) {
        let top = frames.count - 1
        var remaining = frames[top].pathMask
        var next: UInt64 = 0
        while remaining != 0 {
            let bit = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            let steps = skippedPaths[bit].steps
            let step = outerDepth + top
            guard step < steps.count, steps[step] == .member(key) else { continue }
            if step == steps.count - 1 {
                if holds(skippedPaths[bit].condition) {
                    skipsNextValue = true
                    next = 0
                    break
                }
                continue
            }
            next |= 1 << UInt64(bit)
        }
        nextPathMask = next
    }

    private mutating func closeArray() -> JSONValue {
        let frame = frames.removeLast()
        let children = elements.take(from: frame.firstChild)
        return JSONValue(kind: .array(children), offset: frame.offset)
    }

    private mutating func closeObject() -> JSONValue {
        let depth = frames.count - 1
        let frame = frames.removeLast()
        let children = members.take(from: frame.firstChild)
        if !frame.followsKeyPredictions
            || !keyPredictions.holds(
                count: children.count, slot: frame.predictionSlot, depth: depth, name: frame.name)
        {
            keyPredictions.record(
                frame.hasEscapedKey || !frame.skippedKeys.isEmpty ? nil : children,
                slot: frame.predictionSlot, depth: depth, name: frame.name)
        }
        let object = JSONObject(uniqueMembers: children, positions: frame.positions)
        return JSONValue(kind: .object(object), offset: frame.offset)
    }

    /// The name at `quote` if it is the one predicted for the innermost object's next
    /// member, which can then be taken as read and unique.
    @inline(__always)
    private func predictedKey(at quote: Int) -> PredictedKey? {
        let top = frames.count - 1
        guard predictsNames, frames[top].followsKeyPredictions, frames[top].pathMask == 0 else {
            return nil
        }
        guard
            let predicted = keyPredictions.key(
                at: members.count - frames[top].firstChild, slot: frames[top].predictionSlot,
                depth: top, name: frames[top].name),
            predicted.matches(at: quote, in: base, end: end)
        else { return nil }
        return predicted
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
        let key: String
        let fingerprint: UInt32
        if let predicted = predictedKey(at: keyOffset) {
            key = predicted.key
            fingerprint = predicted.fingerprint
            position = keyOffset + Int(predicted.length) + 2
            nextPathMask = 0
        } else {
            let top = frames.count - 1
            frames[top].followsKeyPredictions = false
            let (read, longFingerprint) = try readMemberKey()
            key = read
            fingerprint = KeyFingerprint.short(longFingerprint)
            if position - keyOffset - 2 != key.utf8.count { frames[top].hasEscapedKey = true }
            if frames[top].pathMask != 0 {
                followPaths(intoMember: key)
            } else {
                nextPathMask = 0
            }
            try checkUnique(
                key, fingerprint: fingerprint, at: keyOffset, recording: !skipsNextValue)
        }
        skipWhitespace()
        guard position < end, base[position] == ASCII.colon else {
            throw .expectedColon(after: key, found: found(at: position), at: position)
        }
        position += 1
        let top = frames.count - 1
        frames[top].pendingKey = key
        frames[top].pendingKeyOffset = keyOffset
        frames[top].pendingKeyFingerprint = fingerprint
        if let splitResult, top == splitResult.split.containerDepth,
            frames[top].offset == splitResult.split.containerOffset, !skipsNextValue,
            splitResult.split.memberName == key
        {
            skipWhitespace()
            guard position == splitResult.split.offset else { return }
            self.splitResult = laterSplitResults.popFirst()
            // On an error there, read on alone and find it.
            guard let rest = splitResult.take(), let value = rest.elements.first else { return }
            partsTakenOver += 1
            takenValue = value
            lineStarts += rest.lineStarts
            position = rest.end
        }
    }

    /// Throws if the innermost object already has a member named `key`; `recording`
    /// adds the name to the large-object index (not done for a skipped member's).
    /// Small objects compare `fingerprint` with their members' before any name.
    private mutating func checkUnique(
        _ key: String, fingerprint: UInt32, at offset: Int, recording: Bool
    ) throws(JSONSyntaxError) {
        let top = frames.count - 1
        let first = frames[top].firstChild
        let count = members.count - first
        if !frames[top].skippedKeys.isEmpty,
            let skipped = frames[top].skippedKeys.first(where: { $0.key == key })
        {
            throw duplicateKey(key, firstAt: skipped.offset, at: offset)
        }
        var duplicate: Int?
        if frames[top].positions != nil {
            duplicate =
                recording
                ? frames[top].positions?.updateValue(count, forKey: key)
                : frames[top].positions?[key]
        } else {
            let siblings = members.children(from: first)
            duplicate = siblings.indices.first {
                siblings[$0].keyFingerprint == fingerprint && siblings[$0].key == key
            }
            if recording, duplicate == nil, count + 1 > JSONObject.linearSearchLimit {
                var positions = [String: Int](minimumCapacity: 2 * (count + 1))
                for (index, member) in siblings.enumerated() {
                    positions[member.key] = index
                }
                positions[key] = count
                frames[top].positions = positions
            }
        }
        if let duplicate {
            throw duplicateKey(
                key, firstAt: members.children(from: first)[duplicate].keyOffset, at: offset)
        }
    }

    /// The error for a member name written a second time at `offset`.
    func duplicateKey(_ key: String, firstAt firstOffset: Int, at offset: Int)
        -> JSONSyntaxError
    {
        let firstLocation = LineTable.location(
            ofOffset: firstOffset, scanning: UnsafeBufferPointer(start: base, count: end))
        return .duplicateKey(key, first: firstLocation, at: offset)
    }
}
