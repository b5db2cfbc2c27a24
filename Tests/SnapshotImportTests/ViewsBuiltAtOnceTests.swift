import BenchmarkSupport
import Foundation
import NetworkModel
import SnapshotImport
import Testing

/// `diff plan.json` reads a plan's prior and planned states at once, building the two
/// snapshots on two threads: each must be the snapshot its view gives alone, and an error
/// must be the one the prior state gives alone.
@Suite("A plan's two views built at once")
struct ViewsBuiltAtOnceTests {
    static var paths: [String] {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "examples")
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

    @Test("each view is the snapshot it gives alone", arguments: paths)
    func sameSnapshots(path: String) throws {
        try Self.expectSameViews(path)
    }

    @Test("the generated S plan: 788 resources, 10 of its rules changed")
    func generatedPlan() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-views-\(UUID().uuidString).json")
        try Data(TerraformPlanGenerator(size: .small).generate().plan).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        try Self.expectSameViews(path.path)
    }

    @Test("with errors in both states, the prior state's is reported")
    func priorError() throws {
        func group(fromPort: String) -> String {
            """
            {"address": "aws_security_group.a", "mode": "managed", "type": "aws_security_group",
             "name": "a", "values": {"name": "a", "ingress": [{"protocol": "tcp",
             "from_port": "\(fromPort)", "to_port": 80, "cidr_blocks": ["10.0.0.0/8"]}]}}
            """
        }
        let plan = """
            {"format_version": "1.2", "terraform_version": "1.9.8",
             "planned_values": {"root_module": {"resources": [\(group(fromPort: "planned"))]}},
             "prior_state": {"format_version": "1.0",
                             "values": {"root_module": {"resources": [\(group(fromPort: "prior"))]}}}}
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-views-\(UUID().uuidString).json")
        try Data(plan.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let error = try #require(throws: InputError.self) {
            try SnapshotLoader.load([path.path], views: [.prior, .planned])
        }
        #expect(error.description.contains("`prior` is not a whole number"))
        #expect(!error.description.contains("`planned`"))
    }
}
