import NetworkModel
import Reachability

/// One question asked of the engine and checked packet by packet against
/// ``BruteForceEvaluator``.
struct BruteForceCheck {
    /// A disagreement between the engine and the brute force.
    enum Problem: Hashable, CustomStringConvertible {
        /// The engine says `enginePasses` for a packet the brute force decides otherwise.
        case packet(Packet, enginePasses: Bool, bruteForce: String)
        /// `failing` does not hold exactly the asked packets that do not pass.
        case failingSet(Packet, engineFails: Bool, bruteForce: String)
        /// `asked` is not the question's packets.
        case asked(String)
        /// The verdict contradicts the packets.
        case verdict(Verdict, String)
        case engineError(String)

        var description: String {
            switch self {
            case .packet(let packet, let passes, let reason):
                "\(packet): engine says \(passes ? "passes" : "does not pass"), brute force \(reason)"
            case .failingSet(let packet, let fails, let reason):
                "\(packet): `failing` \(fails ? "holds" : "lacks") it, brute force \(reason)"
            case .asked(let text): "asked set: \(text)"
            case .verdict(let verdict, let text): "verdict \(verdict.rawValue): \(text)"
            case .engineError(let text): "the engine threw: \(text)"
            }
        }

        /// The packet a packet-level problem is about.
        var packet: Packet? {
            switch self {
            case .packet(let packet, _, _), .failingSet(let packet, _, _): packet
            default: nil
            }
        }
    }

    let snapshot: NetworkSnapshot
    let question: ReachabilityQuestion
    private(set) var verdict: Verdict?
    private(set) var packetCount = 0
    private(set) var passingCount = 0
    private(set) var problems: [Problem] = []

    /// Asks the engine and checks its answer on `packets`, or on the packets
    /// ``BruteForcePackets`` draws with `samplingSeed` when `packets` is `nil`.
    init(
        snapshot: NetworkSnapshot, question: ReachabilityQuestion, samplingSeed: UInt64,
        packets: [Packet]? = nil
    ) {
        self.snapshot = snapshot
        self.question = question
        let answer: ReachabilityAnswer
        do {
            answer = try ReachabilityAnalyzer(snapshot: snapshot).answer(question)
        } catch {
            problems.append(.engineError("\(error)"))
            return
        }
        verdict = answer.verdict
        guard let source = snapshot.workloads.first(where: { $0.id.rawValue == question.from }),
            let destination = snapshot.workloads.first(where: { $0.id.rawValue == question.to })
        else {
            problems.append(.engineError("the question's instances are not in the snapshot"))
            return
        }
        var random = RandomNetworkGenerator(seed: samplingSeed)
        var sample = BruteForcePackets(
            question: question, source: source, destination: destination, snapshot: snapshot,
            random: &random)
        sample.add([answer.examplePassing, answer.exampleFailing])
        if let packets { sample.packets = packets }
        checkAsked(answer, source: source, destination: destination)
        let evaluator = BruteForceEvaluator(snapshot: snapshot)
        var failingCount = 0
        for packet in sample.packets {
            guard answer.asked.contains(packet) else {
                problems.append(.asked("\(packet) is a packet of the question but not asked"))
                continue
            }
            let expected = evaluator.evaluate(packet, from: source, to: destination)
            packetCount += 1
            if expected.passes { passingCount += 1 } else { failingCount += 1 }
            let passes = answer.passing.contains(packet)
            if passes != expected.passes {
                problems.append(.packet(packet, enginePasses: passes, bruteForce: "\(expected)"))
            }
            let fails = answer.failing.contains(packet)
            if fails == expected.passes {
                problems.append(.failingSet(packet, engineFails: fails, bruteForce: "\(expected)"))
            }
        }
        guard packets == nil else { return }
        checkVerdict(
            answer.verdict, passing: passingCount, failing: failingCount,
            exhaustive: sample.isExhaustive)
    }

    /// Sampling can refute a verdict; when the sample holds a packet of every piece of the
    /// question (see ``BruteForcePackets``), it decides the verdict.
    private mutating func checkVerdict(
        _ verdict: Verdict, passing: Int, failing: Int, exhaustive: Bool
    ) {
        let counts = "\(passing) of \(passing + failing) sampled packets pass"
        if verdict == .unknown {
            problems.append(.verdict(verdict, "nothing in the network is unknown; \(counts)"))
        }
        if passing > 0 && verdict == .unreachable || failing > 0 && verdict == .reachable {
            problems.append(.verdict(verdict, counts))
        }
        guard exhaustive, passing + failing > 0 else { return }
        let expected: Verdict =
            failing == 0 ? .reachable : passing == 0 ? .unreachable : .partial
        if verdict != expected {
            problems.append(
                .verdict(verdict, "\(counts), one in every piece of the question: \(expected)"))
        }
    }

    /// `asked` must be exactly the packets between the instances' addresses with the
    /// question's traffic and client ports.
    private mutating func checkAsked(
        _ answer: ReachabilityAnswer, source: Workload, destination: Workload
    ) {
        let traffic: TrafficMatch
        switch question.ipProtocol {
        case .tcp: traffic = .tcp(question.ports ?? .all)
        case .udp: traffic = .udp(question.ports ?? .all)
        case .icmpv6: traffic = .icmpv6(question.icmp)
        default: traffic = .icmp(question.icmp)
        }
        var expected = PacketSet.empty
        for from in source.privateIPs {
            for to in destination.privateIPs where to.family == from.family {
                let width = from.family.bitWidth
                expected = expected.union(
                    PacketSet(
                        source: CIDR(family: from.family, network: from.value, prefixLength: width),
                        destination: CIDR(
                            family: to.family, network: to.value, prefixLength: width),
                        traffic: traffic, sourcePorts: question.ephemeralPorts))
            }
        }
        if answer.asked != expected {
            problems.append(.asked("expected \(expected), engine asked \(answer.asked)"))
        }
    }
}
