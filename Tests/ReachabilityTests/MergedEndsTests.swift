import NetworkModel
import Reachability
import Testing

/// What `diff` relies on to ask about many ends at once, on random networks: an end that
/// holds more addresses answers the packets of the original pair as the pair's own
/// question does, and when the groups of both ends admit nothing, nothing gets through.
@Suite("Asking about many ends at once answers each pair's packets as the pair does")
struct MergedEndsTests {
    static let seeds: Range<UInt64> = 0..<300

    /// `endpoint` with each interface holding its subnet's whole usable range too, as a
    /// merged end holds the addresses of the others placed alike.
    static func widened(_ endpoint: QuestionEndpoint, in snapshot: NetworkSnapshot)
        -> QuestionEndpoint?
    {
        guard case .interfaces(let name, let interfaces) = endpoint else { return nil }
        let resolver = EndpointResolver(snapshot: snapshot)
        var widened = interfaces
        for position in widened.indices {
            guard let subnet = widened[position].subnet,
                case .interfaces(_, let anywhere) = try? resolver.resolve(subnet.rawValue)
            else { return nil }
            widened[position].addresses += anywhere.flatMap(\.addresses)
        }
        return .interfaces(name: name, widened)
    }

    /// One random network's question, its answer and its resolved ends.
    struct Case {
        var seed: UInt64
        var network: RandomNetwork
        var analyzer: ReachabilityAnalyzer
        var question: ReachabilityQuestion
        var answer: ReachabilityAnswer
        var from: QuestionEndpoint
        var to: QuestionEndpoint
    }

    static func cases() throws -> [Case] {
        try seeds.flatMap { seed in
            let network = RandomNetwork(seed: seed)
            let analyzer = ReachabilityAnalyzer(snapshot: network.snapshot)
            return try network.questions.map { question in
                Case(
                    seed: seed, network: network, analyzer: analyzer, question: question,
                    answer: try analyzer.answer(question),
                    from: try analyzer.resolver.resolve(question.from),
                    to: try analyzer.resolver.resolve(question.to))
            }
        }
    }

    @Test("a widened destination or source: the pair's packets get the pair's answer")
    func widenedEnds() throws {
        var compared = 0
        var passingPairs = 0
        for item in try Self.cases() {
            let own = item.answer
            let widenedTo = try #require(Self.widened(item.to, in: item.network.snapshot))
            let widenedFrom = try #require(Self.widened(item.from, in: item.network.snapshot))
            for (source, destination) in [(item.from, widenedTo), (widenedFrom, item.to)] {
                let merged = item.analyzer.answer(item.question, from: source, to: destination)
                #expect(
                    merged.passing.intersection(own.asked) == own.passing,
                    "seed \(item.seed): \(item.question.from) → \(item.question.to) passes differently"
                )
                #expect(
                    merged.failing.intersection(own.asked) == own.failing,
                    "seed \(item.seed): \(item.question.from) → \(item.question.to) fails differently"
                )
                compared += 1
            }
            if !own.passing.isEmpty { passingPairs += 1 }
        }
        #expect(compared >= 2 * Self.seeds.count)
        #expect(passingPairs * 5 > Self.seeds.count, "few questions let packets through")
    }

    @Test("groups that admit nothing: nothing gets through")
    func groupsBoundWhatGetsThrough() throws {
        var closedByGroups = 0
        var openedByGroups = 0
        for item in try Self.cases() {
            let admitted = item.analyzer.groupsAdmitAnyPacket(
                item.question, from: item.from, to: item.to)
            let joined = item.analyzer.groupsAdmitAnyPacket(
                item.question, from: ReachabilityAnalyzer.joinedByGroups(item.from),
                to: ReachabilityAnalyzer.joinedByGroups(item.to))
            #expect(
                admitted == joined, "seed \(item.seed): joining the interfaces changes the bound")
            if admitted {
                openedByGroups += 1
            } else {
                closedByGroups += 1
                #expect(
                    item.answer.asked.subtracting(item.answer.failing).isEmpty,
                    "seed \(item.seed): packets get through groups said admit nothing")
            }
        }
        #expect(closedByGroups > 10 && openedByGroups > 10, "\(closedByGroups) / \(openedByGroups)")
    }
}
