/// Finds the first byte that breaks UTF-8 (RFC 3629), to say where and why.
///
/// The parser lets the standard library validate strings in bulk and only calls this
/// once validation failed, to produce the message.
enum UTF8Validation {
    /// The offset and reason of the first invalid sequence in `start ..< end`, or `nil`
    /// when the range is valid UTF-8.
    static func firstError(
        in base: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> (offset: Int, reason: String)? {
        var index = start
        let raw = UnsafeRawPointer(base)
        while index < end {
            // Skip ASCII eight bytes at a time.
            while index + 8 <= end,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < end else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x80...0xBF:
                return (index, "stray continuation byte \(hex(lead))")
            case 0xC0, 0xC1:
                return (index, "overlong encoding (byte \(hex(lead)))")
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            case 0xF1...0xF3: length = 4
            default:
                return (index, "byte \(hex(lead)) never appears in UTF-8")
            }
            for position in 1..<length {
                guard index + position < end else {
                    return (index, "truncated sequence starting with \(hex(lead))")
                }
                let byte = base[index + position]
                let allowed = position == 1 ? secondRange : 0x80...0xBF
                if allowed.contains(byte) { continue }
                if position == 1, byte & 0xC0 == 0x80 {
                    switch lead {
                    case 0xE0, 0xF0: return (index, "overlong encoding (byte \(hex(lead)))")
                    case 0xED: return (index, "surrogate code point encoded in UTF-8")
                    default: return (index, "code point above U+10FFFF")
                    }
                }
                return (index, "truncated sequence starting with \(hex(lead))")
            }
            index += length
        }
        return nil
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
