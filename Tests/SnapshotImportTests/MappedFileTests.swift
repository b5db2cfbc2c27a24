import BenchmarkSupport
import Foundation
import NetworkModel
import Testing

@testable import JSONSupport
@testable import SnapshotImport

/// Large inputs are mapped rather than read (`MappedFile`): what is imported from them
/// must not change, and a file cut short while mapped must end the run with a message.
@Suite("Large input files mapped into memory")
struct MappedFileTests {
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-mapped-\(UUID().uuidString).json"
        ).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(
        "files from 1 MiB on are mapped, smaller ones read",
        arguments: [
            (MappedFile.minimumSize - 1, false), (MappedFile.minimumSize, true),
        ])
    func mappedFromMinimumSize(size: Int, isMapped: Bool) throws {
        let path = try Self.temporaryFile(
            Array(("[" + String(repeating: " ", count: size - 2) + "]").utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try InputFile.read(path)
        #expect(text.count == size)
        #expect(text.isBorrowed == isMapped)
        #expect(try JSONParser.parse(text).root == [])
    }

    @Test(
        "a mapped plan imports as the same snapshots as its bytes",
        arguments: [
            SnapshotView.planned, .prior,
        ])
    func mappedPlanImportsAlike(view: SnapshotView) throws {
        let plan = TerraformPlanGenerator(size: .small).generate().plan
        #expect(plan.count >= MappedFile.minimumSize)
        let path = try Self.temporaryFile(plan)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try TerraformImporter.load([path], view: view)
        let read = try TerraformImporter.load(bytes: plan, file: path, view: view)
        // Snapshots compare by their descriptions, as in the other import tests.
        #expect(String(describing: mapped) == String(describing: read))
        let loaded = try SnapshotLoader.load([path], views: [view])
        #expect(loaded.map(String.init(describing:)) == [String(describing: read)])
    }

    @Test("a mapped file's syntax error is reported at the same place as its bytes'")
    func mappedErrorAlike() throws {
        var bytes = TerraformPlanGenerator(size: .small).generate().plan
        bytes[bytes.count / 2] = 0xFF  // Not UTF-8, inside a string or out of one.
        let path = try Self.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = #expect(throws: InputError.self) { try TerraformImporter.load([path]) }
        let fromBytes = #expect(throws: InputError.self) {
            try TerraformImporter.load(bytes: bytes, file: path)
        }
        #expect(fromFile?.description == fromBytes?.description)
        #expect(fromFile?.line == 1)
    }

    @Test("a mapped file that gets shorter while it is read ends the run with status 2")
    func truncatedWhileMapped() async throws {
        let result = await #expect(
            processExitsWith: .exitCode(2), observing: [\.standardErrorContent]
        ) {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(
                "vpcreach-truncated-\(UUID().uuidString).json"
            ).path
            let size = 4 * MappedFile.minimumSize
            try Data(repeating: UInt8(ascii: " "), count: size).write(
                to: URL(fileURLWithPath: path))
            let text = try InputFile.read(path)
            // As `terraform show -json > plan.json` run again would: the file is emptied.
            truncate(path, 0)
            unlink(path)
            let last = text.withUnsafeBufferPointer { $0[size - 1] }
            Issue.record("read \(last) from a page that is gone")
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("vpcreach-truncated-"))
        #expect(
            message.contains(
                "got shorter, or could no longer be read, while vpcreach was reading it"))
    }
}
