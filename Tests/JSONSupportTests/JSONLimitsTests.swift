import JSONSupport
import Testing

@Suite("Hostile input")
struct JSONLimitsTests {
    @Test("nesting 100,000 deep is an error, not a crash", arguments: ["[", "{\"a\":"])
    func veryDeep(opener: String) throws {
        let text = String(repeating: opener, count: 100_000)
        let error = try #require(syntaxError(parsing: text))
        #expect(error.message == "arrays and objects are nested more than 512 levels deep")
        #expect(error.offset == 512 * opener.utf8.count)
    }

    @Test(
        "nesting up to the limit is fine, one more is not",
        arguments: [
            (1, true), (3, true), (4, false),
        ])
    func configurableDepth(depth: Int, accepted: Bool) {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = syntaxError(parsing: text, options: .init(maximumDepth: 3))
        #expect((error == nil) == accepted)
    }

    @Test("the default limit accepts 512 levels")
    func defaultDepth() throws {
        let text = String(repeating: "[", count: 512) + "0" + String(repeating: "]", count: 512)
        #expect(syntaxError(parsing: text) == nil)
    }

    @Test("a 10 MB string parses", arguments: [false, true])
    func hugeString(withEscapes: Bool) throws {
        let chunk = withEscapes ? #"abcdéfgh\n"# : "abcdéfghij"
        let body = String(repeating: chunk, count: 1_000_000)
        let document = try JSONParser.parse("[\"\(body)\"]")
        let string = try #require(document.root[0]?.string)
        #expect(string.utf8.count == (withEscapes ? 10_000_000 : 11_000_000))
    }

    @Test("a string that never ends is reported at its start")
    func unterminatedHugeString() throws {
        let error = try #require(
            syntaxError(parsing: "[\"" + String(repeating: "a", count: 100_000)))
        #expect(position(of: error) == "1:2")
    }
}
