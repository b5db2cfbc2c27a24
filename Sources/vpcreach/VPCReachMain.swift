import Foundation
import SnapshotImport

@main
enum VPCReachMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        SnapshotLoader.keepFreedMemoryUntilExit()
        #if os(Linux) && canImport(Glibc)
            HugePageHeap.prepare(
                forInputOfSize: SnapshotLoader.size(of: arguments),
                environment: ProcessInfo.processInfo.environment)
        #endif
        let result = VPCReach.run(arguments)
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
