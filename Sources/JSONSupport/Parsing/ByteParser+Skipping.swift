extension ByteParser {
    /// Checks one value exactly as ``parseValue()`` would (syntax, UTF-8, escapes,
    /// duplicate names, the depth limit) without building it.
    mutating func skipValue() throws(JSONSyntaxError) {
        let outerDepth = frames.count
        nextValue: while true {
            skipWhitespace()
            guard position < end else {
                throw .expectedValue(found: found(at: position), at: position)
            }
            let start = position
            switch base[position] {
            case ASCII.openBrace, ASCII.openBracket:
                guard outerDepth + skippedContainers.count < maximumDepth else {
                    throw .tooDeep(limit: maximumDepth, at: start)
                }
                let isObject = base[position] == ASCII.openBrace
                position += 1
                skipWhitespace()
                if position < end,
                    base[position] == (isObject ? ASCII.closeBrace : ASCII.closeBracket)
                {
                    position += 1
                } else {
                    skippedContainers.append(
                        SkippedContainer(isObject: isObject, firstName: skippedNames.count))
                    if isObject { try skipMemberName(afterComma: false) }
                    continue nextValue
                }
            case ASCII.quote:
                try skipString()
            case ASCII.minus, ASCII.zero...ASCII.nine:
                try scanNumber()
            case UInt8(ascii: "t"):
                try readLiteral("true")
            case UInt8(ascii: "f"):
                try readLiteral("false")
            case UInt8(ascii: "n"):
                try readLiteral("null")
            default:
                throw .expectedValue(found: found(at: position), at: position)
            }

            // Close the containers that end here.
            while let top = skippedContainers.last {
                skipWhitespace()
                let next: UInt8? = position < end ? base[position] : nil
                if top.isObject {
                    if next == ASCII.comma {
                        position += 1
                        try skipMemberName(afterComma: true)
                        continue nextValue
                    }
                    guard next == ASCII.closeBrace else {
                        throw .expectedObjectSeparator(found: found(at: position), at: position)
                    }
                } else {
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
                }
                position += 1
                skippedNames.removeLast(skippedNames.count - top.firstName)
                skippedContainers.removeLast()
            }
            if skippedContainers.isEmpty, !skippedDecodedNames.isEmpty {
                skippedDecodedNames.removeAll(keepingCapacity: true)
            }
            return
        }
    }

    /// Reads `"name" :` inside the innermost skipped object, checking the name is new.
    private mutating func skipMemberName(afterComma: Bool) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < end, base[position] == ASCII.quote else {
            if afterComma, position < end, base[position] == ASCII.closeBrace {
                throw .trailingComma(before: "}", at: position)
            }
            throw .expectedKey(afterComma: afterComma, found: found(at: position), at: position)
        }
        let name = try readSkippedName()
        try checkUnique(name)
        skippedNames.append(name)
        skipWhitespace()
        guard position < end, base[position] == ASCII.colon else {
            throw .expectedColon(after: text(of: name), found: found(at: position), at: position)
        }
        position += 1
    }

    /// Moves past the member name under `position`, returning where it is.
    private mutating func readSkippedName() throws(JSONSyntaxError) -> SkippedName {
        let open = position
        let scan = try scanString(open: open)
        if scan.isEscaped {
            let decoded = try readEscapedString(open: open, firstEscape: scan.stop, keep: true)
            skippedDecodedNames.append(decoded)
            return SkippedName(
                quoteOffset: open, start: open + 1, length: position - open - 2,
                decodedIndex: skippedDecodedNames.count - 1, fingerprint: 0)
        }
        if scan.hasHighBytes,
            let problem = UTF8Validation.firstError(in: base, from: open + 1, to: scan.stop)
        {
            throw .invalidUTF8(problem.reason, at: problem.offset)
        }
        position = scan.stop + 1
        let length = scan.stop - open - 1
        return SkippedName(
            quoteOffset: open, start: open + 1, length: length, decodedIndex: -1,
            fingerprint: KeyFingerprint.of(
                UnsafeBufferPointer(start: base + open + 1, count: length)))
    }

    /// Throws if the innermost skipped object already has a member named like `name`.
    private mutating func checkUnique(_ name: SkippedName) throws(JSONSyntaxError) {
        let top = skippedContainers.count - 1
        let first = skippedContainers[top].firstName
        if skippedContainers[top].offsetsByName != nil {
            let key = text(of: name)
            if let earlier = skippedContainers[top].offsetsByName?.updateValue(
                name.quoteOffset, forKey: key)
            {
                throw duplicateKey(text(of: name), firstAt: earlier, at: name.quoteOffset)
            }
            return
        }
        // A name with escapes sets every bit: names after it are always compared.
        let bit: UInt64 = name.isEscaped ? .max : 1 << (name.fingerprint >> 58)
        let isNew = !name.isEscaped && skippedContainers[top].nameBits & bit == 0
        skippedContainers[top].nameBits |= bit
        if isNew { return growIndexIfLarge(adding: name) }
        let duplicate = skippedNames.withUnsafeBufferPointer { names in
            (first..<names.count).first { isSameName(names[$0], name) }
        }
        if let duplicate {
            throw duplicateKey(
                text(of: name), firstAt: skippedNames[duplicate].quoteOffset, at: name.quoteOffset)
        }
        growIndexIfLarge(adding: name)
    }

    /// Indexes the innermost skipped object's names by text once it has many.
    private mutating func growIndexIfLarge(adding name: SkippedName) {
        let top = skippedContainers.count - 1
        let first = skippedContainers[top].firstName
        if skippedNames.count - first + 1 > JSONObject.linearSearchLimit {
            var offsets: [String: Int] = [:]
            for earlier in skippedNames[first...] {
                offsets[text(of: earlier)] = earlier.quoteOffset
            }
            offsets[text(of: name)] = name.quoteOffset
            skippedContainers[top].offsetsByName = offsets
        }
    }

    @inline(__always)
    private func isSameName(_ a: SkippedName, _ b: SkippedName) -> Bool {
        if !a.isEscaped, !b.isEscaped {
            guard a.fingerprint == b.fingerprint, a.length == b.length else { return false }
            var index = 0
            while index < a.length {
                if base[a.start + index] != base[b.start + index] { return false }
                index += 1
            }
            return true
        }
        return text(of: a) == text(of: b)
    }

    private func text(of name: SkippedName) -> String {
        name.isEscaped
            ? skippedDecodedNames[name.decodedIndex]
            : String(
                decoding: UnsafeBufferPointer(start: base + name.start, count: name.length),
                as: UTF8.self)
    }
}
