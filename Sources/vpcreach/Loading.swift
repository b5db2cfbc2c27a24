import NetworkModel
import SnapshotImport

typealias NetworkSnapshotResult = Result<NetworkSnapshot, InputError>

/// Imports the inputs named on the command line: Terraform JSON, or a folder (or files) of
/// AWS CLI output.
func load(_ paths: [String], prior: Bool = false) -> NetworkSnapshotResult {
    ProgressLine.standardError.reading(paths)
    do {
        return .success(try SnapshotLoader.load(paths, view: prior ? .prior : .planned))
    } catch {
        return .failure(error)
    }
}
