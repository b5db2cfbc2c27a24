import Foundation
import JSONSupport
import Testing

@testable import vpcreach

/// `vpcreach diff` on the example plans: the flows each README names, the gate, formats.
@Suite("vpcreach diff")
struct DiffCommandTests {
    static let brokenExamples = [
        "broken-endpoint-policy", "broken-missing-endpoint", "broken-nacl-no-ephemeral",
        "broken-open-to-world", "broken-redshift-sg",
    ]

    static func plan(_ name: String) -> String { CheckCommandTests.example("\(name)/plan.json") }

    /// `kind | from | to | verdict | causes` for each row under "## `vpcreach diff`".
    static func statedFlows(_ readme: String) -> [String]? {
        guard let section = readme.components(separatedBy: "## `vpcreach diff`").dropFirst().first
        else { return nil }
        var rows: [String] = []
        for line in section.split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
                .dropLast().map {
                    $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "")
                }
            guard cells.count == 5, ["opened", "closed", "changed", "unknown"].contains(cells[0])
            else { continue }
            rows.append(cells.joined(separator: " | "))
        }
        return rows
    }

    @Test(
        "diff names the flows each broken example's README lists, and who caused them",
        arguments: brokenExamples)
    func flows(example: String) throws {
        let readme = try String(
            contentsOfFile: CheckCommandTests.example("\(example)/README.md"), encoding: .utf8)
        let stated = try #require(Self.statedFlows(readme), "\(example): no diff section")
        let result = VPCReach.run(["diff", Self.plan(example), "--format", "json"])
        let flows =
            try JSONParser.parse(Array(result.standardOutput.utf8)).root["flows"]?.array ?? []
        let found = flows.map { flow in
            let causes = (flow["causes"]?.array ?? []).compactMap(\.string).map {
                String($0.prefix { $0 != " " })
            }
            return [
                flow["kind"]?.string ?? "", flow["from"]?.string ?? "", flow["to"]?.string ?? "",
                "\(flow["before"]?.string ?? "absent") → \(flow["after"]?.string ?? "absent")",
                causes.joined(separator: ", "),
            ].joined(separator: " | ")
        }
        #expect(found.sorted() == stated.sorted())
    }

    @Test(
        "the gate: default new-exposure,new-finding; each condition on its own",
        arguments: [
            (["broken-redshift-sg"], 1), (["broken-redshift-sg", "--fail-on", "new-exposure"], 0),
            (["broken-redshift-sg", "--fail-on", "new-block"], 1),
            (["broken-open-to-world", "--fail-on", "new-exposure"], 1),
            (["broken-open-to-world", "--fail-on", "new-block"], 0),
            (["broken-endpoint-policy", "--fail-on", "new-block,new-exposure"], 0),
            (["broken-endpoint-policy", "--fail-on", "any-change"], 1),
        ] as [([String], Int32)])
    func gate(arguments: [String], status: Int32) {
        let result = VPCReach.run(["diff", Self.plan(arguments[0])] + arguments.dropFirst())
        #expect(result.exitCode == status, "\(result.standardError)")
    }

    @Test("two inputs: the reverse of a plan opens what it closed")
    func twoInputs() {
        let result = VPCReach.run([
            "diff", Self.plan("broken-redshift-sg"),
            CheckCommandTests.example("mwaa-private/state.json"),
            "--fail-on", "any-change",
        ])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.hasPrefix("vpcreach diff: 0 flows closed, 1 opened"))
        #expect(result.standardOutput.contains("unreachable → partial"))
    }

    @Test("markdown is a pull-request comment: verdict line, tables, collapsed details")
    func markdown() {
        let output = VPCReach.run(["diff", Self.plan("broken-redshift-sg"), "--format", "markdown"])
            .standardOutput
        #expect(output.hasPrefix("**vpcreach diff: ❌ 1 flow closed"))
        #expect(output.contains("#### Flows closed"))
        #expect(output.contains("#### New findings"))
        #expect(output.contains("<details><summary>Changed network resources (1)</summary>"))
    }

    @Test("sarif holds the findings the change introduces, and only those")
    func sarif() throws {
        let output = VPCReach.run([
            "diff", Self.plan("broken-missing-endpoint"), "--format", "sarif",
        ])
        .standardOutput
        let log = try JSONParser.parse(Array(output.utf8)).root
        let rules = (log["runs"]?[0]?["results"]?.array ?? []).compactMap { $0["ruleId"]?.string }
        #expect(rules.sorted() == ["mwaa-service-path", "mwaa-vpc-endpoints"])
    }

    @Test(
        "mistakes exit 2",
        arguments: [
            ([CheckCommandTests.example("mwaa-private/state.json")], "is not a saved plan"),
            ([], "name one saved plan"),
            (["a", "b", "c"], "name one saved plan"),
            (
                [plan("broken-redshift-sg"), "--fail-on", "new-stuff"],
                "--fail-on takes new-exposure"
            ),
            ([plan("broken-redshift-sg"), "--format", "sarif2"], "unknown format 'sarif2'"),
            (["/no/such/plan.json"], "/no/such/plan.json"),
        ] as [([String], String)])
    func mistakes(arguments: [String], message: String) {
        let result = VPCReach.run(["diff"] + arguments)
        #expect(result.exitCode == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}
