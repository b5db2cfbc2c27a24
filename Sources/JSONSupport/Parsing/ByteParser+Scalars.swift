extension ByteParser {
    /// Reads a number per RFC 8259: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func readNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = position
        try scanNumber()
        let text = String(
            decoding: UnsafeBufferPointer(start: base + start, count: position - start),
            as: UTF8.self)
        return JSONNumber(uncheckedText: text)
    }

    /// Moves past a number, checking its syntax.
    mutating func scanNumber() throws(JSONSyntaxError) {
        let start = position
        if base[position] == ASCII.minus {
            position += 1
            try expectDigit(after: "'-'")
        }
        if base[position] == ASCII.zero {
            position += 1
            if position < end, isDigit(base[position]) { throw .leadingZero(at: start) }
        } else {
            skipDigits()
        }
        if position < end, base[position] == ASCII.dot {
            position += 1
            try expectDigit(after: "the decimal point")
            skipDigits()
        }
        if position < end, base[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < end, base[position] == ASCII.plus || base[position] == ASCII.minus {
                position += 1
            }
            try expectDigit(after: "the exponent marker")
            skipDigits()
        }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- ASCII.zero < 10
    }

    @inline(__always)
    private mutating func skipDigits() {
        while position < end, isDigit(base[position]) { position += 1 }
    }

    private func expectDigit(after what: String) throws(JSONSyntaxError) {
        guard position < end, isDigit(base[position]) else {
            throw .expectedDigit(after: what, found: found(at: position), at: position)
        }
    }

    /// Reads `true`, `false` or `null`, whose first letter has been seen.
    mutating func readLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let length = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        var matched = position + length <= end
        var index = 0
        while matched, index < length {
            matched = base[position + index] == expected[index]
            index += 1
        }
        // `truex` is as wrong as `tru`: the literal must end where a word would.
        if matched, position + length < end, Self.isWordByte(base[position + length]) {
            matched = false
        }
        guard matched else {
            throw .invalidLiteral(
                expected: "\(literal)", found: found(at: position), at: position)
        }
        position += length
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            ASCII.zero...ASCII.nine, UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
