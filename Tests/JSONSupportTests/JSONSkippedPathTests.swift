import JSONSupport
import Testing

@Suite("Skipping members that nobody reads")
struct JSONSkippedPathTests {
    static let skipsS = JSONParser.Options(skippedPaths: [JSONSkippedPath(member: "s")])

    static let afterOfEachChange = JSONParser.Options(skippedPaths: [
        JSONSkippedPath(
            [.member("resource_changes"), .anyElement, .member("change")], member: "after"),
        JSONSkippedPath(member: "prior_state"),
    ])

    @Test("a skipped member is left out and everything else is read as usual")
    func leavesOutSkippedMembers() throws {
        let text = """
            {"format_version": "1.2",
             "resource_changes": [
               {"address": "a", "change": {"actions": ["update"], "before": {"port": 1}, "after": {"port": 2}}},
               {"address": "b", "change": {"after": [1, {"x": "y"}], "before": null}}
             ],
             "prior_state": {"values": {"root_module": {}}},
             "after": "kept: not on a skipped path"}
            """
        let document = try JSONParser.parse(text, options: Self.afterOfEachChange)
        let expected: JSONValue = [
            "format_version": "1.2",
            "resource_changes": [
                ["address": "a", "change": ["actions": ["update"], "before": ["port": 1]]],
                ["address": "b", "change": ["before": nil]],
            ],
            "after": "kept: not on a skipped path",
        ]
        #expect(document.root == expected)
        // Offsets of what follows a skipped value are unchanged.
        let laterValue = try #require(document.root["after"])
        #expect(document.location(of: laterValue) == SourceLocation(line: 7, column: 11))
    }

    @Test("a path leads only where its steps say")
    func followsStepsExactly() throws {
        let text = #"{"change": {"after": 1}, "list": [{"change": {"after": 2}}], "s": {"s": 3}}"#
        let options = JSONParser.Options(skippedPaths: [
            JSONSkippedPath([.member("list"), .anyElement, .member("change")], member: "after"),
            JSONSkippedPath([.member("s")], member: "s"),
        ])
        let document = try JSONParser.parse(text, options: options)
        let expected: JSONValue = [
            "change": ["after": 1], "list": [["change": [:]]], "s": [:],
        ]
        #expect(document.root == expected)
    }

    @Test(
        "a conditional skip keeps the member unless an earlier array lacks the element",
        arguments: [
            (#"{"actions": ["update"], "before": 1}"#, false),
            (#"{"actions": ["delete"], "before": 1}"#, true),
            (#"{"actions": ["delete", "create"], "before": 1}"#, true),
            (#"{"before": 1, "actions": ["update"]}"#, true),
            (#"{"actions": "update", "before": 1}"#, true),
            (#"{"before": 1}"#, true),
        ])
    func conditionalSkip(text: String, isKept: Bool) throws {
        let options = JSONParser.Options(skippedPaths: [
            JSONSkippedPath(
                member: "before", when: .earlierArray(member: "actions", lacks: "delete"))
        ])
        let document = try JSONParser.parse(text, options: options)
        #expect((document.root["before"] != nil) == isKept)
    }

    @Test(
        "a skipped value is rejected exactly where and how a read one is",
        arguments: JSONParserRejectionTests.violations)
    func sameErrorsAsReading(text: String, expectedPosition: String, expectedMessage: String) {
        let wrapped = #"{"s": "# + text + "}"
        let read = syntaxError(parsing: wrapped)
        let skipped = syntaxError(parsing: wrapped, options: Self.skipsS)
        #expect(read != nil)
        #expect(skipped == read)
    }

    @Test(
        "duplicate names are found inside skipped values and against them",
        arguments: [
            (#"{"s": {"a": 1, "a": 2}}"#, "1:16", "line 1, column 8"),
            (#"{"s": {"a": 1, "\u0061": 2}}"#, "1:16", "line 1, column 8"),
            (#"{"s": {"\u0061": 1, "b": 2, "a": 3}}"#, "1:29", "line 1, column 8"),
            // Escaped names of a closed inner object stay apart from the outer one's.
            (#"{"s": {"x": {"\u0062": 1}, "\u0061": 1, "a": 2}}"#, "1:41", "line 1, column 28"),
            (#"{"s": {"x": {"\u0061": 1}, "a": 1, "b": 2, "b": 3}}"#, "1:44", "line 1, column 36"),
            (#"{"s": 1, "s": 2}"#, "1:10", "line 1, column 2"),
            (#"{"t": 1, "s": 2, "t": 3}"#, "1:18", "line 1, column 2"),
        ])
    func duplicates(text: String, expectedPosition: String, firstPlace: String) throws {
        let error = try #require(syntaxError(parsing: text, options: Self.skipsS))
        #expect(position(of: error) == expectedPosition)
        #expect(error.message.contains("duplicate member name"))
        #expect(error.message.contains(firstPlace))
        #expect(syntaxError(parsing: text) == error)
    }

    @Test("a duplicate deep inside a large skipped object is found")
    func duplicateInLargeSkippedObject() throws {
        let members = (0..<50).map { "\"key\($0)\": \($0)" }.joined(separator: ",\n")
        let text = "{\"s\": {\n\(members),\n\"key7\": 0}}"
        let error = try #require(syntaxError(parsing: text, options: Self.skipsS))
        #expect(error == syntaxError(parsing: text))
        #expect(position(of: error) == "52:1")
    }

    @Test("nesting inside a skipped value counts toward the depth limit")
    func depthLimit() throws {
        let options = JSONParser.Options(
            maximumDepth: 10, skippedPaths: [JSONSkippedPath(member: "s")])
        let deep =
            #"{"s": "# + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + "}"
        let error = try #require(syntaxError(parsing: deep, options: options))
        #expect(error.message.contains("nested more than 10 levels deep"), "\(error.message)")
        let shallow =
            #"{"s": "# + String(repeating: "[", count: 9) + String(repeating: "]", count: 9) + "}"
        #expect(try JSONParser.parse(shallow, options: options).root == [:])
    }

    @Test("line breaks inside a skipped value still count for later positions")
    func linesAfterSkippedValue() throws {
        let text = "{\"s\": [\n1,\n2\n],\n \"t\": x}"
        let error = try #require(syntaxError(parsing: text, options: Self.skipsS))
        #expect(position(of: error) == "5:7")
    }
}
