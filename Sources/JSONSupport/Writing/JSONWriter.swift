/// Writes JSON deterministically, for output people diff and machines read.
///
/// Object members come out in the order the object holds them, so callers choose the
/// order. Pretty output indents by two spaces and puts `": "` after names; compact
/// output has no whitespace at all. Neither ends with a newline. Strings escape `"`,
/// `\` and control characters only (`/` and non-ASCII text stay as they are), and
/// numbers are written from ``JSONNumber/text``, so parsed numbers keep their form.
public struct JSONWriter: Sendable {
    /// Whether to break lines and indent.
    public var pretty: Bool

    /// Creates a writer; pretty by default.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The JSON text of `value`.
    public func string(from value: JSONValue) -> String {
        string(from: value, lineFeed: false)
    }

    /// The JSON text of `value`, followed by a line feed when `lineFeed` is true.
    public func string(from value: JSONValue, lineFeed: Bool) -> String {
        var output = JSONByteBuffer()
        defer { output.deallocate() }
        write(value, depth: 0, to: &output)
        if lineFeed { output.append(UInt8(ascii: "\n")) }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// The JSON text of `value` as UTF-8 bytes.
    public func bytes(from value: JSONValue) -> [UInt8] {
        var output = JSONByteBuffer()
        defer { output.deallocate() }
        write(value, depth: 0, to: &output)
        return Array(output.bytes)
    }

    private func write(_ value: JSONValue, depth: Int, to output: inout JSONByteBuffer) {
        switch value.kind {
        case .null: output.append(literal: "null")
        case .bool(let flag): output.append(literal: flag ? "true" : "false")
        case .number(let number): output.append(utf8Of: number.text)
        case .string(let string): Self.writeString(string, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(literal: "[]")
                return
            }
            output.append(UInt8(ascii: "["))
            for index in elements.indices {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, to: &output)
                write(elements[index], depth: depth + 1, to: &output)
            }
            newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append(literal: "{}")
                return
            }
            output.append(UInt8(ascii: "{"))
            let members = object.members
            for index in members.indices {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, to: &output)
                Self.writeString(members[index].key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                write(members[index].value, depth: depth + 1, to: &output)
            }
            newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A line feed and `2 * depth` spaces, when pretty: copied from one run of spaces
    /// rather than appended space by space.
    private func newline(depth: Int, to output: inout JSONByteBuffer) {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        var spaces = 2 * depth
        while spaces > 0 {
            let count = min(spaces, Self.spaces.utf8CodeUnitCount)
            output.append(UnsafeBufferPointer(start: Self.spaces.utf8Start, count: count))
            spaces -= count
        }
    }

    private static let spaces: StaticString =
        "                                                                "

    /// Writes `string` in quotes, escaping only what JSON requires; the runs between
    /// escapes are copied whole.
    private static func writeString(_ string: String, to output: inout JSONByteBuffer) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                else { continue }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(of: byte, to: &output)
                runStart = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(of byte: UInt8, to output: inout JSONByteBuffer) {
        switch byte {
        case UInt8(ascii: "\""): output.append(literal: #"\""#)
        case UInt8(ascii: "\\"): output.append(literal: #"\\"#)
        case UInt8(ascii: "\n"): output.append(literal: #"\n"#)
        case UInt8(ascii: "\r"): output.append(literal: #"\r"#)
        case UInt8(ascii: "\t"): output.append(literal: #"\t"#)
        default:
            let hex: StaticString = "0123456789abcdef"
            output.append(literal: #"\u00"#)
            output.append(hex.utf8Start[Int(byte >> 4)])
            output.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}
