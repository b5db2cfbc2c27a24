/// Turns a file's bytes into the UTF-8 text the parser reads.
///
/// RFC 8259 requires UTF-8, but Windows PowerShell 5 saves `terraform show -json >
/// plan.json` as UTF-16LE with a byte-order mark, so UTF-16 with a BOM is accepted and
/// transcoded. A UTF-8 BOM is dropped. Offsets in the result refer to the returned text.
enum InputEncoding {
    static func utf8Text(from text: JSONText) throws(JSONSyntaxError) -> JSONText {
        let start = text.withUnsafeBufferPointer { Array($0.prefix(4)) }
        switch start {
        case [0xFF, 0xFE, 0, 0], [0, 0, 0xFE, 0xFF]:
            throw .unsupportedEncoding("UTF-32 encoded")
        case let start where start.starts(with: [0xEF, 0xBB, 0xBF]):
            return JSONText(text.withUnsafeBufferPointer { Array($0[3...]) })
        case let start where start.starts(with: [0xFF, 0xFE]):
            return JSONText(try transcodeUTF16(text.bytes, bigEndian: false))
        case let start where start.starts(with: [0xFE, 0xFF]):
            return JSONText(try transcodeUTF16(text.bytes, bigEndian: true))
        case let start where start.count >= 2 && (start[0] == 0 || start[1] == 0):
            throw .unsupportedEncoding(
                "UTF-16 or UTF-32 encoded without a byte-order mark (it starts with a zero byte)")
        default:
            return text
        }
    }

    private static func transcodeUTF16(_ bytes: [UInt8], bigEndian: Bool)
        throws(JSONSyntaxError) -> [UInt8]
    {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count / 2 + bytes.count / 8)
        var index = 2
        func unit(at index: Int) -> UInt16 {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        while index + 1 < bytes.count {
            let code = unit(at: index)
            index += 2
            switch code {
            case 0..<0x80:
                text.append(UInt8(code))
            case 0x80..<0x800:
                text.append(0xC0 | UInt8(code >> 6))
                text.append(0x80 | UInt8(code & 0x3F))
            case 0xD800...0xDBFF:
                guard index + 1 < bytes.count, (0xDC00...0xDFFF).contains(unit(at: index)) else {
                    throw located(
                        .invalidUTF16(
                            "high surrogate 0x\(FoundDescription.hexScalar(UInt32(code))) "
                                + "is not followed by a low surrogate",
                            at: text.count),
                        in: text)
                }
                let low = unit(at: index)
                index += 2
                let scalar = 0x10000 + ((UInt32(code) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                text.append(0xF0 | UInt8(scalar >> 18))
                text.append(0x80 | UInt8((scalar >> 12) & 0x3F))
                text.append(0x80 | UInt8((scalar >> 6) & 0x3F))
                text.append(0x80 | UInt8(scalar & 0x3F))
            case 0xDC00...0xDFFF:
                throw located(
                    .invalidUTF16(
                        "low surrogate 0x\(FoundDescription.hexScalar(UInt32(code))) "
                            + "without a high surrogate before it",
                        at: text.count),
                    in: text)
            default:
                text.append(0xE0 | UInt8(code >> 12))
                text.append(0x80 | UInt8((code >> 6) & 0x3F))
                text.append(0x80 | UInt8(code & 0x3F))
            }
        }
        if index < bytes.count {
            throw located(
                .invalidUTF16("the file ends in the middle of a character", at: text.count),
                in: text)
        }
        return text
    }

    /// Adds the line and column, counted in the text transcoded so far.
    private static func located(_ error: JSONSyntaxError, in text: [UInt8]) -> JSONSyntaxError {
        var located = error
        located.location = text.withUnsafeBufferPointer {
            LineTable.location(ofOffset: error.offset, scanning: $0)
        }
        return located
    }
}
