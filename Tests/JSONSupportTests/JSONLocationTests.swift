import JSONSupport
import Testing

@Suite("Locations of values")
struct JSONLocationTests {
    static let plan = """
        {
          "resources": [
            {"type": "aws_vpc", "cidr": "10.0.0.0/16"},
            {"type": "aws_subnet", "name": "é", "cidr": "10.0.1.0/24"}
          ]
        }
        """

    @Test(
        "a nested value's offset becomes its line and column",
        arguments: [
            (0, "type", 3, 14),
            (0, "cidr", 3, 33),
            (1, "type", 4, 14),
            (1, "cidr", 4, 49),
        ])
    func nestedValue(resource: Int, key: String, line: Int, column: Int) throws {
        let document = try JSONParser.parse(Self.plan)
        let value = try #require(document.root["resources"]?[resource]?[key])
        #expect(document.location(of: value) == SourceLocation(line: line, column: column))
    }

    @Test("containers are located at their opening bracket or brace")
    func containers() throws {
        let document = try JSONParser.parse(Self.plan)
        #expect(document.location(of: document.root) == SourceLocation(line: 1, column: 1))
        let resources = try #require(document.root["resources"])
        #expect(document.location(of: resources) == SourceLocation(line: 2, column: 16))
        let second = try #require(resources[1])
        #expect(document.location(of: second) == SourceLocation(line: 4, column: 5))
    }

    @Test("values built in code have no location")
    func builtInCode() throws {
        let document = try JSONParser.parse("[1]")
        #expect(document.location(of: JSONValue.string("x")) == nil)
        #expect(JSONValue.string("x").offset == -1)
    }

    @Test("columns count characters, also far along a single long line")
    func longLine() throws {
        let filler = (0..<3000).map { _ in "\"é🙂\"" }.joined(separator: ",")
        let document = try JSONParser.parse("[\(filler),true]")
        let last = try #require(document.root.array?.last)
        #expect(document.location(of: last) == SourceLocation(line: 1, column: 2 + 3000 * 5))
    }

    @Test(
        "columns after plain-ASCII stretches still count the characters before them",
        arguments: [1, 100, 1000])
    func asciiStretchAfterWideCharacters(plainStrings: Int) throws {
        let wide = (0..<100).map { _ in "\"é🙂\"" }.joined(separator: ",")
        let plain = (0..<plainStrings).map { _ in "\"abcdefgh\"" }.joined(separator: ",")
        let document = try JSONParser.parse("[\(wide),\(plain),true]")
        let last = try #require(document.root.array?.last)
        let column = 2 + 100 * 5 + plainStrings * 11
        #expect(document.location(of: last) == SourceLocation(line: 1, column: column))
    }

    @Test("offsets outside the text are clamped to it")
    func clamping() throws {
        let document = try JSONParser.parse("[\n1]")
        #expect(document.location(ofOffset: -5) == SourceLocation(line: 1, column: 1))
        #expect(document.location(ofOffset: 99) == SourceLocation(line: 2, column: 3))
    }

    @Test("a location reads like an editor's")
    func description() {
        #expect(SourceLocation(line: 3, column: 17).description == "line 3, column 17")
    }
}
