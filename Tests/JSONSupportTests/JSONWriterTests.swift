import JSONSupport
import Testing

@Suite("Writing JSON")
struct JSONWriterTests {
    @Test(
        "strings escape quotes, backslashes and control characters only",
        arguments: [
            ("plain", #""plain""#),
            ("say \"hi\"", #""say \"hi\"""#),
            (#"C:\temp"#, #""C:\\temp""#),
            ("a/b", #""a/b""#),
            ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
            ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
            ("\u{7F}é日🙂\u{2028}", "\"\u{7F}é日🙂\u{2028}\""),
            ("", #""""#),
            ("\"", #""\"""#),
            ("\\x\n", #""\\x\n""#),
        ])
    func escaping(string: String, expected: String) {
        #expect(JSONValue.string(string).serialized() == expected)
    }

    @Test("escaped strings read back as the same string")
    func escapingRoundTrip() throws {
        let text = (0..<128).map { String(UnicodeScalar(UInt8($0))) }.joined() + "é🙂"
        let written = JSONValue.string(text).serialized()
        #expect(try JSONParser.parse(written).root.string == text)
    }

    @Test("pretty output indents by two spaces and keeps member order")
    func pretty() {
        let value: JSONValue = [
            "zone": "eu-west-1a",
            "ports": [22, 443],
            "empty": [],
            "none": [:],
            "nested": ["ok": true, "nothing": nil],
        ]
        #expect(
            value.serialized() == """
                {
                  "zone": "eu-west-1a",
                  "ports": [
                    22,
                    443
                  ],
                  "empty": [],
                  "none": {},
                  "nested": {
                    "ok": true,
                    "nothing": null
                  }
                }
                """)
    }

    @Test("compact output has no whitespace")
    func compact() {
        let value: JSONValue = ["a": [1, "x", nil], "b": [:]]
        #expect(value.serialized(pretty: false) == #"{"a":[1,"x",null],"b":{}}"#)
    }

    @Test(
        "numbers are written as integers, shortest doubles, or their parsed text",
        arguments: [
            (JSONValue.number(42), "42"),
            (.number(-7), "-7"),
            (.number(1.5), "1.5"),
            (.number(0.1), "0.1"),
            (.number(Double.nan), "null"),
            (.number(Double.infinity), "null"),
            (try! JSONParser.parse("12.50").root, "12.50"),
            (try! JSONParser.parse("1E400").root, "1E400"),
            (try! JSONParser.parse("-0").root, "-0"),
        ])
    func numbers(value: JSONValue, expected: String) {
        #expect(value.serialized() == expected)
    }

    @Test("pretty output parses back to an equal value")
    func roundTrip() throws {
        let text = #"{"a":[{"b":[]},{"c":{"d":[1,2.5,"é"]}}],"e":null,"f":false}"#
        let value = try JSONParser.parse(text).root
        #expect(try JSONParser.parse(value.serialized()).root == value)
        #expect(JSONWriter(pretty: false).bytes(from: value) == Array(text.utf8))
    }

    @Test(
        "indentation deeper than 32 levels keeps two spaces a level", arguments: [31, 32, 33, 80])
    func deepIndentation(depth: Int) throws {
        var value: JSONValue = "leaf"
        for _ in 0..<depth { value = .array([value]) }
        let lines = value.serialized().split(separator: "\n")
        #expect(lines[depth] == Substring(String(repeating: " ", count: 2 * depth) + #""leaf""#))
        #expect(lines.last == "]")
        #expect(try JSONParser.parse(value.serialized()).root == value)
    }

    @Test("output of many blocks comes out whole and in order")
    func largeOutput() throws {
        let elements = (0..<20_000).map { JSONValue.string("element \($0) \"quoted\"") }
        let text = JSONValue.array(elements).serialized(pretty: false)
        #expect(text.utf8.count > 100 * 4096)
        #expect(try JSONParser.parse(text).root == .array(elements))
        #expect(
            JSONWriter().bytes(from: .array(elements))
                == Array(JSONValue.array(elements).serialized().utf8))
    }

    @Test("the commands' form ends with one line feed")
    func line() {
        let value: JSONValue = ["a": [1]]
        #expect(value.serializedLine() == value.serialized() + "\n")
        #expect(value.serializedLine(pretty: false) == #"{"a":[1]}"# + "\n")
    }
}
