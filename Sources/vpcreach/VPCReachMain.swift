import Foundation

@main
enum VPCReachMain {
    static func main() {
        let result = VPCReach.run(Array(CommandLine.arguments.dropFirst()))
        ProgressLine.standardError.erase()
        FileHandle.standardOutput.write(Data(result.standardOutput.utf8))
        FileHandle.standardError.write(Data(result.standardError.utf8))
        // Exiting with the result still referenced leaves what it keeps to the system.
        withExtendedLifetime(result) { exit(result.exitCode) }
    }
}
