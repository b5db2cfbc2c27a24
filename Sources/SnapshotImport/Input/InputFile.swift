import Foundation

/// Reads an input file's bytes, turning every failure into an `InputError`.
enum InputFile {
    /// Inputs larger than this are refused rather than read into memory.
    static let maximumSize = 2 << 30

    static func read(_ path: String) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(
                file: path, message: "no such file",
                hint: "check the path; produce the file with `terraform show -json > plan.json`")
        }
        guard !isDirectory.boolValue else {
            throw InputError(
                file: path, message: "is a folder, not a file",
                hint: "name the JSON file inside it, e.g. \(path)/plan.json")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw InputError(file: path, message: "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maximumSize else {
            throw InputError(
                file: path, message: "is \(data.count) bytes; the limit is \(maximumSize) bytes")
        }
        return [UInt8](data)
    }
}
