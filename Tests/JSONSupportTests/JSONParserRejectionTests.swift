import JSONSupport
import Testing

@Suite("Rejecting invalid JSON")
struct JSONParserRejectionTests {
    /// Texts that break RFC 8259 (or our duplicate rule), where and how they are reported.
    static let violations: [(text: String, position: String, message: String)] = [
        // Trailing commas.
        ("[1,2,]", "1:6", "JSON does not allow a comma after the last item"),
        (#"{"a":1,}"#, "1:8", "JSON does not allow a comma after the last item"),
        // Comments.
        ("// note\n{}", "1:1", "comments are not allowed in JSON"),
        (#"{"a":1 /* note */}"#, "1:8", "found '/'; comments are not allowed"),
        // Numbers.
        ("[01]", "1:2", "must not start with 0 followed by another digit"),
        ("[-01]", "1:2", "must not start with 0"),
        ("NaN", "1:1", "found 'NaN'; NaN and Infinity are not valid JSON numbers"),
        ("[-Infinity]", "1:3", "expected a digit after '-', found 'Infinity'"),
        ("[1.]", "1:4", "expected a digit after the decimal point, found ']'"),
        ("[1e]", "1:4", "expected a digit after the exponent marker, found ']'"),
        ("[1e+]", "1:5", "expected a digit after the exponent marker"),
        ("[.5]", "1:2", "expected a JSON value, found '.'"),
        ("[+1]", "1:2", "expected a JSON value, found '+'"),
        ("-", "1:2", "expected a digit after '-', found end of input"),
        // Strings.
        ("[\"a\tb\"]", "1:4", "raw tab"),
        ("\"line\nbreak\"", "1:6", "found a line break"),
        ("\"bell\u{07}\"", "1:6", "control character U+0007"),
        (#"["\x"]"#, "1:3", #"invalid escape '\x'"#),
        (#"["\u12"]"#, "1:3", #"expected four hex digits after \u, found '"'"#),
        (#"["\uD800"]"#, "1:3", #"unpaired surrogate \uD800"#),
        (#"["\uD800\u0041"]"#, "1:3", #"unpaired surrogate \uD800"#),
        (#"["\uDC00"]"#, "1:3", #"unpaired surrogate \uDC00"#),
        (#"["abc"#, "1:2", "string is never closed"),
        (#"["abc\"#, "1:6", #"invalid escape '\' at end of input"#),
        (#"{'a':1}"#, "1:2", "strings need double quotes"),
        // Literals.
        ("tru", "1:1", "expected 'true', found 'tru'"),
        ("nulll", "1:1", "expected 'null', found 'nulll'"),
        ("[True]", "1:2", "expected a JSON value, found 'True'"),
        // Structure.
        ("{a:1}", "1:2", "expected a member name or '}', found 'a'"),
        (#"{"a" 1}"#, "1:6", #"expected ':' after the member name "a", found '1'"#),
        ("[1 2]", "1:4", "expected ',' or ']' after an array element, found '2'"),
        (#"{"a":1 "b":2}"#, "1:8", "expected ',' or '}' after an object member"),
        (#"{"a":1,2}"#, "1:8", "expected a member name in double quotes, found '2'"),
        ("[1,2", "1:5", "expected ',' or ']' after an array element, found end of input"),
        ("[", "1:2", "expected a JSON value, found end of input"),
        ("   ", "1:4", "expected a JSON value, found end of input"),
        ("{} x", "1:4", "expected end of input after the JSON value, found 'x'"),
        ("[1] [2]", "1:5", "a JSON file holds exactly one value"),
        ("[1,\u{0}]", "1:4", "found control character U+0000"),
        // Duplicates.
        (
            #"{"a":1,"a":2}"#, "1:8",
            #"duplicate member name "a"; it already appears at line 1, column 2"#
        ),
        // Positions on later lines and after non-ASCII text.
        ("{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}", "3:14", "comma after the last item"),
        (#"{"é": x}"#, "1:7", "expected a JSON value, found 'x'"),
        ("[\"🙂\", é]", "1:7", "found 'é' (U+00E9)"),
    ]

    @Test("each violation of RFC 8259 is reported where it happens", arguments: violations)
    func rejects(text: String, expectedPosition: String, expectedMessage: String) throws {
        let error = try #require(syntaxError(parsing: text))
        #expect(position(of: error) == expectedPosition)
        #expect(error.message.contains(expectedMessage), "\(error.message)")
    }

    @Test(
        "invalid UTF-8 inside a string is pointed at its first bad byte",
        arguments: [
            ([0x22, 0xC0, 0xAF, 0x22], "1:2", "overlong encoding"),
            ([0x22, 0x61, 0xE0, 0x80, 0xAF, 0x22], "1:3", "overlong encoding"),
            ([0x22, 0xED, 0xA0, 0x80, 0x22], "1:2", "surrogate code point"),
            ([0x22, 0xE2, 0x82, 0x22], "1:2", "truncated sequence"),
            ([0x22, 0x61, 0xFF, 0x22], "1:3", "byte 0xFF never appears in UTF-8"),
            ([0x22, 0x80, 0x22], "1:2", "stray continuation byte 0x80"),
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "1:2", "above U+10FFFF"),
            ([0x22, 0x5C, 0x6E, 0xC3, 0x22], "1:4", "truncated sequence"),
            ([0x22, 0xC3, 0x5C, 0x6E, 0x22], "1:2", "truncated sequence"),
        ] as [([UInt8], String, String)])
    func rejectsInvalidUTF8(bytes: [UInt8], expectedPosition: String, expectedMessage: String)
        throws
    {
        let error = try #require(syntaxError(parsing: bytes))
        #expect(position(of: error) == expectedPosition)
        #expect(error.message.contains("invalid UTF-8 in a string"))
        #expect(error.message.contains(expectedMessage), "\(error.message)")
    }

    @Test("an empty file is reported as such, without a position")
    func emptyFile() throws {
        let error = try #require(syntaxError(parsing: ""))
        #expect(error.description == "the file is empty; expected a JSON value")
        #expect(error.location == nil)
    }

    @Test("the description puts the position first, as editors expect")
    func descriptionFormat() throws {
        let error = try #require(syntaxError(parsing: "{\n  \"a\": 1\n  \"b\": 2\n}"))
        #expect(
            error.description
                == "line 3, column 3: expected ',' or '}' after an object member, found '\"'")
        #expect(error.offset == 13)
    }

    @Test("a duplicate member name is reported even deep inside a large object")
    func duplicateInLargeObject() throws {
        let members = (0..<50).map { "\"key\($0)\": \($0)" }.joined(separator: ",\n")
        let error = try #require(syntaxError(parsing: "{\n\(members),\n\"key7\": 0}"))
        #expect(position(of: error) == "52:1")
        #expect(
            error.message
                == #"duplicate member name "key7"; it already appears at line 9, column 1"#)
    }

    @Test("the same name in different objects is not a duplicate")
    func sameNameInSiblings() throws {
        let document = try JSONParser.parse(#"[{"a":1},{"a":2,"b":{"a":3}}]"#)
        #expect(document.root[1]?["b"]?["a"] == 3)
    }
}
