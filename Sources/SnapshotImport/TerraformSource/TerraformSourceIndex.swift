import Foundation

/// Where resources are declared in a directory's Terraform source: the
/// `resource "TYPE" "NAME"` blocks of its `.tf` files (searched recursively, skipping
/// `.terraform/`), so that findings about a plan can point at the `.tf` line rather
/// than at the plan's JSON, which has no source lines.
///
/// A line-based scan, not an HCL parser: a block is found when its header starts a line
/// (`resource "aws_security_group" "mwaa" {`), outside `/* … */` comments and heredocs.
/// Terraform's JSON syntax (`.tf.json`) is not read.
public struct TerraformSourceIndex: Sendable {
    /// The directory as the caller named it; paths of declarations start with it.
    public let directory: String
    /// Every block found, files in path order and blocks in file order.
    public let declarations: [TerraformBlockDeclaration]

    /// An index of declarations already found (for tests, or sources read elsewhere).
    public init(directory: String, declarations: [TerraformBlockDeclaration]) {
        self.directory = directory
        self.declarations = declarations
    }

    /// Reads every `.tf` file under `directory`.
    public init(directory: String) throws(InputError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw InputError(
                file: directory, message: "is not a folder",
                hint: "name the folder that holds the configuration's .tf files")
        }
        var declarations: [TerraformBlockDeclaration] = []
        for relative in Self.terraformFiles(under: directory) {
            let path = Self.joined(directory, relative)
            guard let data = fileManager.contents(atPath: path) else {
                throw InputError(file: path, message: "cannot be read")
            }
            declarations += Self.declarations(in: String(decoding: data, as: UTF8.self), path: path)
        }
        self.init(directory: directory, declarations: declarations)
    }

    /// The `.tf` files under `directory`, relative to it and sorted; `.terraform/`
    /// (downloaded modules and providers) is skipped.
    static func terraformFiles(under directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isDirectoryKey])
        else { return [] }
        let rootComponents = root.standardizedFileURL.pathComponents
        var files: [String] = []
        for case let url as URL in enumerator {
            if url.lastPathComponent == ".terraform" || url.lastPathComponent == ".git" {
                enumerator.skipDescendants()
                continue
            }
            guard url.pathExtension == "tf",
                (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true
            else { continue }
            let components = url.standardizedFileURL.pathComponents
            files.append(components.dropFirst(rootComponents.count).joined(separator: "/"))
        }
        return files.sorted()
    }

    static func joined(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
