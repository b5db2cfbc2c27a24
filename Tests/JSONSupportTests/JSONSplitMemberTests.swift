import Testing

@testable import JSONSupport

/// `Options.splitMember`: the second thread reads a root member found by a search for
/// its name, which is a guess the first thread checks.
@Suite("Splitting a document at a named root member")
struct JSONSplitMemberTests {
    static let member = "resource_changes"
    static let oneThread = JSONParser.Options(parallelMinimumSize: .max)
    static let hinted = JSONParser.Options(parallelMinimumSize: 0, splitMember: member)

    /// Where the split is placed in `text` for the hint, if anywhere.
    static func splitOffset(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer {
            SplitPoint.find(member: member, in: $0.baseAddress!, count: $0.count)?.offset
        }
    }

    /// Offset of the first byte of `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        text.utf8.firstRange(of: needle.utf8).map {
            text.utf8.distance(from: text.startIndex, to: $0.lowerBound)
        }
    }

    @Test("the split is placed at the root member's value")
    func placedAtTheValue() throws {
        let text = JSONParallelParsingTests.planLikeDocument(resources: 100)
        let value = try #require(Self.offset(of: #""resource_changes": ["#, in: text))
        #expect(Self.splitOffset(in: text) == value + #""resource_changes": "#.utf8.count)
    }

    /// Documents where the hint is right, where the name first appears deeper than the
    /// root, and where the root has no such member.
    static let documents: [(name: String, text: String)] = [
        ("the member is at the root", JSONParallelParsingTests.planLikeDocument(resources: 100)),
        (
            "the name also appears inside the member's value",
            JSONParallelParsingTests.planLikeDocument(
                resources: 100, inserting: #"{"x": 1, "resource_changes": [1, 2]}"#)
        ),
        ("there is no such member", JSONParallelParsingTests.stateLikeDocument(resources: 100)),
    ]

    @Test("values and offsets are those of one thread", arguments: documents)
    func sameDocument(name: String, text: String) throws {
        try JSONParallelParsingTests.expectParsedAlike(text, split: Self.hinted)
    }

    @Test("a guess at a member deeper than the root is not taken")
    func deeperGuess() throws {
        // The name is written in `planned_values` (after a fifth of the text) before the
        // root member: the search stops there, and the first thread reads on alone.
        let state = JSONParallelParsingTests.stateLikeDocument(resources: 40)
        let text =
            #"{"planned_values": "# + state + #", "deeper": {"a": 1, "resource_changes": [77777]},"#
            + #" "resource_changes": [1, 2, 3], "prior_state": "# + state + "}"
        let guess = try #require(Self.splitOffset(in: text))
        let deeper = try #require(Self.offset(of: "[77777]", in: text))
        #expect(guess == deeper)
        let document = try JSONParser.parse(text, options: Self.hinted)
        #expect(document.root["deeper"]?["resource_changes"] == [77777])
        #expect(document.root["resource_changes"] == [1, 2, 3])
        #expect(document.root == (try JSONParser.parse(text, options: Self.oneThread)).root)
    }

    @Test(
        "an error is reported as one thread reports it",
        arguments: JSONParserRejectionTests.violations)
    func sameErrors(text: String, expectedPosition: String, expectedMessage: String) {
        let document = JSONParallelParsingTests.planLikeDocument(
            resources: 40, inserting: #"{"bad": "# + text + "}")
        let alone = syntaxError(parsing: document, options: Self.oneThread)
        #expect(alone != nil)
        #expect(syntaxError(parsing: document, options: Self.hinted) == alone)
    }

    @Test(
        "names that would need escaping, and roots that are not objects, give no split",
        arguments: [
            (#"{"a": 1}"#, "with \"quote\""), (#"[{"resource_changes": 1}]"#, member),
            (#"{"a": 1}"#, ""),
        ])
    func noSplit(text: String, name: String) {
        let bytes = Array(text.utf8)
        let split = bytes.withUnsafeBufferPointer {
            SplitPoint.find(member: name, in: $0.baseAddress!, count: $0.count)
        }
        #expect(split == nil)
    }
}
