import BenchmarkSupport
import Foundation
import NetworkModel
import SnapshotImport
import Testing

/// `diff` imports what it compares at once, one snapshot on each core: a plan's prior and
/// planned states, or two inputs. Each must be the snapshot it gives alone, and an error
/// the one the first gives alone.
@Suite("Snapshots imported at once, one on each core")
struct ImportedAtOnceTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "examples")

    static var paths: [String] {
        var paths = ["plan-first-create.json", "state-quirks.json"].map(Fixture.path)
        for example in (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [] {
            for file in ["plan.json", "state.json"] {
                let path = examples.appendingPathComponent(example).appendingPathComponent(file)
                if FileManager.default.fileExists(atPath: path.path) { paths.append(path.path) }
            }
        }
        return paths.sorted() + CorpusTests.terraformFiles
    }

    static func expectSameViews(_ path: String) throws {
        let atOnce = try SnapshotLoader.load([path], views: [.prior, .planned])
        let alone = try [SnapshotView.prior, .planned].map { view in
            try TerraformImporter.load([path], view: view)
        }
        #expect(atOnce.map(String.init(describing:)) == alone.map(String.init(describing:)))
    }

    /// Writes `text` to a new temporary file, returning its path.
    static func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-at-once-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: path)
        return path.path
    }

    @Test("each view is the snapshot it gives alone", arguments: paths)
    func sameSnapshots(path: String) throws {
        try Self.expectSameViews(path)
    }

    @Test("the generated S plan: 788 resources, 10 of its rules changed")
    func generatedPlan() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-at-once-\(UUID().uuidString).json")
        try Data(TerraformPlanGenerator(size: .small).generate().plan).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        try Self.expectSameViews(path.path)
    }

    static func group(fromPort: String) -> String {
        """
        {"address": "aws_security_group.a", "mode": "managed", "type": "aws_security_group",
         "name": "a", "values": {"name": "a", "ingress": [{"protocol": "tcp",
         "from_port": "\(fromPort)", "to_port": 80, "cidr_blocks": ["10.0.0.0/8"]}]}}
        """
    }

    @Test("with errors in both of a plan's states, the prior state's is reported")
    func priorError() throws {
        let path = try Self.temporaryFile(
            """
            {"format_version": "1.2", "terraform_version": "1.9.8",
             "planned_values": {"root_module": {"resources": [\(Self.group(fromPort: "planned"))]}},
             "prior_state": {"format_version": "1.0",
                             "values": {"root_module": {"resources": [\(Self.group(fromPort: "prior"))]}}}}
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: InputError.self) {
            try SnapshotLoader.load([path], views: [.prior, .planned])
        }
        #expect(error.description.contains("`prior` is not a whole number"))
        #expect(!error.description.contains("`planned`"))
    }

    @Test(
        "each input is the snapshot it gives alone",
        arguments: [
            ["mwaa-private/state.json", "mwaa-private-aws-cli"],
            ["mwaa-public/state.json", "broken-redshift-sg/plan.json", "mwaa-private/state.json"],
        ])
    func sameInputs(names: [String]) throws {
        let paths = names.map { Self.examples.appendingPathComponent($0).path }
        let atOnce = try SnapshotLoader.load(each: paths.map { [$0] })
        let alone = try paths.map { path in try SnapshotLoader.load([path]) }
        #expect(atOnce.map(String.init(describing:)) == alone.map(String.init(describing:)))
    }

    @Test("with errors in two inputs, the first's is reported")
    func firstInputError() throws {
        func state(fromPort: String) -> String {
            """
            {"format_version": "1.0", "terraform_version": "1.9.8",
             "values": {"root_module": {"resources": [\(Self.group(fromPort: fromPort))]}}}
            """
        }
        let paths = [
            try Self.temporaryFile(state(fromPort: "first")),
            try Self.temporaryFile(state(fromPort: "second")),
        ]
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        let error = try #require(throws: InputError.self) {
            try SnapshotLoader.load(each: paths.map { [$0] })
        }
        #expect(error.description.contains("`first` is not a whole number"))
        #expect(error.description.hasPrefix(paths[0]))
    }
}
