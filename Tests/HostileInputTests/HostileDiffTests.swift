import BenchmarkSupport
import Checks
import NetworkModel
import SnapshotImport
import Testing

/// `diff` on networks of many workloads placed alike: it once asked the engine about
/// every pair of ends (1,000 → 2,000 interface endpoints took a minute, instances longer);
/// now it asks once per pair of placements and finds the same flows.
/// `vpcreach-bench --repeated N` times it.
@Suite("diff of many workloads placed alike finds each new flow")
struct HostileDiffTests {
    static let count = 300

    static func diff(_ part: RepeatedPart) throws -> ReachabilityDiff {
        func snapshot(_ count: Int) throws -> NetworkSnapshot {
            let generator = RepeatedPartsGenerator(part: part, count: count)
            return try TerraformImporter.load(bytes: generator.generate(), file: "\(count).json")
        }
        return DiffAnalyzer(before: try snapshot(count), after: try snapshot(2 * count)).run()
    }

    @Test(
        "n added beside n: the environment reaches each added one, and nothing else changes",
        arguments: [
            (RepeatedPart.instances, "aws_instance"), (.interfaceEndpoints, "aws_vpc_endpoint"),
        ])
    func added(part: RepeatedPart, type: String) throws {
        let diff = try Self.diff(part)
        #expect(
            diff.flows.map(\.from)
                == Array(repeating: "aws_mwaa_environment.main", count: Self.count))
        #expect(diff.flows.map(\.to) == (Self.count..<2 * Self.count).map { "\(type).part[\($0)]" })
        #expect(diff.flows.allSatisfy { $0.kind == .opened && $0.before == nil })
        // Each flow is caused by its added destination alone.
        #expect(
            diff.flows.allSatisfy { flow in
                flow.causes.count == 1 && flow.causes[0].hasPrefix("\(flow.to) (")
                    && flow.causes[0].hasSuffix(", added)")
            })
    }
}
