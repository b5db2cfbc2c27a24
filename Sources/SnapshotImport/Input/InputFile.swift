import Foundation
import JSONSupport

/// Reads an input file's bytes, turning every failure into an `InputError`.
enum InputFile {
    /// Inputs larger than this are refused rather than read into memory.
    static let maximumSize = 2 << 30

    /// The whole file: mapped when it is large (see ``MappedFile``), else read straight
    /// into one array (no intermediate `Data`, which cost a copy of every byte); pipes and
    /// other files without a size are read to their end.
    static func read(_ path: String) throws(InputError) -> JSONText {
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
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw readError(path) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            let size = Int(status.st_size)
            guard size <= maximumSize else { throw tooLarge(path, size) }
            if size >= MappedFile.minimumSize,
                let mapped = MappedFile(descriptor: descriptor, size: size, path: path)
            {
                return mapped.text
            }
            var failed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                // A file that shrinks while being read yields what it still has.
                while initialized < size {
                    let count = readSome(descriptor, into: buffer, from: initialized)
                    if count <= 0 {
                        failed = count < 0
                        break
                    }
                    initialized += count
                }
            }
            if failed { throw readError(path) }
            return JSONText(bytes)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer {
                readSome(descriptor, into: $0, from: 0)
            }
            if count < 0 { throw readError(path) }
            if count == 0 { return JSONText(bytes) }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= maximumSize else { throw tooLarge(path, bytes.count) }
        }
    }

    /// One `read(2)` into `buffer` from `offset` on, retried when interrupted: the count
    /// read, 0 at the end of the file, -1 on an error (in `errno`).
    private static func readSome(
        _ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, from offset: Int
    ) -> Int {
        while true {
            let count = Foundation.read(
                descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count >= 0 || errno != EINTR { return count }
        }
    }

    private static func readError(_ path: String) -> InputError {
        let reason = String(cString: strerror(errno))
        return InputError(file: path, message: "cannot be read: \(reason)")
    }

    private static func tooLarge(_ path: String, _ size: Int) -> InputError {
        InputError(file: path, message: "is \(size) bytes; the limit is \(maximumSize) bytes")
    }
}
