import Testing

@testable import JSONSupport

/// The continuation bytes of a split parse's document are counted once, by the thread
/// that finishes its part first; the first thread's line table gets the same counts
/// either way.
@Suite("Counting a split document's continuation bytes once")
struct SplitResultTests {
    static let text = Array(
        JSONParallelParsingTests.planLikeDocument(resources: 200).replacingOccurrences(
            of: "\n", with: " "
        ).utf8)

    static func result(in buffer: UnsafeBufferPointer<UInt8>) throws -> SplitResult {
        let split = try #require(
            SplitPoint.find(
                member: "resource_changes", in: buffer.baseAddress!, count: buffer.count))
        return SplitResult(split: split)
    }

    @Test("the second thread stops first: the first thread takes its counts")
    func secondCounts() throws {
        try Self.text.withUnsafeBufferPointer { buffer in
            let result = try Self.result(in: buffer)
            result.stop(countingIn: buffer)
            let counts = result.continuationCounts(in: buffer)
            #expect(counts == LineTable.continuationCounts(in: buffer))
            #expect(counts.last ?? 0 > 0)
            result.waitUntilFinished()
        }
    }

    @Test("the first thread asks first: it counts, and the second thread does not")
    func firstCounts() throws {
        try Self.text.withUnsafeBufferPointer { buffer in
            let result = try Self.result(in: buffer)
            let counts = result.continuationCounts(in: buffer)
            result.stop(countingIn: buffer)
            result.waitUntilFinished()
            #expect(counts == LineTable.continuationCounts(in: buffer))
        }
    }
}
