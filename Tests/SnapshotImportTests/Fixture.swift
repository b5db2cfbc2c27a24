import Foundation
import NetworkModel
import SnapshotImport

/// Test inputs: small fixtures beside the tests, and the shared corpus when present.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
            .path
    }

    static func load(_ name: String, view: SnapshotView = .planned) throws -> NetworkSnapshot {
        try TerraformImporter.load([path(name)], view: view)
    }

    /// `../shared/corpus` beside the package root, when it exists.
    static var corpus: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil
    }

    /// Imports a document given as text, as if read from `file`.
    static func importing(_ text: String, file: String = "input.json") throws(InputError)
        -> NetworkSnapshot
    {
        try TerraformImporter.load(bytes: Array(text.utf8), file: file)
    }
}

extension NetworkSnapshot {
    func group(_ id: String) -> SecurityGroup? { securityGroups.first { $0.id.rawValue == id } }
    func acl(_ id: String) -> NetworkACL? { networkACLs.first { $0.id.rawValue == id } }
    func table(_ id: String) -> RouteTable? { routeTables.first { $0.id.rawValue == id } }
    func workload(_ id: String) -> Workload? { workloads.first { $0.id.rawValue == id } }
    func count(_ kind: String) -> Int? { counts.first { $0.kind == kind }?.count }
}
