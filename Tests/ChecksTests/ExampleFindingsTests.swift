import Checks
import Foundation
import SnapshotImport
import Testing

/// Each example's README names the findings `vpcreach check` must report for it,
/// exactly: the good examples no error or warning, each broken one its own.
@Suite("check reports exactly the findings each example's README names")
struct ExampleFindingsTests {
    static let examplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    static var examples: [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)) ?? []
        return names.sorted().filter { input(of: $0) != nil }
    }

    static func input(of example: String) -> String? {
        ["state.json", "plan.json"].map {
            examplesFolder.appendingPathComponent(example).appendingPathComponent($0).path
        }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// `severity | rule | resource, resource` for each row of the table under the
    /// "## `vpcreach check` findings" heading.
    static func statedFindings(_ readme: String) -> [String]? {
        guard
            let section = readme.components(separatedBy: "## `vpcreach check` findings").dropFirst()
                .first
        else { return nil }
        var rows: [String] = []
        for line in section.split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            let cells = line.split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "")
            }
            guard cells.count == 3, ["error", "warning", "note"].contains(cells[0]) else {
                continue
            }
            rows.append(cells.joined(separator: " | "))
        }
        return rows
    }

    static func row(_ finding: Finding) -> String {
        "\(finding.severity.rawValue) | \(finding.rule) | \(finding.resources.map(\.address).joined(separator: ", "))"
    }

    @Test("the findings are exactly those the README names", arguments: examples)
    func findings(example: String) throws {
        let readme = try String(
            contentsOf: Self.examplesFolder.appendingPathComponent(example)
                .appendingPathComponent("README.md"), encoding: .utf8)
        let stated = try #require(
            Self.statedFindings(readme), "\(example)/README.md has no check findings section")
        let snapshot = try TerraformImporter.load([try #require(Self.input(of: example))])
        let result = CheckRunner(snapshot: snapshot).run()
        #expect(result.findings.map(Self.row).sorted() == stated.sorted())
    }

    @Test("every error and warning of an example comes with a fix", arguments: examples)
    func fixes(example: String) throws {
        let snapshot = try TerraformImporter.load([try #require(Self.input(of: example))])
        for finding in CheckRunner(snapshot: snapshot).run().findings
        where finding.severity != .note {
            #expect(!finding.fixes.isEmpty, "\(Self.row(finding)) has no fix")
        }
    }

    @Test(
        "the good examples pass with no error or warning",
        arguments: ["mwaa-private", "mwaa-public"])
    func goodExamplesPass(example: String) throws {
        let snapshot = try TerraformImporter.load([try #require(Self.input(of: example))])
        let result = CheckRunner(snapshot: snapshot).run()
        #expect(!result.fails(at: .warning), "\(result.findings.map(Self.row))")
    }
}
