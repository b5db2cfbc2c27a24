extension ByteParser {
    /// Reads a string starting at the opening quote under `position`.
    ///
    /// Most strings have no escapes: those are found by a scan that stops only at `"`,
    /// `\` or a control character, and become a `String` in one validated copy.
    mutating func readString() throws(JSONSyntaxError) -> String {
        let open = position
        let scan = try scanString(open: open)
        if scan.isEscaped {
            return try readEscapedString(open: open, firstEscape: scan.stop, keep: true)
        }
        let string = try makeString(from: open + 1, to: scan.stop, checkUTF8: scan.hasHighBytes)
        position = scan.stop + 1
        return string
    }

    /// Reads a member name as ``readString()`` does, with its ``KeyFingerprint``.
    mutating func readMemberKey() throws(JSONSyntaxError) -> (key: String, fingerprint: UInt64) {
        let open = position
        let scan = try scanString(open: open)
        if scan.isEscaped {
            var key = try readEscapedString(open: open, firstEscape: scan.stop, keep: true)
            return (key, key.withUTF8 { KeyFingerprint.of($0) })
        }
        let key = try makeString(from: open + 1, to: scan.stop, checkUTF8: scan.hasHighBytes)
        position = scan.stop + 1
        let bytes = UnsafeBufferPointer(start: base + open + 1, count: scan.stop - open - 1)
        return (key, KeyFingerprint.of(bytes))
    }

    /// Moves past a string, checking it as ``readString()`` does, without making it.
    mutating func skipString() throws(JSONSyntaxError) {
        let open = position
        let scan = try scanString(open: open)
        if scan.isEscaped {
            _ = try readEscapedString(open: open, firstEscape: scan.stop, keep: false)
            return
        }
        if scan.hasHighBytes,
            let problem = UTF8Validation.firstError(in: base, from: open + 1, to: scan.stop)
        {
            throw .invalidUTF8(problem.reason, at: problem.offset)
        }
        position = scan.stop + 1
    }

    /// Finds the end of the string whose opening quote is at `open`: the closing quote,
    /// or the first backslash (`isEscaped`), and whether any byte before it is not ASCII.
    @inline(__always)
    func scanString(open: Int) throws(JSONSyntaxError) -> (
        stop: Int, isEscaped: Bool, hasHighBytes: Bool
    ) {
        var index = open + 1
        let raw = UnsafeRawPointer(base)
        // High bits seen so far: strings that stay ASCII need no UTF-8 validation.
        var highBits: UInt64 = 0
        while true {
            // Eight bytes at a time; the first byte that needs a closer look is found
            // from the word's mask, so a short string costs one or two words.
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let attention = Self.attentionMask(word)
                if attention != 0 {
                    let skipped = attention.trailingZeroBitCount / 8
                    highBits |= word & ((1 << UInt64(8 * skipped)) &- 1)
                    index += skipped
                    break
                }
                highBits |= word
                index += 8
            }
            guard index < end else { throw .unterminatedString(at: open) }
            let byte = base[index]
            if byte == ASCII.quote || byte == ASCII.backslash {
                return (index, byte == ASCII.backslash, highBits & 0x8080_8080_8080_8080 != 0)
            }
            if byte < 0x20 { throw .controlCharacter(byte, at: index) }
            highBits |= UInt64(byte)
            index += 1
        }
    }

    /// The high bit of each byte of `word` that is `"`, `\` or below 0x20, and
    /// possibly of bytes after the first such: exact up to and including the lowest set
    /// bit, which is all ``scanString(open:)`` uses.
    @inline(__always)
    static func attentionMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* UInt64(ASCII.quote))
        let backslashes = word ^ (ones &* UInt64(ASCII.backslash))
        let hasQuote = (quotes &- ones) & ~quotes
        let hasBackslash = (backslashes &- ones) & ~backslashes
        let hasControl = (word &- ones &* 0x20) & ~word
        return (hasQuote | hasBackslash | hasControl) & highs
    }

    /// A `String` from already-scanned bytes, rejecting invalid UTF-8 with its position.
    ///
    /// Validates with ``UTF8Validation`` rather than `String(validating:)`, which is not
    /// specialized for buffers and spends most of its time looking up generic metadata.
    private mutating func makeString(from start: Int, to stop: Int, checkUTF8: Bool)
        throws(JSONSyntaxError) -> String
    {
        if checkUTF8, let problem = UTF8Validation.firstError(in: base, from: start, to: stop) {
            throw .invalidUTF8(problem.reason, at: problem.offset)
        }
        let length = stop - start
        let bytes = UnsafeBufferPointer(start: base + start, count: length)
        if length < StringCache.minimumLength {
            guard length > 0, start + 16 <= end else {
                return String(decoding: bytes, as: UTF8.self)
            }
            return strings.shortString(at: start, length: length, in: base) {
                String(decoding: bytes, as: UTF8.self)
            }
        }
        guard length <= StringCache.maximumLength else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return strings.string(at: start, length: length, in: base) {
            String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The slow path, for strings with at least one escape; makes the `String` only
    /// when `keep` is true (otherwise returns `""`).
    mutating func readEscapedString(open: Int, firstEscape: Int, keep: Bool)
        throws(JSONSyntaxError) -> String
    {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(
            contentsOf: UnsafeBufferPointer(start: base + open + 1, count: firstEscape - open - 1))
        var index = firstEscape
        while index < end {
            let byte = base[index]
            if byte == ASCII.quote {
                // Escapes always decode to valid UTF-8, so checking the source suffices.
                if let problem = UTF8Validation.firstError(in: base, from: open + 1, to: index) {
                    throw .invalidUTF8(problem.reason, at: problem.offset)
                }
                position = index + 1
                return keep ? String(decoding: scratch, as: UTF8.self) : ""
            }
            if byte == ASCII.backslash {
                index = try readEscape(at: index)
                continue
            }
            if byte < 0x20 { throw .controlCharacter(byte, at: index) }
            let runStart = index
            while index < end {
                let next = base[index]
                if next == ASCII.quote || next == ASCII.backslash || next < 0x20 { break }
                index += 1
            }
            scratch.append(
                contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
        }
        throw .unterminatedString(at: open)
    }

    /// Decodes the escape at `index` into `scratch`; returns the offset after it.
    private mutating func readEscape(at index: Int) throws(JSONSyntaxError) -> Int {
        guard index + 1 < end else {
            throw .invalidEscape(found: "'\\' at end of input", at: index)
        }
        let decoded: UInt8
        switch base[index + 1] {
        case ASCII.quote, ASCII.backslash, ASCII.slash: decoded = base[index + 1]
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = ASCII.lineFeed
        case UInt8(ascii: "r"): decoded = ASCII.carriageReturn
        case UInt8(ascii: "t"): decoded = ASCII.tab
        case UInt8(ascii: "u"): return try readUnicodeEscape(at: index)
        default:
            let next = base[index + 1]
            let what =
                (0x21..<0x7F).contains(next)
                ? "'\\\(Character(Unicode.Scalar(next)))'"
                : "'\\' followed by " + FoundDescription.at(index + 1, in: base, end: end)
            throw .invalidEscape(found: what, at: index)
        }
        scratch.append(decoded)
        return index + 2
    }

    /// Decodes `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, into `scratch`.
    private mutating func readUnicodeEscape(at index: Int) throws(JSONSyntaxError) -> Int {
        let unit = try hexQuad(at: index + 2)
        var scalarValue = UInt32(unit)
        var next = index + 6
        switch unit {
        case 0xD800...0xDBFF:
            guard next + 1 < end, base[next] == ASCII.backslash,
                base[next + 1] == UInt8(ascii: "u")
            else { throw .unpairedSurrogate(unit, at: index) }
            let low = try hexQuad(at: next + 2)
            guard (0xDC00...0xDFFF).contains(low) else { throw .unpairedSurrogate(unit, at: index) }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            next += 6
        case 0xDC00...0xDFFF:
            throw .unpairedSurrogate(unit, at: index)
        default:
            break
        }
        // Surrogates were excluded above, so this always succeeds.
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        scratch.append(contentsOf: UTF8.encode(scalar)!)
        return next
    }

    /// The value of four hex digits at `start`.
    private func hexQuad(at start: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for index in start..<start + 4 {
            guard index < end, let digit = Self.hexDigit(base[index]) else {
                throw .invalidUnicodeEscape(found: found(at: index), at: start - 2)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case ASCII.zero...ASCII.nine: byte - ASCII.zero
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
