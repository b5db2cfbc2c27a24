import Foundation
import Synchronization
import Testing

@testable import vpcreach

/// The status line on standard error: on a terminal and for large inputs only, rewritten
/// in place, and erased before the output.
@Suite("The progress line")
struct ProgressLineTests {
    /// What a line writes, in order.
    final class Written: Sendable {
        let texts = Mutex<[String]>([])
        var all: [String] { texts.withLock { $0 } }
    }

    static func line(isTerminal: Bool) -> (ProgressLine, Written) {
        let written = Written()
        let line = ProgressLine(isTerminal: isTerminal) { text in
            written.texts.withLock { $0.append(text) }
        }
        return (line, written)
    }

    /// A file of `size` bytes, removed by the caller.
    static func file(size: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-progress-\(UUID().uuidString).json"
        ).path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        return path
    }

    @Test("a large input on a terminal: each step replaces the last, and the line is erased")
    func shown() throws {
        let path = try Self.file(size: ProgressLine.minimumInputSize)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (line, written) = Self.line(isTerminal: true)
        line.reading([path])
        line.show("checking 2 MWAA environments")
        line.erase()
        line.erase()
        let name = (path as NSString).lastPathComponent
        #expect(
            written.all == [
                "\r\u{1B}[Kvpcreach: reading \(name) (16.8 MB)…",
                "\r\u{1B}[Kvpcreach: checking 2 MWAA environments…", "\r\u{1B}[K",
            ])
    }

    @Test(
        "nothing for a small input, a missing file or a folder, or when not on a terminal",
        arguments: [
            (ProgressLine.minimumInputSize - 1, true), (ProgressLine.minimumInputSize, false),
        ])
    func hidden(size: Int, isTerminal: Bool) throws {
        let path = try Self.file(size: size)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (line, written) = Self.line(isTerminal: isTerminal)
        line.reading([path, "/no/such/file.json", NSTemporaryDirectory()])
        line.show("checking")
        line.erase()
        #expect(written.all.isEmpty)
    }

    @Test("the inputs' sizes add up")
    func sizesAddUp() throws {
        let half = ProgressLine.minimumInputSize / 2
        let paths = [try Self.file(size: half), try Self.file(size: half)]
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        let (line, written) = Self.line(isTerminal: true)
        line.reading(paths)
        #expect(written.all.count == 1)
    }
}
