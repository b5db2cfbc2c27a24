import NetworkModel
import Reachability

/// What every rule works with: the snapshot, the engine, the options, and the means to
/// cite resources and turn engine answers into findings.
struct CheckContext {
    let snapshot: NetworkSnapshot
    let options: CheckOptions
    let analyzer: ReachabilityAnalyzer
    let services: ServiceAccessAnalyzer
    let index: NetworkSnapshotIndex
    let resolver: EndpointResolver
    let locator: ResourceLocator
    /// The addresses of the interfaces carrying each group.
    let groupMembers: [ObjectID: [AddressRange]]
    /// Whether each network ACL admits every IPv4 packet, worked out once for all the
    /// environments that see it.
    let admitsEverything = SharedMemo<NetworkACL, Bool>()
    /// Workloads by id (the first with each; endpoints are the service analyzer's), for
    /// questions asked of every resource in an environment's scope.
    private let workloads: [ObjectID: Workload]

    init(snapshot: NetworkSnapshot, options: CheckOptions) {
        self.snapshot = snapshot
        self.options = options
        analyzer = ReachabilityAnalyzer(snapshot: snapshot)
        services = ServiceAccessAnalyzer(analyzer: analyzer)
        // One index for the engine and the rules: building it is linear but not free.
        index = analyzer.index
        resolver = analyzer.resolver
        locator = ResourceLocator(snapshot: snapshot)
        groupMembers = Self.members(of: resolver.allInterfaces())
        workloads = Dictionary(snapshot.workloads.map { ($0.id, $0) }) { first, _ in first }
    }

    /// The addresses of each group's interfaces, in interface order. An owner's
    /// interfaces (one per subnet) carry the same groups, so their addresses are gathered
    /// once and shared by each of those groups rather than copied into each: an endpoint
    /// in 20,000 subnets with 10,000 groups would otherwise hold 200 million ranges.
    private static func members(of interfaces: [NetworkInterface]) -> [ObjectID: [AddressRange]] {
        var members: [ObjectID: [AddressRange]] = [:]
        var start = interfaces.startIndex
        while start < interfaces.endIndex {
            let first = interfaces[start]
            var end = start + 1
            // An owner's interfaces share one group array, which `==` sees without
            // comparing elements.
            while end < interfaces.endIndex, interfaces[end].owner == first.owner,
                interfaces[end].securityGroups == first.securityGroups
            {
                end += 1
            }
            let addresses = interfaces[start..<end].flatMap(\.addresses)
            for group in first.securityGroups.compactMap(\.objectID) {
                if members[group] == nil {
                    members[group] = addresses
                } else {
                    members[group]! += addresses
                }
            }
            start = end
        }
        return members
    }

    /// Whether an interface of the workload or endpoint `id` has, or may have, a public
    /// address (a data store flagged publicly accessible counts).
    func mayHavePublicAddress(_ id: ObjectID) -> Bool {
        if let workload = workloads[id] {
            if workload.publiclyAccessible == true { return true }
            return resolver.interfaces(of: workload).contains {
                $0.hasPublicAddress != .known(false)
            }
        }
        if let endpoint = services.endpoint(id) {
            return resolver.interfaces(of: endpoint).contains {
                $0.hasPublicAddress != .known(false)
            }
        }
        return true
    }

    func finding(
        _ rule: CheckRule, _ message: String, environment: MWAAEnvironment?,
        resources: [FindingResource], evidence: Evidence, fixes: [FindingFix] = []
    ) -> Finding {
        Finding(
            rule: rule.id, severity: rule.severity, message: message,
            environment: environment?.address, resources: resources, evidence: evidence,
            fixes: fixes)
    }

    /// The finding for a check whose answer depends on values the input does not know.
    func unknownFinding(
        _ what: String, because unknowns: [String], environment: MWAAEnvironment?,
        resources: [FindingResource]
    ) -> Finding {
        var finding = self.finding(
            .unknownValue,
            "Cannot tell whether \(what): the answer depends on values the input does not know.",
            environment: environment, resources: resources,
            evidence: Evidence(
                summary: "\(unknowns.count) unknown value\(unknowns.count == 1 ? "" : "s")",
                details: unknowns))
        if options.unknownIsError { finding.severity = .error }
        return finding
    }

    /// Asks the engine; `nil` for a question it cannot answer, with the reason.
    func answer(_ question: ReachabilityQuestion) -> Result<ReachabilityAnswer, QuestionError> {
        Result { () throws(QuestionError) in try analyzer.answer(question) }
    }

    /// Checks a flow that must get through: `nil` when every packet does, else a finding
    /// of `rule` with the blocked hops and the fixes — or an `unknown-value` finding.
    func requireFlow(
        _ rule: CheckRule, _ question: ReachabilityQuestion, what: String,
        environment: MWAAEnvironment?, resources: [FindingResource]
    ) -> Finding? {
        let answer: ReachabilityAnswer
        switch self.answer(question) {
        case .failure(let error):
            return unknownFinding(
                what, because: [error.description], environment: environment,
                resources: resources)
        case .success(let result): answer = result
        }
        switch answer.verdict {
        case .reachable:
            return nil
        case .unknown:
            return unknownFinding(
                what, because: answer.unknowns.map(\.description), environment: environment,
                resources: resources)
        case .partial, .unreachable:
            let how = answer.verdict == .partial ? "only partly gets through" : "is blocked"
            return finding(
                rule, "\(what.prefix(1).uppercased())\(what.dropFirst()) \(how).",
                environment: environment, resources: resources,
                evidence: Evidence(answer: answer),
                fixes: answer.fixes.map { FindingFix(summary: $0.summary, terraform: $0.terraform) }
            )
        }
    }

    /// Checks a flow that must not get through: `nil` when no packet does.
    func forbidFlow(
        _ rule: CheckRule, _ question: ReachabilityQuestion, what: String,
        environment: MWAAEnvironment?, resources: [FindingResource], fix: FindingFix? = nil
    ) -> Finding? {
        var question = question
        question.writesFixes = false
        let answer: ReachabilityAnswer
        switch self.answer(question) {
        case .failure(let error):
            return unknownFinding(
                "\(what) is closed", because: [error.description], environment: environment,
                resources: resources)
        case .success(let result): answer = result
        }
        switch answer.verdict {
        case .unreachable:
            return nil
        case .unknown where answer.passing.isEmpty:
            return unknownFinding(
                "\(what) is closed", because: answer.unknowns.map(\.description),
                environment: environment, resources: resources)
        case .reachable, .partial, .unknown:
            var evidence = Evidence(
                summary:
                    "\(answer.verdict.rawValue.uppercased()): \(answer.from) → \(answer.to), \(answer.traffic)",
                details: Evidence.packetLines("open", answer.passing))
            if let packet = answer.examplePassing {
                evidence.details.append("example packet that gets through: \(packet)")
            }
            for hop in answer.hops where hop.direction == .forward {
                for rule in hop.rules.prefix(3) {
                    evidence.details.append(
                        "\(hop.step.rawValue) \(hop.component): \(rule.summary) [\(rule.location ?? rule.address)]"
                    )
                }
            }
            return finding(
                rule, "\(what.prefix(1).uppercased())\(what.dropFirst()) is open.",
                environment: environment, resources: resources, evidence: evidence,
                fixes: fix.map { [$0] } ?? [])
        }
    }
}
