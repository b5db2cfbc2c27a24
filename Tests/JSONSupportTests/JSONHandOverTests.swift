import Foundation
import Testing

@testable import JSONSupport

/// The first thread takes over every part the second thread parsed: a split that is
/// found but never taken would leave the document to one thread, with the same values.
@Suite("Parts the first thread takes over from the second")
struct JSONHandOverTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let options: JSONParser.Options
        let parts: Int
        var testDescription: String { name }
    }

    static let hasTwoCores = ProcessInfo.processInfo.activeProcessorCount >= 2
    static let plan = JSONParallelParsingTests.planLikeDocument(resources: 400)

    static let cases = [
        Case(
            name: "a state: the end of its resources",
            text: JSONParallelParsingTests.stateLikeDocument(resources: 400),
            options: JSONParser.Options(parallelMinimumSize: 0), parts: 1),
        Case(
            name: "a plan: resource_changes", text: plan,
            options: JSONParser.Options(parallelMinimumSize: 0, splitMember: "resource_changes"),
            parts: 1),
        Case(
            name: "a plan read for both views: resource_changes, then the end of prior_state",
            text: plan,
            options: JSONParser.Options(
                parallelMinimumSize: 0, splitMember: "resource_changes",
                splitArrayMember: "prior_state"),
            parts: 2),
        Case(
            name: "a document without a split point",
            text: "[\"\(String(repeating: "x", count: 10_000))\"]",
            options: JSONParser.Options(parallelMinimumSize: 0), parts: 0),
    ]

    @Test(
        "every part found is taken over, and the values are those of one thread", arguments: cases)
    func takenOver(_ example: Case) throws {
        let shared = try JSONParser(options: example.options).parseCountingHandOvers(
            JSONText(Array(example.text.utf8)))
        let alone = try JSONParser.parse(example.text, options: JSONParallelParsingTests.oneThread)
        #expect(shared.partsTakenOver == (Self.hasTwoCores ? example.parts : 0))
        #expect(shared.document.root == alone.root)
        #expect(
            JSONParallelParsingTests.offsets(shared.document.root)
                == JSONParallelParsingTests.offsets(alone.root))
    }
}
