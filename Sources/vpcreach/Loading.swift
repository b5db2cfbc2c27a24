import NetworkModel
import SnapshotImport

typealias NetworkSnapshotResult = Result<NetworkSnapshot, InputError>

/// Imports the inputs named on the command line.
func load(_ paths: [String], prior: Bool = false) -> NetworkSnapshotResult {
    do {
        return .success(try TerraformImporter.load(paths, view: prior ? .prior : .planned))
    } catch {
        return .failure(error)
    }
}
