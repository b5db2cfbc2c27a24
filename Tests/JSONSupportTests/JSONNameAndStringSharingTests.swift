import JSONSupport
import Testing

/// Member names are compared by fingerprint before text, and strings are shared
/// through a cache; neither may change what a document means.
@Suite("Names and strings read through fingerprints and the string cache")
struct JSONNameAndStringSharingTests {
    /// Two spellings of one name, escaped or not, of lengths around the 8- and 16-byte
    /// words the fingerprint and the cache read.
    static let sameNames: [(first: String, second: String)] = [
        ("a", #"\u0061"#),
        ("abcdefg", #"abcdef\u0067"#),
        ("abcdefgh", #"abcdefg\u0068"#),
        ("abcdefghijklmno", #"\u0061bcdefghijklmno"#),
        ("abcdefghijklmnop", #"abcdefghijklmno\u0070"#),
        ("security_group_rule_description_text", #"security_group_rule_description_tex\u0074"#),
        ("é", #"\u00e9"#),
        ("cidr_blocks", "cidr_blocks"),
    ]

    @Test("a name written twice is a duplicate however it is spelled", arguments: sameNames)
    func duplicate(first: String, second: String) throws {
        let error = try #require(syntaxError(parsing: #"{"\#(first)": 1, "\#(second)": 2}"#))
        #expect(error.message.contains("duplicate member name"), "\(error.message)")
    }

    /// Names of 17 to 24 bytes that differ only between their first and last eight
    /// bytes: their fingerprints are equal, so only the full comparison tells them apart.
    static let collidingLengths = Array(17...24)

    @Test(
        "names whose fingerprints collide are still different names",
        arguments: collidingLengths)
    func collidingFingerprints(length: Int) throws {
        let names = ["X", "Y", "Z"].map { middle in
            String(repeating: "a", count: 8) + middle
                + String(repeating: "b", count: length - 9)
        }
        let members = names.enumerated().map { #""\#($0.element)": \#($0.offset)"# }
        let document = try JSONParser.parse("{" + members.joined(separator: ", ") + "}")
        for (position, name) in names.enumerated() {
            #expect(document.root[name] == .number(JSONNumber(position)))
        }
        #expect(document.root.object?.count == 3)
    }

    @Test("strings of every length up to 40 read back exactly, repeated and interleaved")
    func everyLength() throws {
        let texts = (0...40).map { length in
            String((0..<length).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
        }
        // Each text, then its neighbour with one byte changed at the end, twice over.
        let neighbours = texts.map { $0.isEmpty ? "" : String($0.dropLast()) + "Z" }
        let sequence = texts + neighbours + texts + neighbours
        let literal = sequence.map { "\"\($0)\"" }.joined(separator: ",")
        let document = try JSONParser.parse("[" + literal + "]")
        #expect(document.root.array?.map(\.string) == sequence)
    }

    static let endings: [(text: String, expected: JSONValue)] = [
        (#""""#, ""),
        (#""a""#, "a"),
        (#""tcp""#, "tcp"),
        (#""abcdefghijklmno""#, "abcdefghijklmno"),
        (#"["x","x"]"#, ["x", "x"]),
    ]

    @Test("a short string at the very end of the input is read exactly", arguments: endings)
    func atTheEnd(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text).root == expected)
    }

    @Test("short strings with non-ASCII text are validated, not taken from the cache")
    func invalidUTF8AfterValidText() throws {
        var bytes = Array(#"["é", ""#.utf8)
        bytes += [0xC3, 0x28]  // a lead byte followed by an ASCII byte
        bytes += Array(#"", "é"]"#.utf8)
        let error = try #require(syntaxError(parsing: bytes))
        #expect(error.message.contains("UTF-8"), "\(error.message)")
    }
}
