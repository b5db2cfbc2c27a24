/// Describes what the parser found at an offset, for "…, found 'x'" in messages.
enum FoundDescription {
    /// `end of input`, `'x'`, `'NaN'`, `a line break`, `'é'`, `byte 0xFF`.
    static func at(_ offset: Int, in base: UnsafePointer<UInt8>, end: Int) -> String {
        guard offset < end else { return "end of input" }
        let byte = base[offset]
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
        case UInt8(ascii: "\t"): return "a tab"
        case 0..<0x20, 0x7F: return "control character U+\(hexScalar(UInt32(byte)))"
        case _ where isWordByte(byte):
            var stop = offset
            while stop < end, stop - offset < 20, isWordByte(base[stop]) { stop += 1 }
            let word = String(
                decoding: UnsafeBufferPointer(start: base + offset, count: stop - offset),
                as: UTF8.self)
            return "'\(word)'"
        case 0x20..<0x80:
            return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            if UTF8Validation.firstError(in: base, from: offset, to: min(offset + 4, end))?.offset
                == offset
            {
                return "byte \(UTF8Validation.hex(byte))"
            }
            var decoder = UTF8()
            var iterator = UnsafeBufferPointer(start: base + offset, count: min(4, end - offset))
                .makeIterator()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                return "'\(Character(scalar))' (U+\(hexScalar(scalar.value)))"
            }
            return "byte \(UTF8Validation.hex(byte))"
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    static func hexScalar(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension FoundDescription {
    /// Advice for mistakes people make when writing JSON by hand, or `nil`.
    static func hint(at offset: Int, in base: UnsafePointer<UInt8>, end: Int) -> String? {
        guard offset < end else { return nil }
        switch base[offset] {
        case UInt8(ascii: "/"): return "comments are not allowed in JSON"
        case UInt8(ascii: "'"): return "strings need double quotes"
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            let found = at(offset, in: base, end: end)
            guard found == "'NaN'" || found == "'Infinity'" else { return nil }
            return "NaN and Infinity are not valid JSON numbers"
        default: return nil
        }
    }

    /// `found 'x'`, with advice appended when there is some.
    static func phrase(at offset: Int, in base: UnsafePointer<UInt8>, end: Int) -> String {
        let found = "found " + at(offset, in: base, end: end)
        guard let hint = hint(at: offset, in: base, end: end) else { return found }
        return found + "; " + hint
    }
}
