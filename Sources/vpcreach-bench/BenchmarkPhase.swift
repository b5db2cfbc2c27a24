import Checks
import JSONSupport
import NetworkModel
import Reachability
import SnapshotImport

/// One measured step of the benchmark. Phases run in order on one ``BenchmarkRun``;
/// a phase may use what an earlier one stored (the snapshot, the analyzer).
struct BenchmarkPhase: Sendable {
    let name: String
    /// Whether its time is reported as throughput over the input.
    let reportsThroughput: Bool
    /// Runs the phase; returns a short note for the table (counts, the verdict).
    let run: @Sendable (inout BenchmarkRun) throws -> String
    /// Set for phases that cannot run yet: the table shows the reason instead.
    var pendingReason: String? = nil

    /// The phases, in order. To add one (`check`, `diff`), append it here.
    static let all: [BenchmarkPhase] = [
        BenchmarkPhase(name: "parse JSON, one thread", reportsThroughput: true) { run in
            let options = JSONParser.Options(parallelMinimumSize: .max)
            let document = try JSONParser.parse(run.input, options: options)
            return "every value built; root has \(document.root.object?.count ?? 0) members"
        },
        BenchmarkPhase(name: "parse JSON", reportsThroughput: true) { run in
            let document = try JSONParser.parse(run.input)
            return "every value built, on two threads from 4 MB"
        },
        BenchmarkPhase(name: "import", reportsThroughput: true) { run in
            let snapshot = try TerraformImporter.load(bytes: run.input, file: run.inputName)
            run.snapshot = snapshot
            let rules = snapshot.securityGroups.reduce(0) {
                $0 + $1.ingress.count + $1.egress.count
            }
            return
                "\(snapshot.securityGroups.count) groups, \(rules) rules, \(snapshot.networkACLs.count) NACLs, \(snapshot.subnets.count) subnets, \(snapshot.vpcEndpoints.count) endpoints"
        },
        BenchmarkPhase(name: "engine setup", reportsThroughput: false) { run in
            guard let snapshot = run.snapshot else { return "no snapshot" }
            run.analyzer = ReachabilityAnalyzer(snapshot: snapshot)
            return ""
        },
        BenchmarkPhase(name: "why", reportsThroughput: false) { run in
            guard let analyzer = run.analyzer else { return "no analyzer" }
            guard let from = run.whyFrom, let to = run.whyTo else { return "no question" }
            let answer = try analyzer.answer(
                ReachabilityQuestion(from: from, to: to, ports: run.whyPort.map { PortRange($0) }))
            return "\(from) → \(to): \(answer.verdict)"
        },
        BenchmarkPhase(name: "check", reportsThroughput: false) { run in
            guard let snapshot = run.snapshot else { return "no snapshot" }
            let result = CheckRunner(snapshot: snapshot).run()
            return
                "\(result.environments.count) environments: \(result.count(.error)) errors, \(result.count(.warning)) warnings, \(result.count(.note)) notes"
        },
        BenchmarkPhase(name: "diff (1% of rules)", reportsThroughput: false) { run in
            guard let after = run.snapshot, run.isPlan else { return "plans only" }
            // Includes importing the plan's prior state; the planned state is imported above.
            let before = try TerraformImporter.load(
                bytes: run.input, file: run.inputName, view: .prior)
            let diff = DiffAnalyzer(before: before, after: after).run()
            return
                "\(diff.resources.count) resources changed, \(diff.flows.count) flows changed, \(diff.introduced.count) findings introduced"
        },
    ]
}
