import JSONSupport
import Testing

@Suite("Parsing a large document on two threads")
struct JSONParallelParsingTests {
    static let oneThread = JSONParser.Options(parallelMinimumSize: .max)
    static let twoThreads = JSONParser.Options(parallelMinimumSize: 0)

    /// A state-like document: `values.root_module.resources` holds `count` resources,
    /// written over several lines, with escapes and non-ASCII text; `extra` is inserted as
    /// an element `at` three quarters of the list, or where asked.
    static func stateLikeDocument(
        resources count: Int, inserting extra: String = "", at position: Int? = nil
    ) -> String {
        let resources = (0..<count).map { index in
            """
            {"address": "aws_security_group.g[\(index)]", "values": {"name": "g\\u00e9\(index)",
              "ingress": [{"from_port": \(index), "cidr_blocks": ["10.0.0.0/8"], "self": false}],
              "tags": {"Team": "données"}, "n": \(index).5e1}}
            """
        }
        var middle = resources
        middle.insert(extra, at: position ?? count * 3 / 4)
        let list = middle.filter { !$0.isEmpty }.joined(separator: ",\n")
        return """
            {"format_version": "1.0", "values": {"root_module": {"resources": [
            \(list)
            ]}}, "after": {"k": [1, 2]}}
            """
    }

    /// A plan-like document: the middle falls in `resource_changes`, a member of the root
    /// that starts after the first fifth, so the second thread reads that whole member.
    static func planLikeDocument(resources count: Int, inserting extra: String = "") -> String {
        let state = stateLikeDocument(resources: count)
        var changes = (0..<count).map { index in
            #"{"address": "r\#(index)", "change": {"actions": ["update"], "before": {"a": \#(index)},"#
                + "\n" + #" "after": {"a": [\#(index), "\u00e9"]}}}"#
        }
        changes.insert(extra, at: count / 2)
        let list = changes.filter { !$0.isEmpty }.joined(separator: ",\n")
        return #"{"planned_values": "# + state + ",\n" + #""resource_changes": ["# + list
            + "],\n" + #""prior_state": "# + state + "}"
    }

    /// Parses `text` on one thread and as `split` says, expecting the same values and
    /// offsets; both documents, for further comparison.
    @discardableResult
    static func expectParsedAlike(
        _ text: String, split: JSONParser.Options, alone: JSONParser.Options = oneThread,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (alone: JSONDocument, shared: JSONDocument) {
        let aloneDocument = try JSONParser.parse(text, options: alone)
        let shared = try JSONParser.parse(text, options: split)
        #expect(shared.root == aloneDocument.root, sourceLocation: sourceLocation)
        #expect(
            offsets(shared.root) == offsets(aloneDocument.root), sourceLocation: sourceLocation)
        return (aloneDocument, shared)
    }

    /// Every value's offset, in document order, with its kind.
    static func offsets(_ value: JSONValue) -> [String] {
        var result = ["\(value.kindDescription)@\(value.offset)"]
        if let elements = value.array {
            for element in elements { result += offsets(element) }
        } else if let object = value.object {
            for member in object.members {
                result.append("\(member.key)@\(member.keyOffset)")
                result += offsets(member.value)
            }
        }
        return result
    }

    @Test("values, offsets and line numbers are those of one thread", arguments: [2, 3, 40, 400])
    func sameDocument(resources: Int) throws {
        let text = Self.stateLikeDocument(resources: resources)
        let (alone, shared) = try Self.expectParsedAlike(text, split: Self.twoThreads)
        let last = try #require(shared.root["after"]?["k"]?[1])
        #expect(shared.location(of: last) == alone.location(of: last))
        #expect(shared.location(of: last)?.line == 3 * resources + 2)
    }

    @Test("a root member read by the second thread comes out as one thread reads it")
    func sameDocumentSplitAtMember() throws {
        let text = Self.planLikeDocument(resources: 100)
        let (alone, shared) = try Self.expectParsedAlike(text, split: Self.twoThreads)
        let last = try #require(shared.root["prior_state"]?["after"]?["k"]?[1])
        #expect(shared.location(of: last) == alone.location(of: last))
    }

    /// Every value of `value`, in document order.
    static func values(_ value: JSONValue) -> [JSONValue] {
        var result = [value]
        if let elements = value.array {
            for element in elements { result += values(element) }
        } else if let object = value.object {
            for member in object.members { result += values(member.value) }
        }
        return result
    }

    @Test(
        "on one long line of non-ASCII text every column is one thread's, whichever thread counts"
    )
    func sameColumns() throws {
        // One line, as Terraform writes it: a column counts the characters before it.
        let text = Self.planLikeDocument(resources: 300).replacingOccurrences(of: "\n", with: " ")
        let alone = try JSONParser.parse(text, options: Self.oneThread)
        let expected = Self.values(alone.root).map { alone.location(of: $0) }
        #expect(expected.last??.column ?? 0 > 100_000)
        // Whichever thread finishes its part first counts the continuation bytes (both
        // orders are pinned down in SplitResultTests).
        for _ in 0..<5 {
            let shared = try JSONParser.parse(text, options: Self.twoThreads)
            #expect(Self.values(shared.root).map { shared.location(of: $0) } == expected)
        }
    }

    @Test(
        "an error anywhere is reported as one thread reports it",
        arguments: JSONParserRejectionTests.violations)
    func sameErrors(text: String, expectedPosition: String, expectedMessage: String) {
        for resources in [4, 40] {
            for document in [
                Self.stateLikeDocument(resources: resources, inserting: #"{"bad": "# + text + "}"),
                Self.planLikeDocument(resources: resources, inserting: #"{"bad": "# + text + "}"),
            ] {
                let alone = syntaxError(parsing: document, options: Self.oneThread)
                let shared = syntaxError(parsing: document, options: Self.twoThreads)
                #expect(alone != nil)
                #expect(shared == alone)
            }
        }
    }

    @Test("skipped paths are followed into the part the second thread reads")
    func skippedPathsInSecondPart() throws {
        let changes = (0..<200).map {
            #"{"address": "r\#($0)", "change": {"actions": ["update"], "before": {"a": \#($0)}, "after": {"a": 1}}}"#
        }
        let list = #""resource_changes": ["# + changes.joined(separator: ",\n") + "]}"
        // Split in the array; split at the member (which starts after a fifth).
        let filler =
            #"{"planned_values": {"a": ["# + String(repeating: "1,", count: 4000) + "1]},\n"
        for text in ["{" + list, filler + list] {
            let paths = [
                JSONSkippedPath(
                    [.member("resource_changes"), .anyElement, .member("change")], member: "after"),
                JSONSkippedPath(
                    [.member("resource_changes"), .anyElement, .member("change")], member: "before",
                    when: .earlierArray(member: "actions", lacks: "delete")),
            ]
            let shared = try Self.expectParsedAlike(
                text, split: JSONParser.Options(skippedPaths: paths, parallelMinimumSize: 0),
                alone: JSONParser.Options(skippedPaths: paths, parallelMinimumSize: .max)
            ).shared
            #expect(shared.root["resource_changes"]?[199]?["change"] == ["actions": ["update"]])
        }
    }

    @Test("the depth limit holds in the second thread's part")
    func depthLimit() {
        let deep = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        let text = Self.stateLikeDocument(resources: 40, inserting: deep)
        let options = { (size: Int) in
            JSONParser.Options(maximumDepth: 20, parallelMinimumSize: size)
        }
        let alone = syntaxError(parsing: text, options: options(.max))
        #expect(alone?.message.contains("nested more than 20 levels deep") == true)
        #expect(syntaxError(parsing: text, options: options(0)) == alone)
    }
}
