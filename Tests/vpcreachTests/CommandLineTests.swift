import Foundation
import JSONSupport
import Testing

@testable import vpcreach

@Suite("The command line")
struct CommandLineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = packageRoot.appendingPathComponent(
        "Tests/SnapshotImportTests/Fixtures/state-quirks.json"
    ).path

    @Test(
        "--help, help <command> and --version",
        arguments: [
            ["--help"], ["-h"], ["help"], ["help", "inventory"], ["inventory", "--help"],
            ["--version"],
        ])
    func help(arguments: [String]) {
        let result = VPCReach.run(arguments)
        #expect(result.exitCode == 0)
        #expect(!result.standardOutput.isEmpty && result.standardError.isEmpty)
    }

    @Test("help shows usage, examples and the environment variables read")
    func helpHasExamples() {
        let overview = VPCReach.run(["--help"]).standardOutput
        #expect(overview.contains("EXAMPLES"))
        #expect(overview.contains("NO_COLOR"))
        #expect(overview.contains("VPCREACH_HUGE_PAGES=off"))
        #expect(
            VPCReach.run(["help", "inventory"]).standardOutput.contains(
                "vpcreach inventory examples/mwaa-private/state.json"))
    }

    @Test(
        "usage errors exit with status 2 and say what to run",
        arguments: [
            [], ["frobnicate"], ["help", "frobnicate"], ["inventory"],
            ["inventory", fixture, "--format", "xml"],
            ["inventory", fixture, "--colour"], ["inventory", fixture, "--format"],
        ])
    func usageErrors(arguments: [String]) {
        let result = VPCReach.run(arguments)
        #expect(result.exitCode == 2)
        #expect(!result.standardError.isEmpty && result.standardOutput.isEmpty)
    }

    @Test("inventory prints counts and sections")
    func inventoryText() {
        let result = VPCReach.run(["inventory", Self.fixture])
        #expect(result.exitCode == 0)
        for heading in [
            "Counts", "Security groups (", "Network ACLs (", "Subnets (", "Workloads (",
            "Unresolved references (", "Unknown values (", "Unsupported resource types (",
        ] {
            #expect(result.standardOutput.contains(heading), "missing \(heading)")
        }
        #expect(
            result.standardOutput.contains(
                "aws_subnet.b (subnet-b) 10.0.2.0/24 eu-west-1b in aws_vpc.main"))
        #expect(result.standardOutput.contains("(main table, implicit association)"))
    }

    @Test("inventory --format json is valid JSON with the documented top-level keys")
    func inventoryJSON() throws {
        let result = VPCReach.run(["inventory", Self.fixture, "--format=json"])
        #expect(result.exitCode == 0)
        let document = try JSONParser.parse(Array(result.standardOutput.utf8))
        let keys = document.root.object?.keys ?? []
        #expect(keys.first == "schema")
        for key in [
            "inputs", "counts", "security_groups", "network_acls", "subnets", "workloads",
            "unresolved_references", "unknown_values", "unsupported_resources",
        ] {
            #expect(keys.contains(key), "missing \(key)")
        }
        #expect(document.root["counts"]?["security_group_rules"]?.int == 11)
    }

    @Test("bad input exits with status 2 naming the file")
    func badInput() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-bad-\(UUID()).json")
        try Data("{\"values\": ".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = VPCReach.run(["inventory", file.path])
        #expect(result.exitCode == 2)
        #expect(result.standardError.hasPrefix(file.path + ":1:"))
    }
}

@Suite("What a command leaves to the process's exit")
struct KeptUntilExitTests {
    static let state = CommandLineTests.packageRoot.appendingPathComponent(
        "examples/mwaa-private/state.json"
    ).path

    @Test(
        "commands that import keep their snapshot for the exit, and only for it",
        arguments: [
            ["check", state], ["inventory", state], ["inventory", state, "--format", "json"],
            [
                "why", state, "--from", "aws_mwaa_environment.analytics", "--to",
                "aws_redshift_cluster.main",
            ],
            ["diff", state, state],
        ])
    func keepsSnapshots(arguments: [String]) {
        let result = VPCReach.run(arguments)
        #expect(result.exitCode != 2, "\(result.standardError)")
        #expect(!result.keptUntilExit.isEmpty)
        #expect(VPCReach.run(["--version"]).keptUntilExit.isEmpty)
    }

    @Test("results compare by what they print and their status, not by what they keep")
    func equalityIgnoresKeptValues() {
        var kept = CommandResult.success("same\n", keptUntilExit: ["a snapshot stands in"])
        #expect(kept == .success("same\n"))
        kept.exitCode = 1
        #expect(kept != .success("same\n"))
    }
}
