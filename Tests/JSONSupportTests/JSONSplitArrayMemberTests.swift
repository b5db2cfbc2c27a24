import Testing

@testable import JSONSupport

/// `Options.splitArrayMember`: after the root member it reads, the second thread reads
/// the second half of a later member's outermost array (a plan's `prior_state`), and
/// the first thread takes both parts over where they begin.
@Suite("Splitting a plan at a root member and again in a later one")
struct JSONSplitArrayMemberTests {
    static let oneThread = JSONParser.Options(parallelMinimumSize: .max)
    static let twoParts = JSONParser.Options(
        parallelMinimumSize: 0, splitMember: "resource_changes", splitArrayMember: "prior_state")

    /// A plan whose `prior_state` is a state of `count` resources with `extra` inserted
    /// among them at `position`, and a `configuration` after it.
    static func plan(
        resources count: Int, inserting extra: String = "", at position: Int? = nil,
        configuration: String = #"{"root_module": {}}"#
    ) -> String {
        let planned = JSONParallelParsingTests.stateLikeDocument(resources: count)
        let prior = JSONParallelParsingTests.stateLikeDocument(
            resources: count, inserting: extra, at: position)
        let changes = (0..<count).map { #"{"address": "r\#($0)", "change": {"before": null}}"# }
        return #"{"planned_values": "# + planned + ",\n"
            + #""resource_changes": ["# + changes.joined(separator: ",\n") + "],\n"
            + #""prior_state": "# + prior + ",\n" + #""configuration": "# + configuration + "}"
    }

    static func splits(in text: String) -> [SplitPoint] {
        Array(text.utf8).withUnsafeBufferPointer { buffer -> [SplitPoint] in
            let base = buffer.baseAddress!
            guard
                let first = SplitPoint.find(
                    member: "resource_changes", in: base, count: buffer.count)
            else { return [] }
            let later = SplitPoint.find(
                arrayIn: "prior_state", after: first.offset, in: base, count: buffer.count)
            return [first] + (later.map { [$0] } ?? [])
        }
    }

    @Test("the second part starts at an element of prior_state's resources, after its middle")
    func placedInThePriorState() throws {
        let text = Self.plan(resources: 40)
        let splits = Self.splits(in: text)
        try #require(splits.count == 2)
        let later = splits[1]
        #expect(later.memberName == nil)
        #expect(later.containerDepth == 4)
        #expect(later.path == ["prior_state", "values", "root_module", "resources"])
        let bytes = Array(text.utf8)
        let prior = try #require(text.utf8.firstRange(of: #""prior_state": "#.utf8))
        let priorStart = text.utf8.distance(from: text.startIndex, to: prior.upperBound)
        #expect(later.offset > priorStart + (bytes.count - priorStart) / 2)
        #expect(bytes[later.offset...].starts(with: #"{"address": "aws_security_group.g["#.utf8))
    }

    static let documents: [(name: String, text: String)] = [
        ("a plan of 2 resources", plan(resources: 2)),
        ("a plan of 40 resources", plan(resources: 40)),
        ("a plan of 400 resources", plan(resources: 400)),
        (
            "the later name also written in the configuration, after the member",
            plan(resources: 40, configuration: #"{"prior_state": [1, 2, 3, 4, 5, 6, 7, 8]}"#)
        ),
        (
            "the later name written only in the configuration",
            plan(resources: 40).replacingOccurrences(of: #""prior_state": "#, with: #""prior": "#)
                .replacingOccurrences(
                    of: #"{"root_module": {}}"#, with: #"{"prior_state": [1, 2]}"#)
        ),
        ("no later member", JSONParallelParsingTests.planLikeDocument(resources: 40)),
    ]

    @Test("values, offsets and lines are those of one thread", arguments: documents)
    func sameDocument(name: String, text: String) throws {
        let (alone, shared) = try JSONParallelParsingTests.expectParsedAlike(
            text, split: Self.twoParts)
        let last = try #require(shared.root.object?.members.last?.value)
        #expect(shared.location(of: last) == alone.location(of: last))
    }

    @Test(
        "an error in the first thread's half of prior_state, or in the second's, is reported as one thread reports it",
        arguments: JSONParserRejectionTests.violations.map(\.text), [10, 30])
    func sameErrors(text: String, position: Int) {
        let document = Self.plan(resources: 40, inserting: #"{"bad": "# + text + "}", at: position)
        let alone = syntaxError(parsing: document, options: Self.oneThread)
        #expect(alone != nil)
        #expect(syntaxError(parsing: document, options: Self.twoParts) == alone)
    }

    @Test("a name repeated in an object around the second part, after it, is found")
    func duplicateAcrossHalves() {
        let text = Self.plan(resources: 40).replacingOccurrences(
            of: #"]}}, "after": {"k": [1, 2]}},"# + "\n" + #""configuration""#,
            with: #"]}, "root_module": 1}, "after": {"k": [1, 2]}},"# + "\n" + #""configuration""#)
        let alone = syntaxError(parsing: text, options: Self.oneThread)
        #expect(alone?.message.contains("root_module") == true)
        #expect(syntaxError(parsing: text, options: Self.twoParts) == alone)
    }
}
