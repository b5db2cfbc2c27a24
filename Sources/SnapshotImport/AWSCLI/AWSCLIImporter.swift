import Foundation
import JSONSupport
import NetworkModel

/// Reads the JSON the AWS CLI prints (`aws ec2 describe-*`, `aws mwaa get-environment`,
/// `aws redshift describe-clusters`, `aws rds describe-db-instances`, `aws iam get-role`,
/// …) into a `NetworkSnapshot`. Each file is recognized by its top-level key, not its name; a folder
/// is searched recursively (Batfish's `ACCOUNT/REGION/` layout works as it is).
public enum AWSCLIImporter {
    /// The top-level keys the importer reads; any other key is listed as unsupported.
    public static var recognizedKeys: [String] { AWSCLIOutputKey.allCases.map(\.rawValue) }

    /// Imports files and folders into one snapshot.
    public static func load(_ paths: [String]) throws(InputError) -> NetworkSnapshot {
        var files: [AWSCLIFile] = []
        for path in paths {
            for file in try jsonFiles(at: path) {
                files.append(try AWSCLIFile.parse(InputFile.read(file), file: file))
            }
        }
        return try AWSCLIModelBuilder(files: files).build()
    }

    /// Imports one file held in memory; `file` names it in messages.
    public static func load(bytes: [UInt8], file: String) throws(InputError) -> NetworkSnapshot {
        try AWSCLIModelBuilder(files: [AWSCLIFile.parse(JSONText(bytes), file: file)]).build()
    }

    /// Imports documents already parsed (the loader reads each file once to recognize it).
    static func load(documents: [(document: JSONDocument, file: String)]) throws(InputError)
        -> NetworkSnapshot
    {
        var files: [AWSCLIFile] = []
        for (document, file) in documents {
            files.append(try AWSCLIFile(document: document, file: file))
        }
        return try AWSCLIModelBuilder(files: files).build()
    }

    /// Whether a parsed document is AWS CLI output: an object whose keys are AWS's
    /// (capitalized, as every AWS CLI output key is) and that has none of Terraform's.
    static func recognizes(_ document: JSONDocument) -> Bool {
        guard let root = document.root.object, !root.isEmpty else { return false }
        if root.keys.contains(where: { recognizedKeys.contains($0) }) { return true }
        return root.keys.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The `.json` files at `path`: the file itself, or every one below a folder, sorted.
    static func jsonFiles(at path: String) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw InputError(file: path, message: "the folder cannot be read")
        }
        var files: [String] = []
        while let name = enumerator.nextObject() as? String {
            guard name.lowercased().hasSuffix(".json"),
                !name.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            files.append(path.hasSuffix("/") ? path + name : "\(path)/\(name)")
        }
        guard !files.isEmpty else {
            throw InputError(
                file: path, message: "the folder holds no .json files",
                hint: "collect a snapshot with examples/aws-cli/export.sh, or name a JSON file")
        }
        return files.sorted()
    }
}
