import NetworkModel
import Reachability
import Testing

/// Random networks, each asked one question; every answer is checked packet by packet
/// against ``BruteForceEvaluator``, which walks the rules of docs/semantics.md one at a
/// time. A failure names the seed (`RandomNetwork(seed:)` rebuilds the network), the
/// network, the question, the packet, and the smallest network found that still shows
/// the disagreement.
@Suite("Reachability engine agrees with a brute-force evaluator")
struct BruteForcePropertyTests {
    static let batchCount = 40
    static let networksPerBatch = 50
    /// Detailed (shrunk) reports per batch; further failures are only counted.
    static let reportsPerBatch = 2

    @Test("random networks", arguments: 0..<batchCount)
    func randomNetworks(batch: Int) {
        var tally = Tally()
        for index in 0..<Self.networksPerBatch {
            let seed = UInt64(batch * Self.networksPerBatch + index)
            let network = RandomNetwork(seed: seed)
            for (number, question) in network.questions.enumerated() {
                let check = BruteForceCheck(
                    snapshot: network.snapshot, question: question,
                    samplingSeed: seed << 8 | UInt64(number))
                tally.add(check)
                guard !check.problems.isEmpty else { continue }
                tally.failures += 1
                if tally.failures <= Self.reportsPerBatch {
                    Issue.record(Comment(rawValue: Self.report(check, seed: seed)))
                }
            }
        }
        #expect(
            tally.failures == 0,
            "\(tally.failures) of \(tally.questions) questions disagree in batch \(batch): \(tally)"
        )
    }

    /// Judged by the brute force alone (no engine), the random networks must give every
    /// verdict often and let a fair share of packets through, or agreeing says little.
    @Test("random networks give every verdict")
    func spread() {
        var verdicts: [Verdict: Int] = [:]
        var packets = 0
        var passing = 0
        for seed in UInt64(0)..<300 {
            let network = RandomNetwork(seed: seed)
            let evaluator = BruteForceEvaluator(snapshot: network.snapshot)
            for question in network.questions {
                let workloads = network.snapshot.workloads
                guard let source = workloads.first(where: { $0.id.rawValue == question.from }),
                    let destination = workloads.first(where: { $0.id.rawValue == question.to })
                else {
                    Issue.record("seed \(seed): the question's instances are missing")
                    continue
                }
                var random = RandomNetworkGenerator(seed: seed)
                let sample = BruteForcePackets(
                    question: question, source: source, destination: destination,
                    snapshot: network.snapshot, random: &random)
                let passed = sample.packets.filter {
                    evaluator.evaluate($0, from: source, to: destination).passes
                }.count
                packets += sample.packets.count
                passing += passed
                let verdict: Verdict =
                    passed == sample.packets.count
                    ? .reachable : passed == 0 ? .unreachable : .partial
                verdicts[verdict, default: 0] += 1
            }
        }
        let summary = "\(verdicts), \(passing) of \(packets) packets pass"
        for verdict in [Verdict.reachable, .partial, .unreachable] {
            #expect(verdicts[verdict, default: 0] >= 15, "\(verdict) is rare: \(summary)")
        }
        #expect(passing * 10 > packets, "few packets pass: \(summary)")
        #expect(passing * 10 < packets * 9, "few packets fail: \(summary)")
    }

    /// The failure message: the disagreement, the network and question, and a smallest
    /// network still showing it.
    static func report(_ check: BruteForceCheck, seed: UInt64) -> String {
        let first = check.problems[0]
        let shrunk =
            first.packet.map { packet in
                BruteForceShrinker.shrinking(check.snapshot, check.question, packet: packet)
            } ?? BruteForceShrinker.shrinking(check.snapshot, check.question)
        var lines = [
            "seed \(seed): \(RandomNetwork.describe(check.question)) — engine verdict \(check.verdict?.rawValue ?? "none")",
            "\(check.problems.count) problem(s), first: \(first)",
        ]
        lines += check.problems.dropFirst().prefix(4).map { "  also: \($0)" }
        lines += ["network:", RandomNetwork.describe(check.snapshot)]
        let packets = first.packet.map { [$0] }
        let recheck = BruteForceCheck(
            snapshot: shrunk.snapshot, question: shrunk.question, samplingSeed: 0,
            packets: packets)
        lines += [
            "smallest network found still disagreeing, for \(RandomNetwork.describe(shrunk.question)) (engine verdict \(recheck.verdict?.rawValue ?? "none")):",
            RandomNetwork.describe(shrunk.snapshot),
            "there: \(recheck.problems.first.map(\.description) ?? "(no longer disagrees)")",
        ]
        return lines.joined(separator: "\n")
    }

    /// Counts over many checks.
    struct Tally: CustomStringConvertible {
        var questions = 0
        var packets = 0
        var passingPackets = 0
        var failures = 0
        var verdicts: [Verdict: Int] = [:]

        mutating func add(_ check: BruteForceCheck) {
            questions += 1
            packets += check.packetCount
            passingPackets += check.passingCount
            if let verdict = check.verdict { verdicts[verdict, default: 0] += 1 }
        }

        var description: String {
            let spread = [Verdict.reachable, .partial, .unreachable, .unknown].map {
                "\($0.rawValue) \(verdicts[$0, default: 0])"
            }
            return
                "\(questions) questions, \(packets) packets (\(passingPackets) passing); \(spread.joined(separator: ", "))"
        }
    }
}
