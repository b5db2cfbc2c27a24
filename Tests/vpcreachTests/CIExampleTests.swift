import Foundation
import Testing

@testable import vpcreach

/// The CI examples run exactly the commands the README documents: each `vpcreach`
/// command line in them runs, on an example plan, without a usage error.
@Suite("The CI examples")
struct CIExampleTests {
    static let files = ["github-actions.yml", "gitlab-ci.yml"]

    /// The `vpcreach check` and `vpcreach diff` lines of a workflow file, as arguments.
    static func commands(in file: String) throws -> [[String]] {
        let text = try String(
            contentsOfFile: CheckCommandTests.example("ci/\(file)"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            var command = line.trimmingCharacters(in: .whitespaces)
            if command.hasPrefix("- ") { command.removeFirst(2) }
            guard command.hasPrefix("vpcreach check ") || command.hasPrefix("vpcreach diff ")
            else { return nil }
            return command.split(separator: " ").dropFirst().map(String.init)
        }
    }

    @Test("each workflow runs check and diff", arguments: files)
    func runsBoth(file: String) throws {
        let commands = try Self.commands(in: file).map(\.first)
        #expect(commands == ["check", "diff"])
    }

    @Test("each command line runs on an example plan with no usage error", arguments: files)
    func commandsRun(file: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = CheckCommandTests.example("broken-redshift-sg")
        for command in try Self.commands(in: file) {
            var arguments: [String] = []
            var previous = ""
            for argument in command {
                switch (previous, argument) {
                case (_, "plan.json"): arguments.append("\(example)/plan.json")
                case ("--tf-dir", "."): arguments.append(example)
                case ("--output", let name):
                    arguments.append(folder.appendingPathComponent(name).path)
                default: arguments.append(argument)
                }
                previous = argument
            }
            let result = VPCReach.run(arguments)
            #expect(result.exitCode == 1, "\(command): \(result.standardError)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(written.contains("diff.md"))
    }
}
