import Foundation
import NetworkModel
import SnapshotImport
import Testing

@testable import Checks

/// `diff` asks the engine once per pair of placements — ends on the same subnets with the
/// same groups — and asks pairs one by one only where that merged question finds a
/// change. The diff must be exactly the one that asking every pair gives.
@Suite("Screening pairs by placement changes no diff")
struct PairScreenTests {
    /// Everything a flow change reports, as one line.
    static func line(_ flow: FlowChange) -> String {
        [
            "\(flow.from) → \(flow.to)", flow.verdictChange, flow.fromAddressSpace ? "space" : "",
            "opened \(flow.opened.render())", "closed \(flow.closed.render())",
            "undecided \(flow.undecided.render())", "unknowns \(flow.unknowns)",
            "causes \(flow.causes)",
        ].joined(separator: " | ")
    }

    static func expectSameDiff(_ before: NetworkSnapshot, _ after: NetworkSnapshot) {
        let analyzer = DiffAnalyzer(before: before, after: after)
        let screened = analyzer.run()
        let everyPair = analyzer.run(screeningPairs: false)
        #expect(screened.flows.map(line) == everyPair.flows.map(line))
        #expect(screened.effectiveAddresses == everyPair.effectiveAddresses)
        #expect(screened.comparedPairs == everyPair.comparedPairs)
    }

    static func placements(_ name: String) throws -> NetworkSnapshot {
        try TerraformImporter.load([CheckFixture.fixture("placements-\(name).json").path])
    }

    @Test(
        "instances sharing a subnet and group, one admitted by address, one added, one removed",
        arguments: [false, true])
    func sharedPlacement(reversed: Bool) throws {
        let (before, after) = (try Self.placements("before"), try Self.placements("after"))
        let (from, to) = reversed ? (after, before) : (before, after)
        Self.expectSameDiff(from, to)
        // Flows change only from the two instances the group's rule names in turn, and
        // from the one added and the one removed: merged questions that find nothing for
        // the other instances must not hide these.
        let diff = DiffAnalyzer(before: from, after: to).run()
        let changed = Set(diff.flows.filter { !$0.fromAddressSpace }.map(\.from))
        #expect(
            changed == [
                "aws_instance.app[0]", "aws_instance.app[1]", "aws_instance.app[3]",
                "aws_instance.app[6]",
            ])
        #expect(
            diff.flows.contains {
                $0.from == "aws_instance.app[1]" && $0.to == "aws_instance.app[4]"
                    && $0.kind == (reversed ? .closed : .opened)
            })
    }

    @Test(
        "the examples' plans, both ways",
        arguments: [
            "broken-redshift-sg", "broken-nacl-no-ephemeral", "broken-open-to-world",
            "broken-missing-endpoint", "broken-endpoint-policy",
        ])
    func examplePlans(example: String) throws {
        let (before, after) = try DiffTests.plan(example)
        Self.expectSameDiff(before, after)
        Self.expectSameDiff(after, before)
    }
}
