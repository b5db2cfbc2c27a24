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
        String(decoding: bytes(from: value), as: UTF8.self)
    }

    /// The JSON text of `value` as UTF-8 bytes.
    public func bytes(from value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, depth: 0, to: &output)
        return output
    }

    private func write(_ value: JSONValue, depth: Int, to output: inout [UInt8]) {
        switch value.kind {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: number.text.utf8)
        case .string(let string): Self.writeString(string, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, to: &output)
                write(element, depth: depth + 1, to: &output)
            }
            newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, to: &output)
                Self.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                write(member.value, depth: depth + 1, to: &output)
            }
            newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(depth: Int, to output: inout [UInt8]) {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Writes `string` in quotes, escaping only what JSON requires.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: #"\u00"#.utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
