import Foundation
import JSONSupport
import Testing

@testable import vpcreach

/// `vpcreach check` as CI runs it: exit statuses, formats and files, baselines, mistakes.
@Suite("vpcreach check")
struct CheckCommandTests {
    static func example(_ path: String) -> String {
        CommandLineTests.packageRoot.appendingPathComponent("examples/\(path)").path
    }

    static let good = example("mwaa-private/state.json")
    static let broken = example("broken-redshift-sg/plan.json")

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(
        "the exit status follows --fail-on and --soft-fail",
        arguments: [
            ([good], 0), ([good, "--fail-on", "note"], 1), ([good, "--fail-on", "warning"], 0),
            ([broken], 1), ([broken, "--soft-fail"], 0),
            ([example("broken-open-to-world/plan.json")], 0),
            ([example("broken-open-to-world/plan.json"), "--fail-on", "warning"], 1),
        ] as [([String], Int32)])
    func exitStatus(arguments: [String], status: Int32) {
        let result = VPCReach.run(["check"] + arguments + ["--no-color"])
        #expect(result.exitCode == status, "\(result.standardError)")
    }

    @Test("text output names the rule, the place and the fix")
    func text() {
        let output = VPCReach.run(["check", Self.broken, "--no-color"]).standardOutput
        #expect(output.contains("error: [mwaa-data-store]"))
        #expect(output.contains("referenced_security_group_id = aws_security_group.mwaa.id"))
        #expect(output.hasSuffix("1 error, 1 warning, 10 notes\n"))
        #expect(!output.contains("\u{1B}["))
    }

    @Test("several formats go to their own files; the verdict goes to standard error")
    func severalFormats() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sarif = folder.appendingPathComponent("out.sarif").path
        let markdown = folder.appendingPathComponent("comment.md").path
        let result = VPCReach.run([
            "check", Self.broken, "--format", "sarif", "--output", sarif, "--format", "markdown",
            "--output", markdown, "--tf-dir", Self.example("broken-redshift-sg"),
        ])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "1 error, 1 warning, 10 notes\n")
        let log = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: sarif))))
        let first = log.root["runs"]?[0]?["results"]?[0]
        #expect(first?["ruleId"]?.string == "mwaa-data-store")
        let uri = first?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]?.string
        #expect(uri?.hasSuffix("broken-redshift-sg/main.tf") == true)
        let comment = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(comment.hasPrefix("**vpcreach check: ❌ 1 error, 1 warning, 10 notes**"))
    }

    @Test("a baseline written today suppresses today's findings tomorrow")
    func baseline() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baseline.json").path
        let first = VPCReach.run([
            "check", Self.broken, "--write-baseline", file, "--format", "json",
        ])
        #expect(first.exitCode == 1)
        let second = VPCReach.run(["check", Self.broken, "--baseline", file, "--format", "json"])
        #expect(second.exitCode == 0)
        let summary = try JSONParser.parse(Array(second.standardOutput.utf8)).root["summary"]
        #expect(summary?["total"]?.int == 0)
        #expect(summary?["suppressed"]?.int == 12)
    }

    @Test("intents from a file: the public example's RDS dependency holds")
    func intents() {
        let result = VPCReach.run([
            "check", Self.example("mwaa-public/state.json"), "--intents",
            Self.example("mwaa-public/intents.json"), "--fail-on", "warning",
        ])
        #expect(result.exitCode == 0, "\(result.standardOutput)")
    }

    @Test(
        "mistakes exit 2 with a message naming the place",
        arguments: [
            (["--format", "xml"], "unknown format 'xml'"),
            (["--fail-on", "fatal"], "--fail-on takes error, warning or note"),
            (["--output", "x.sarif"], "each --output needs a --format"),
            (
                ["--format", "json", "--format", "text"],
                "only one format can go to standard output"
            ),
            (["--webserver-clients", "10.0.0.0/33"], "--webserver-clients: '10.0.0.0/33'"),
            (["--unknown", "maybe"], "--unknown takes warn or fail"),
            (
                ["--intents", "/no/such/intents.json"],
                "/no/such/intents.json: error: cannot be read"
            ),
            (["--tf-dir", "/no/such/folder"], "/no/such/folder"),
        ])
    func mistakes(arguments: [String], message: String) {
        let result = VPCReach.run(["check", Self.good] + arguments)
        #expect(result.exitCode == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("a malformed intents file names its line and column")
    func malformedIntents() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("intents.json")
        try Data("{\"require\": [{\"from\": \"internet\"}]}".utf8).write(to: file)
        let result = VPCReach.run(["check", Self.good, "--intents", file.path])
        #expect(result.exitCode == 2)
        #expect(result.standardError.contains("intents.json:1:14: error: at require[0].to"))
    }

    @Test("help lists every option with examples")
    func help() {
        let help = VPCReach.run(["help", "check"]).standardOutput
        for option in CheckCommand.arguments.options.union(CheckCommand.arguments.flags) {
            #expect(help.contains(option), "\(option)")
        }
        #expect(help.contains("vpcreach check examples/mwaa-private/state.json"))
    }
}
