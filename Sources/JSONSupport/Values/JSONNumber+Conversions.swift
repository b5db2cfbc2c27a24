extension JSONNumber {
    /// The value as an `Int` when the text denotes an integer that `Int` holds exactly.
    ///
    /// `5`, `5.0`, `5e0` and `50e-1` give 5 and `-0` gives 0; `5.5`, `1e400` and integers
    /// beyond `Int`'s range give `nil`.
    public var int: Int? {
        if let plain = Int(text) { return plain }
        return Self.exactInteger(fromUTF8: Array(text.utf8))
    }

    /// The value as a `Double` (rounded to nearest), or `nil` when it is too large to be
    /// finite, such as `1e400`.
    public var double: Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Decides exactly whether a number in JSON grammar is an integer within `Int`'s
    /// range, without going through floating point.
    private static func exactInteger(fromUTF8 bytes: [UInt8]) -> Int? {
        var negative = false
        var digits: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var exponentNegative = false
        var part = 0  // 0: integer part, 1: fraction, 2: exponent
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "-") where part == 2: exponentNegative = true
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): part = 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"): part = 2
            case UInt8(ascii: "0")...UInt8(ascii: "9") where part == 2:
                // Clamp: anything this large is far outside Int's range anyway.
                exponent = min(exponent * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if part == 1 { fractionDigits += 1 }
                digits.append(byte - UInt8(ascii: "0"))
            default: return nil
            }
        }
        digits.removeFirst(digits.prefix { $0 == 0 }.count)
        guard !digits.isEmpty else { return 0 }
        var scale = (exponentNegative ? -exponent : exponent) - fractionDigits
        while scale < 0, digits.last == 0 {
            digits.removeLast()
            scale += 1
        }
        guard scale >= 0, digits.count + scale <= 19 else { return nil }
        var value = 0
        for digit in digits + Array(repeating: 0, count: scale) {
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative
                ? shifted.subtractingReportingOverflow(Int(digit))
                : shifted.addingReportingOverflow(Int(digit))
            guard !overflowShift, !overflowAdd else { return nil }
            value = next
        }
        return value
    }
}
