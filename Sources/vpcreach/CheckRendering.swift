import Checks
import Foundation
import Reports
import SnapshotImport

/// Where `check` output points at: the repository root for relative URIs and, with
/// `--tf-dir`, the `.tf` line of each resource.
struct CheckRendering {
    var repository: RepositoryPaths
    var index: TerraformSourceIndex?

    init(tfDirectory: String?) throws(InputError) {
        let workingDirectory = FileManager.default.currentDirectoryPath
        repository = RepositoryPaths(
            root: ProcessInfo.processInfo.environment["GITHUB_WORKSPACE"],
            workingDirectory: workingDirectory)
        index = try tfDirectory.map { directory throws(InputError) in
            try TerraformSourceIndex(directory: directory)
        }
    }

    func render(_ result: CheckResult, as format: CheckFormat, color: Bool, failOn: Severity)
        -> String
    {
        let index = self.index
        return CheckReport(result: result, toolVersion: VPCReach.version).rendered(
            as: format, color: color, repository: repository,
            locate: { resource in index?.location(ofAddress: resource.address) },
            failingAt: failOn)
    }
}
