import Foundation
import SnapshotImport

@main
enum VPCReachMain {
    static func main() {
        SnapshotLoader.keepFreedMemoryUntilExit()
        let result = VPCReach.run(Array(CommandLine.arguments.dropFirst()))
        ProgressLine.standardError.erase()
        write(result.standardOutput, to: .standardOutput)
        write(result.standardError, to: .standardError)
        // Exiting with the result still referenced leaves what it keeps to the system.
        withExtendedLifetime(result) { exit(result.exitCode) }
    }

    /// Writes `text` without copying it first: an XL inventory's JSON is 73 MB.
    private static func write(_ text: String, to handle: FileHandle) {
        var text = text
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
            handle.write(
                Data(
                    bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: bytes.count,
                    deallocator: .none))
        }
    }
}
