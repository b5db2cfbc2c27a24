import Foundation
import Testing

@testable import JSONSupport

/// `Options.splitElements`: the second thread reads a known array's elements from the
/// first one found after the middle by a search, a guess the first thread checks when it
/// gets there.
@Suite("Splitting a document at an element found after the middle")
struct JSONSplitElementsTests {
    static let resources = JSONElementSplit(
        path: ["values", "root_module", "resources"], firstMember: "address",
        unlessValueStartsWith: "module.")
    static let hinted = JSONParser.Options(parallelMinimumSize: 0, splitElements: resources)
    static let hasTwoCores = ProcessInfo.processInfo.activeProcessorCount >= 2

    /// Where the split is placed in `text`, if anywhere.
    static func split(in text: String, _ split: JSONElementSplit = resources) -> SplitPoint? {
        Array(text.utf8).withUnsafeBufferPointer {
            SplitPoint.find(elementsOf: split, in: $0.baseAddress!, count: $0.count)
        }
    }

    /// Parses `text` split as hinted and on one thread: the same values and offsets, and
    /// how many parts the first thread took over.
    static func partsTakenOver(_ text: String) throws -> Int {
        let shared = try JSONParser(options: hinted).parseCountingHandOvers(
            JSONText(Array(text.utf8)))
        let alone = try JSONParser.parse(
            text, options: JSONParser.Options(parallelMinimumSize: .max))
        #expect(shared.document.root == alone.root)
        #expect(
            JSONParallelParsingTests.offsets(shared.document.root)
                == JSONParallelParsingTests.offsets(alone.root))
        return shared.partsTakenOver
    }

    /// A state whose root module holds `count` resources and two child modules holding
    /// `childCount` each, written after them.
    static func stateWithModules(resources count: Int, childResources childCount: Int) -> String {
        func resources(_ address: String, _ count: Int) -> String {
            (0..<count).map {
                #"{"address":"\#(address)[\#($0)]","mode":"managed","values":{"n":\#($0)}}"#
            }.joined(separator: ",")
        }
        let children = ["m", "n"].map {
            #"{"resources":["# + resources("module.\($0).aws_vpc.v", childCount)
                + #"],"address":"module.\#($0)"}"#
        }
        return #"{"format_version":"1.0","values":{"root_module":{"resources":["#
            + resources("aws_vpc.v", count) + #"],"child_modules":["#
            + children.joined(separator: ",") + "]}}}"
    }

    @Test("the split is placed at the first resource written after the middle")
    func placedAtAnElement() throws {
        let text = JSONParallelParsingTests.stateLikeDocument(resources: 100)
        let split = try #require(Self.split(in: text))
        let bytes = Array(text.utf8)
        #expect(split.offset >= bytes.count / 2)
        #expect(bytes[split.offset] == UInt8(ascii: "{"))
        let before = String(decoding: bytes[..<split.offset], as: UTF8.self)
        #expect(before.hasSuffix(",\n"))
        #expect(!before.dropFirst(bytes.count / 2).contains(#"{"address""#))
        let array = try #require(text.utf8.firstRange(of: #""resources": ["#.utf8))
        #expect(
            split.containerOffset
                == text.utf8.distance(from: text.startIndex, to: array.upperBound) - 1)
        #expect(split.containerDepth == 3)
        #expect(try Self.partsTakenOver(text) == (Self.hasTwoCores ? 1 : 0))
    }

    @Test("a middle inside a child module's resources: the structure is looked at instead")
    func childModule() throws {
        let text = Self.stateWithModules(resources: 20, childResources: 400)
        #expect(Self.split(in: text) == nil)
        // The look at the structure splits the child modules, and that is taken over.
        #expect(try Self.partsTakenOver(text) == (Self.hasTwoCores ? 1 : 0))
    }

    @Test("a middle inside the root module's resources of a state with modules")
    func rootModuleWithChild() throws {
        let text = Self.stateWithModules(resources: 400, childResources: 20)
        #expect(Self.split(in: text) != nil)
        #expect(try Self.partsTakenOver(text) == (Self.hasTwoCores ? 1 : 0))
    }

    @Test("an element of a deeper array that starts the same way is not taken")
    func deeperArray() throws {
        // One resource in the middle lists objects that also start with "address": the
        // guess falls among them, three levels deeper, and the first thread reads on.
        let items = (0..<2_000).map { #"{"address":"10.0.0.\#($0 % 250)"}"# }
            .joined(separator: ",")
        let inserted = #"{"address":"aws_eip.e","values":{"items":["# + items + "]}}"
        let text = JSONParallelParsingTests.stateLikeDocument(
            resources: 20, inserting: inserted, at: 10)
        let split = try #require(Self.split(in: text))
        let itemsStart = try #require(text.utf8.firstRange(of: #""items":["#.utf8))
        #expect(split.offset > text.utf8.distance(from: text.startIndex, to: itemsStart.lowerBound))
        #expect(try Self.partsTakenOver(text) == 0)
    }

    @Test("an element of a later array as deep as the first is not taken")
    func laterArray() throws {
        // The elements found are those of `other.a.list`, as deep as the resources and
        // written the same way: the first thread meets that element in another array.
        let elements = (0..<2_000).map { #"{"address":"x\#($0)","n":\#($0)}"# }
            .joined(separator: ",")
        let text =
            #"{"values":{"root_module":{"resources":[{"address":"a"},{"address":"b"}]}},"#
            + #""other":{"a":{"list":["# + elements + "]}}}"
        #expect(Self.split(in: text) != nil)
        #expect(try Self.partsTakenOver(text) == 0)
    }

    @Test(
        "no split unless the array at the path is the first the text opens",
        arguments: [
            // Outputs first: a container closes before the resources open.
            #"{"values":{"outputs":{"o":{"value":"v"}},"root_module":{"resources":["#,
            // A plan: the first array is planned_values' resources.
            #"{"format_version":"1.2","planned_values":{"root_module":{"resources":["#,
            // A name written with an escape.
            #"{"values":{"root_\u006dodule":{"resources":["#,
        ])
    func otherLayouts(start: String) {
        let elements = (0..<200).map { #"{"address":"r\#($0)"}"# }.joined(separator: ",")
        #expect(Self.split(in: start + elements + "]}}}") == nil)
    }

    @Test(
        "no split without an element written after the middle",
        arguments: [
            #"{"values":{"root_module":{"resources":[{"address":"a"}]}}, "pad":"        "}"#,
            #"[{"address":"a"},{"address":"b"},{"address":"c"},{"address":"d"}]"#,
            #"{"a":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{"address":7}]}"#,
        ])
    func noSplit(text: String) {
        #expect(Self.split(in: text) == nil)
    }

    @Test(
        "an error is reported as one thread reports it",
        arguments: JSONParserRejectionTests.violations)
    func sameErrors(text: String, expectedPosition: String, expectedMessage: String) {
        let document = JSONParallelParsingTests.stateLikeDocument(
            resources: 40, inserting: #"{"bad": "# + text + "}", at: 30)
        let alone = syntaxError(
            parsing: document, options: JSONParser.Options(parallelMinimumSize: .max))
        #expect(alone != nil)
        #expect(syntaxError(parsing: document, options: Self.hinted) == alone)
    }
}
