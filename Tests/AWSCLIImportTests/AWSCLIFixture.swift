import Foundation
import NetworkModel
import SnapshotImport

/// Test inputs: small fixtures beside the tests, the examples, and the shared corpus
/// when present.
enum AWSCLIFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
            .path
    }

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples").appendingPathComponent(name).path
    }

    /// `../shared/corpus/aws-cli` beside the package root, when it exists.
    static var corpus: URL? {
        let folder = packageRoot.deletingLastPathComponent().appendingPathComponent(
            "shared/corpus/aws-cli")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    /// A corpus file or folder, `nil` when the corpus is absent.
    static func corpus(_ relativePath: String) -> String? {
        corpus?.appendingPathComponent(relativePath).path
    }

    /// The names of the corpus's Batfish snapshots; empty without the corpus.
    static var batfishSnapshots: [String] {
        guard let folder = corpus?.appendingPathComponent("batfish"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Imports a document given as text, as if read from `file`.
    static func importing(_ text: String, file: String = "input.json") throws(InputError)
        -> NetworkSnapshot
    {
        try AWSCLIImporter.load(bytes: Array(text.utf8), file: file)
    }
}

extension NetworkSnapshot {
    func count(_ kind: String) -> Int? { counts.first { $0.kind == kind }?.count }
    func workload(_ id: String) -> Workload? { workloads.first { $0.id.rawValue == id } }
}
