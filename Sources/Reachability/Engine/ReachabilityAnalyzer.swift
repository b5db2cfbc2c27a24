import NetworkModel

/// The reachability engine: for every packet of a question at once, which get from the
/// source to the destination and whose replies get back, through security groups,
/// network ACLs and routes — and, for those that do not, where and why.
public struct ReachabilityAnalyzer: Sendable {
    public let snapshot: NetworkSnapshot
    let resolver: EndpointResolver
    let groups: SecurityGroupEvaluator
    let acls = NetworkACLEvaluator()
    let routes: RouteEvaluator

    public init(snapshot: NetworkSnapshot) {
        self.snapshot = snapshot
        resolver = EndpointResolver(snapshot: snapshot)
        groups = SecurityGroupEvaluator(snapshot: snapshot)
        routes = RouteEvaluator(snapshot: snapshot)
    }

    /// One end of a flow.
    enum Side {
        case interface(NetworkInterface)
        case external(name: String, [AddressRange])

        var addresses: [AddressRange] {
            switch self {
            case .interface(let interface): interface.addresses
            case .external(_, let ranges): ranges
            }
        }

        var interface: NetworkInterface? {
            if case .interface(let interface) = self { return interface }
            return nil
        }

        static func sides(_ endpoint: QuestionEndpoint) -> [Side] {
            switch endpoint {
            case .interfaces(_, let interfaces): interfaces.map(Side.interface)
            case .external(let name, let ranges): [.external(name: name, ranges)]
            }
        }
    }

    /// Answers `question`; endpoints that are not in the snapshot are question errors.
    public func answer(_ question: ReachabilityQuestion) throws(QuestionError) -> ReachabilityAnswer
    {
        let from = try resolver.resolve(question.from)
        let to = try resolver.resolve(question.to)
        let traffic = trafficMatch(question, destination: to)
        var trace = Trace()
        var asked = PacketSet.empty
        // Interfaces whose placement or addresses are not known: their packets cannot be
        // asked about, so no verdict is certain.
        var placementUnknowns: [UnknownValue] = []
        for source in Side.sides(from) {
            for destination in Side.sides(to) {
                placementUnknowns +=
                    (source.interface?.unknowns ?? []) + (destination.interface?.unknowns ?? [])
                let packets = PacketSet.between(
                    source.addresses, destination.addresses, traffic: traffic
                )
                .intersection(.clientPorts(question.ephemeralPorts))
                guard !packets.isEmpty else { continue }
                asked = asked.union(packets)
                var flow = Flow(
                    packets: packets, source: source, destination: destination, analyzer: self,
                    trace: trace)
                flow.run()
                trace = flow.trace
            }
        }
        let unknowns =
            placementUnknowns + (trace.passing.lower == trace.passing.upper ? [] : trace.unknowns)
        let verdict: Verdict
        if !placementUnknowns.isEmpty {
            verdict = .unknown
        } else if !asked.isEmpty && trace.passing.lower == asked {
            verdict = .reachable
        } else if trace.passing.upper.isEmpty {
            verdict = .unreachable
        } else if trace.passing.lower == trace.passing.upper {
            verdict = .partial
        } else {
            verdict = .unknown
        }
        let failing = asked.subtracting(trace.passing.upper)
        var answer = ReachabilityAnswer(
            question: question, verdict: verdict, from: from.name, to: to.name, traffic: traffic,
            asked: asked, passing: trace.passing.lower, failing: failing, hops: trace.hops,
            blocking: trace.blocking, unknowns: Self.unique(unknowns), fixes: [])
        answer.fixes = FixWriter(snapshot: snapshot).fixes(for: answer)
        return answer
    }

    /// The traffic a question asks about: its protocol with the given ports, else the
    /// destination's own port, else every port.
    func trafficMatch(_ question: ReachabilityQuestion, destination: QuestionEndpoint)
        -> TrafficMatch
    {
        var ports = question.ports
        if ports == nil, case .interfaces(let name, _) = destination,
            let port = snapshot.workloads.first(where: { $0.id.rawValue == name })?.port,
            let value = UInt16(exactly: port)
        {
            ports = PortRange(value)
        }
        switch question.ipProtocol {
        case .all: return .all
        case .tcp: return .tcp(ports ?? .all)
        case .udp: return .udp(ports ?? .all)
        case .icmp: return .icmp(question.icmp)
        case .icmpv6: return .icmpv6(question.icmp)
        case .number(let number): return .protocolNumber(number)
        }
    }

    static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }
}
