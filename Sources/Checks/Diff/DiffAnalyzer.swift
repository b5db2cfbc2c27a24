import Dispatch
import NetworkModel
import Reachability
import Synchronization

/// Compares what can reach what before and after a change, exactly, with the engine:
/// every pair of a source — the internet, a workload, or a subnet's address space — and
/// a workload or interface endpoint of the same VPC or peered VPCs, over all traffic;
/// and the `check` findings of both.
public struct DiffAnalyzer: Sendable {
    public let before: NetworkSnapshot
    public let after: NetworkSnapshot
    public let options: CheckOptions

    /// Compares `before` with `after`. When one is a Terraform snapshot and the other
    /// the live account's (AWS CLI output), objects are matched by AWS id.
    public init(
        before: NetworkSnapshot, after: NetworkSnapshot, options: CheckOptions = CheckOptions()
    ) {
        let acrossFormats = before.isLive != after.isLive
        self.before = acrossFormats ? before.namedByAWSID() : before
        self.after = acrossFormats ? after.namedByAWSID() : after
        self.options = options
    }

    public func run() -> ReachabilityDiff { run(screeningPairs: true) }

    /// Without `screeningPairs`, every pair a change may touch is asked about by itself
    /// (``PairScreen`` left out): slower, and the same diff — tests compare the two.
    func run(screeningPairs: Bool) -> ReachabilityDiff {
        let checks = [before, after].map { PreparedCheck(snapshot: $0, options: options) }
        let counts = checks.map(\.environments.count)
        let comparison = Mutex<FlowComparison?>(nil)
        let perEnvironment = Mutex(counts.map { [[Finding]](repeating: [], count: $0) })
        // The comparison of flows runs on one thread while both sides' environments are
        // checked on the others, then on every thread: nothing waits for the slowest part.
        DispatchQueue.concurrentPerform(iterations: 1 + counts[0] + counts[1]) { item in
            guard item > 0 else {
                let compared = compareFlows(screeningPairs: screeningPairs)
                comparison.withLock { $0 = compared }
                return
            }
            let side = item <= counts[0] ? 0 : 1
            let index = item - 1 - (side == 0 ? 0 : counts[0])
            let found = checks[side].findings(ofEnvironment: index)
            perEnvironment.withLock { $0[side][index] = found }
        }
        let found = perEnvironment.withLock { $0 }
        let findingsBefore = checks[0].result(perEnvironment: found[0], baseline: nil).findings
        let findingsAfter = checks[1].result(perEnvironment: found[1], baseline: nil).findings
        let beforeKeys = Set(findingsBefore.map(\.fingerprint))
        let afterKeys = Set(findingsAfter.map(\.fingerprint))
        let compared = comparison.withLock { $0 }!
        return ReachabilityDiff(
            flows: compared.flows,
            introduced: findingsAfter.filter { !beforeKeys.contains($0.fingerprint) },
            resolved: findingsBefore.filter { !afterKeys.contains($0.fingerprint) },
            resources: compared.resources, effectiveAddresses: compared.effectiveAddresses,
            comparedPairs: compared.comparedPairs, beforeInputs: before.inputs.map(\.file),
            afterInputs: after.inputs.map(\.file))
    }

    /// The changed resources and the flows they change.
    private struct FlowComparison: Sendable {
        var resources: [ResourceChange]
        var flows: [FlowChange]
        var effectiveAddresses: Set<String>
        var comparedPairs: Int
    }

    /// Asks both sides' engines about every pair of ends a changed resource may touch.
    private func compareFlows(screeningPairs: Bool) -> FlowComparison {
        let resources = ResourceDiffer.changes(
            before: before, after: after, citingDeclarations: before.isLive == after.isLive)
        let mentions = MentionIndex(addresses: resources.map(\.address))
        let oldSnapshot = Self.withAddressSpaces(before)
        let newSnapshot = Self.withAddressSpaces(after)
        let old = ReachabilityAnalyzer(snapshot: oldSnapshot)
        let new = ReachabilityAnalyzer(snapshot: newSnapshot)
        var dependencies = PathDependencies(
            changes: resources, snapshots: [oldSnapshot, newSnapshot],
            indexes: [old.index, new.index])
        var flows: [FlowChange] = []
        var effective: Set<String> = []
        let ends = ComparedEnds(before: before, after: after, indexes: [old.index, new.index])
        var screen = PairScreen(names: ends.names, old: old, new: new)
        var comparedPairs = 0
        for source in ends.sources {
            for destination in ends.destinations where ends.connects(source, destination) {
                comparedPairs += 1
                guard dependencies.mayChange(source, destination),
                    !screeningPairs
                        || screen.mayDiffer(
                            source.number, destination.number,
                            fromAddressSpace: source.isAddressSpace),
                    let change = change(
                        from: source.name, to: destination.name,
                        fromAddressSpace: source.isAddressSpace, old: old, new: new,
                        mentions: mentions, resources: resources)
                else { continue }
                effective.formUnion(change.causeAddresses)
                flows.append(change.flow)
            }
        }
        return FlowComparison(
            resources: resources, flows: flows, effectiveAddresses: effective,
            comparedPairs: comparedPairs)
    }

    /// How the flow from `from` to `to` changes, asked of each side's engine, with the
    /// changed resources on its path; `nil` when nothing that gets through changes.
    private func change(
        from: String, to: String, fromAddressSpace: Bool, old: ReachabilityAnalyzer,
        new: ReachabilityAnalyzer, mentions: MentionIndex, resources: [ResourceChange]
    ) -> (flow: FlowChange, causeAddresses: [String])? {
        var question = ReachabilityQuestion(from: from, to: to, ipProtocol: .all)
        question.writesFixes = false
        var was = Outcome(try? old.answer(question))
        var now = Outcome(try? new.answer(question))
        if fromAddressSpace {
            // The sources' groups are unknown on both sides: compare what the rest of
            // the path admits.
            was.assumeUpperBound()
            now.assumeUpperBound()
        }
        guard var change = Self.change(from: from, to: to, was, now) else { return nil }
        change.fromAddressSpace = fromAddressSpace
        let mentioned = mentions.mentioned(in: was.mentioned + now.mentioned).union([from, to])
        let causes = mentioned.flatMap { mentions.positions(of: $0) }.sorted().map {
            resources[$0]
        }
        change.causes = causes.map(\.summary)
        return (change, causes.map(\.address))
    }

    /// What one snapshot says of a question: the bounds of what gets through.
    struct Outcome {
        var verdict: Verdict?
        var lower = PacketSet.empty
        var upper = PacketSet.empty
        var asked = PacketSet.empty
        var unknowns: [String] = []
        /// Components and rules on the path, and the rules that block.
        var mentioned: [String] = []

        init(_ answer: ReachabilityAnswer?) {
            guard let answer else { return }
            verdict = answer.verdict
            lower = answer.passing
            upper = answer.asked.subtracting(answer.failing)
            asked = answer.asked
            unknowns = answer.unknowns.map(\.description)
            mentioned =
                answer.hops.map(\.component) + answer.hops.flatMap(\.rules).map(\.address)
                + answer.blocking.map(\.component) + answer.blocking.compactMap(\.rule?.address)
        }

        var isExact: Bool { lower == upper }

        mutating func restrict(to packets: PacketSet) {
            lower = lower.intersection(packets)
            upper = upper.intersection(packets)
        }

        /// Takes what could get through as what does, and says so in the verdict.
        mutating func assumeUpperBound() {
            guard verdict != nil else { return }
            lower = upper
            verdict =
                upper.isEmpty ? .unreachable : upper == asked ? .reachable : .partial
        }
    }

    /// The change of one pair, or `nil` when nothing that gets through changes.
    static func change(from: String, to: String, _ was: Outcome, _ now: Outcome) -> FlowChange? {
        var was = was
        var now = now
        if was.verdict != nil, now.verdict != nil {
            // Packets asked on one side only come from addresses that changed (a subnet's
            // range against an interface's exact address): the resource changes say so.
            let common = was.asked.intersection(now.asked)
            was.restrict(to: common)
            now.restrict(to: common)
        }
        let opened = now.lower.subtracting(was.upper)
        let closed = was.lower.subtracting(now.upper)
        var undecided = PacketSet.empty
        if !was.isExact || !now.isExact {
            let possible = now.upper.subtracting(was.lower).union(was.upper.subtracting(now.lower))
            undecided = possible.subtracting(opened).subtracting(closed)
        }
        guard !opened.isEmpty || !closed.isEmpty || !undecided.isEmpty else { return nil }
        return FlowChange(
            from: from, to: to, before: was.verdict, after: now.verdict, opened: opened,
            closed: closed, undecided: undecided,
            unknowns: undecided.isEmpty ? [] : Array(Set(was.unknowns + now.unknowns)).sorted())
    }

    /// The name of the source standing for a subnet's address space.
    static func addressSpace(of subnet: ObjectID) -> String { "address-space:\(subnet)" }

    /// `snapshot` with one source per subnet standing for its address space: any address
    /// of the subnet, sending anything (its own groups are not known), and carrying no
    /// group that a rule names — what a new or unmanaged interface there could reach.
    static func withAddressSpaces(_ snapshot: NetworkSnapshot) -> NetworkSnapshot {
        var result = snapshot
        for subnet in snapshot.subnets {
            let name = addressSpace(of: subnet.id)
            result.workloads.append(
                Workload(
                    id: ObjectID(name), kind: .networkInterface, name: name,
                    subnets: [.resolved(subnet.id)],
                    securityGroups: [
                        .unresolved(
                            UnresolvedReference(
                                from: name, attribute: "security_groups",
                                target: "whatever groups an interface there carries"))
                    ], hasPublicIP: .known(false), provenance: subnet.provenance))
        }
        return result
    }
}
