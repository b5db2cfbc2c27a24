import Foundation
import JSONSupport
import NetworkModel
import Synchronization

/// Imports whatever the user names: Terraform JSON goes to `TerraformImporter`; folders
/// and files of AWS CLI output go to `AWSCLIImporter`. Several inputs of one kind make one
/// snapshot, as several Terraform files do.
public enum SnapshotLoader {
    /// Imports `paths`. `view` picks a Terraform plan's planned or prior state; an AWS CLI
    /// snapshot has only the one picture it was taken of.
    public static func load(_ paths: [String], view: SnapshotView = .planned) throws(InputError)
        -> NetworkSnapshot
    {
        try load(paths, views: [view])[0]
    }

    /// For a program that exits once its command is done, as the CLI does: what imports
    /// would free on another thread afterwards (the parsed documents, the builder's
    /// indices) is kept until the process exits. Freeing it competes with the analysis
    /// for the cores; exiting returns it at once. Libraries and tests leave this off.
    public static func keepFreedMemoryUntilExit() {
        BackgroundRelease.keepsUntilExit.store(true, ordering: .relaxed)
    }

    /// Waits until what earlier imports handed to another thread to free has been freed.
    /// A benchmark calls this between the steps it times, so that one step's freeing is
    /// not counted in the next one's time.
    public static func waitForFreedMemory() {
        BackgroundRelease.waitUntilFreed()
    }

    /// Inputs larger than this together are imported one after the other by
    /// ``load(each:view:)``: at once, their peak memory adds up (two XL states of 72 MB:
    /// 830 MB instead of 490 MB).
    public static let atOnceMaximumSize = 256 << 20

    /// Imports each of `inputs` (a list of paths) into its own snapshot, all at once on
    /// a machine with several cores when they hold at most ``atOnceMaximumSize`` bytes
    /// together: two XL states to compare took 5.7 s instead of 7.8 s, as one import
    /// after the other left a core idle in its one-thread steps. The first input's error
    /// is the one reported.
    public static func load(each inputs: [[String]], view: SnapshotView = .planned)
        throws(InputError) -> [NetworkSnapshot]
    {
        return try each(inputs.count, atOnce: size(of: Array(inputs.joined())) <= atOnceMaximumSize)
        {
            index, _ throws(InputError) in try load(inputs[index], view: view)
        }
    }

    /// The bytes of the files among `paths`; a folder (AWS CLI output, which is small) or
    /// a path that cannot be read counts 0.
    public static func size(of paths: [String]) -> Int {
        paths.reduce(0) { total, path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { return total }
            return total + (attributes?[.size] as? Int ?? 0)
        }
    }

    /// Imports `paths` once for each of `views` (a plan's prior and planned states),
    /// reading and parsing every file only once.
    public static func load(_ paths: [String], views: [SnapshotView]) throws(InputError)
        -> [NetworkSnapshot]
    {
        var terraform: [(bytes: JSONText, document: JSONDocument, file: String)] = []
        var unparsed: [String] = []
        var awsCLI: [(document: JSONDocument, file: String)] = []
        let options = TerraformDocument.parserOptions(for: views)
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                for file in try AWSCLIImporter.jsonFiles(at: path) {
                    let bytes = try InputFile.read(file)
                    guard let document = try? JSONParser.parse(bytes) else {
                        // Let the AWS CLI reader report the syntax error with its place.
                        _ = try AWSCLIFile.parse(bytes, file: file)
                        continue
                    }
                    awsCLI.append((document, file))
                }
                continue
            }
            let bytes = try InputFile.read(path)
            if let document = try? JSONParser.parse(bytes, options: options) {
                if AWSCLIImporter.recognizes(document) {
                    awsCLI.append((document, path))
                } else {
                    terraform.append((bytes, document, path))
                }
            } else {
                // Not JSON: the Terraform reader says why, with the place.
                unparsed.append(path)
            }
        }
        if let path = unparsed.first {
            return [try TerraformImporter.load([path], view: views.first ?? .planned)]
        }
        if !terraform.isEmpty && !awsCLI.isEmpty {
            throw InputError(
                file: awsCLI[0].file,
                message:
                    "is AWS CLI output, but \(terraform[0].file) is Terraform JSON: one snapshot is read from one kind of input",
                hint: "give the Terraform files and the AWS CLI snapshot to separate commands")
        }
        if !awsCLI.isEmpty {
            let snapshot = try AWSCLIImporter.load(documents: awsCLI)
            BackgroundRelease.release(consume awsCLI)
            return views.map { _ in snapshot }
        }
        let snapshots = try build(views, of: terraform)
        BackgroundRelease.release(consume terraform)
        return snapshots
    }

    /// Builds a snapshot of each view. Two views (a plan's prior and planned states) are
    /// built at once, each builder on one thread: this takes less time than building
    /// them one after the other with two threads each, whose one-thread steps leave a
    /// core idle.
    private static func build(
        _ views: [SnapshotView],
        of terraform: [(bytes: JSONText, document: JSONDocument, file: String)]
    ) throws(InputError) -> [NetworkSnapshot] {
        try each(views.count, atOnce: true) { index, atOnce throws(InputError) in
            try TerraformImporter.load(
                parsed: terraform, view: views[index], usingSecondThread: atOnce ? false : nil)
        }
    }

    /// `make(index, atOnce)` for each index, in order: at once, one on each core, when
    /// `atOnce` and the machine has several cores. The first index's error is thrown,
    /// as it would be one after the other.
    private static func each(
        _ count: Int, atOnce: Bool,
        _ make: @Sendable (_ index: Int, _ atOnce: Bool) throws(InputError) -> NetworkSnapshot
    ) throws(InputError) -> [NetworkSnapshot] {
        guard atOnce, count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            var snapshots: [NetworkSnapshot] = []
            for index in 0..<count { snapshots.append(try make(index, false)) }
            return snapshots
        }
        let results = Mutex([Result<NetworkSnapshot, InputError>?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = Result { () throws(InputError) in try make(index, true) }
            results.withLock { $0[index] = result }
        }
        return try results.withLock { $0 }.map { result throws(InputError) in try result!.get() }
    }
}
