import NetworkModel

/// The reachability engine: for every packet of a question at once, which get from the
/// source to the destination and whose replies get back, through security groups,
/// network ACLs and routes — and, for those that do not, where and why.
public struct ReachabilityAnalyzer: Sendable {
    public let snapshot: NetworkSnapshot
    /// The snapshot's look-ups, for callers that ask questions of their own too.
    public let index: NetworkSnapshotIndex
    /// What `--from` and `--to` mean in this snapshot, sharing ``index``.
    public let resolver: EndpointResolver
    let groups: SecurityGroupEvaluator
    let acls = NetworkACLEvaluator()
    let routes: RouteEvaluator

    public init(snapshot: NetworkSnapshot) {
        self.snapshot = snapshot
        index = NetworkSnapshotIndex(snapshot)
        resolver = EndpointResolver(snapshot: snapshot, index: index)
        groups = SecurityGroupEvaluator(snapshot: snapshot, index: index)
        routes = RouteEvaluator(snapshot: snapshot, index: index)
    }

    /// One end of a flow.
    enum Side {
        case interface(NetworkInterface)
        case external(name: String, [AddressRange])
        /// An AWS service's addresses, reached through a gateway endpoint or publicly;
        /// `unknown` when which addresses those are is not in the input.
        case service(
            name: String, [AddressRange], gatewayEndpoint: ObjectID?, unknown: UnknownValue?)

        var addresses: [AddressRange] {
            switch self {
            case .interface(let interface): interface.addresses
            case .external(_, let ranges), .service(_, let ranges, _, _): ranges
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
            case .service: []
            }
        }
    }

    /// The destinations of a flow from `source`: a service's depend on where the source is.
    func destinations(from source: Side, to endpoint: QuestionEndpoint) -> (
        sides: [Side], path: ServicePath?
    ) {
        guard case .service(let name) = endpoint, let interface = source.interface else {
            return (Side.sides(endpoint), nil)
        }
        let (path, sides) = ServicePathFinder(snapshot: snapshot, resolver: resolver).path(
            to: name, from: interface)
        return (sides, path)
    }

    /// Answers `question`; endpoints that are not in the snapshot are question errors.
    public func answer(_ question: ReachabilityQuestion) throws(QuestionError) -> ReachabilityAnswer
    {
        answer(
            question, from: try resolver.resolve(question.from),
            to: try resolver.resolve(question.to))
    }

    /// Answers `question` between ends the caller has resolved (with ``resolver``, or built
    /// from what it returns): `question.from` and `question.to` are not read, except that
    /// the answer carries the question.
    ///
    /// Every packet is judged by the components on its path alone, so ends that sit alike
    /// — the same subnets, groups and public address — can be asked about at once as one
    /// end whose interfaces hold all their addresses; the packets between two of them are
    /// answered as the pair's own question would answer them, provided an end's subnets
    /// share no address (so that an address says which interface a packet is of).
    public func answer(
        _ question: ReachabilityQuestion, from: QuestionEndpoint, to: QuestionEndpoint
    ) -> ReachabilityAnswer {
        let traffic = trafficMatch(question, destination: to)
        var trace = Trace()
        var asked = PacketSet.empty
        // Interfaces whose placement or addresses are not known: their packets cannot be
        // asked about, so no verdict is certain.
        var placementUnknowns: [UnknownValue] = []
        var servicePaths: [ServicePath] = []
        var addressUnknowns: [UnknownValue] = []
        for source in Side.sides(from) {
            let (destinations, path) = self.destinations(from: source, to: to)
            if let path, !servicePaths.contains(path) { servicePaths.append(path) }
            for destination in destinations {
                if case .service(_, _, _, let unknown?) = destination {
                    addressUnknowns.append(unknown)
                }
                placementUnknowns +=
                    (source.interface?.unknowns ?? []) + (destination.interface?.unknowns ?? [])
                var packets = PacketSet.between(
                    source.addresses, destination.addresses, traffic: traffic
                )
                .intersection(.clientPorts(question.ephemeralPorts))
                if case .service = destination,
                    let vpc = source.interface?.vpc.flatMap(snapshot.vpc)
                {
                    // A service's public addresses are outside the source's VPC.
                    let inside = (vpc.ipv4CIDRs + vpc.ipv6CIDRs).compactMap(\.value).map(
                        AddressRange.init)
                    packets = packets.subtracting(.between(source.addresses, inside))
                }
                guard !packets.isEmpty else { continue }
                asked = asked.union(packets)
                var flow = Flow(
                    packets: packets, source: source, destination: destination, analyzer: self,
                    trace: trace)
                flow.run()
                trace = flow.trace
            }
        }
        // With a service's addresses unknown, only "all of them" or "none of them" is certain.
        let partlyUnknownAddresses =
            !addressUnknowns.isEmpty
            && (asked.isEmpty || (!trace.passing.upper.isEmpty && trace.passing.lower != asked))
        let unknowns =
            placementUnknowns + (trace.passing.lower == trace.passing.upper ? [] : trace.unknowns)
            + (partlyUnknownAddresses ? addressUnknowns : [])
        let verdict: Verdict
        if !placementUnknowns.isEmpty || partlyUnknownAddresses {
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
            blocking: trace.blocking, unknowns: Self.unique(unknowns), fixes: [],
            servicePaths: servicePaths)
        guard question.writesFixes else { return answer }
        answer.fixes = FixWriter(snapshot: snapshot, index: index).fixes(for: answer)
        if verdict != .reachable, case .service(let name) = to,
            servicePaths.contains(where: { $0.endpoint == nil }),
            let fix = FixWriter(snapshot: snapshot, index: index).endpointFix(
                service: name, sources: Side.sides(from))
        {
            answer.fixes.insert(fix, at: 0)
        }
        return answer
    }

    /// Whether the security groups of both ends admit any packet of `question`, for ends
    /// the caller has resolved: a bound, cheap to work out, on what can get through. When
    /// they admit none, no packet of the question gets through, certainly.
    public func groupsAdmitAnyPacket(
        _ question: ReachabilityQuestion, from: QuestionEndpoint, to: QuestionEndpoint
    ) -> Bool {
        let traffic = trafficMatch(question, destination: to)
        let anywhere = AddressFamily.allCases.map {
            AddressRange(family: $0, bounds: 0...$0.maxValue)
        }
        // Groups judge a packet by the groups of both ends and the other end's addresses
        // alone, so interfaces carrying the same groups are judged as one. A service's
        // addresses depend on where each source interface sits.
        let sources =
            if case .service = to { Side.sides(from) } else {
                Self.joinedByGroups(Side.sides(from))
            }
        for source in sources {
            // The groups are asked about the source's packets to anywhere, a scope of few
            // boxes however many addresses the destination has; what they allow within a
            // scope lies within it.
            let scope = PacketSet.between(source.addresses, anywhere, traffic: traffic)
                .intersection(.clientPorts(question.ephemeralPorts))
            for destination in Self.joinedByGroups(self.destinations(from: source, to: to).sides) {
                var admitted = scope
                if let interface = source.interface, !admitted.isEmpty {
                    admitted =
                        groups.evaluate(
                            interface, .egress, other: destination.interface, within: admitted
                        ).allowed.upper
                }
                if let interface = destination.interface, !admitted.isEmpty {
                    admitted =
                        groups.evaluate(
                            interface, .ingress, other: source.interface, within: admitted
                        ).allowed.upper
                }
                let reached = destination.addresses.contains {
                    admitted.overlaps(PacketSet.between(source.addresses, [$0]))
                }
                if reached { return true }
            }
        }
        return false
    }

    /// `endpoint` with its interfaces that carry the same groups joined into one holding
    /// all their addresses (and the first one's subnet): the same end to
    /// ``groupsAdmitAnyPacket(_:from:to:)``, cheaper to ask about many times.
    public static func joinedByGroups(_ endpoint: QuestionEndpoint) -> QuestionEndpoint {
        guard case .interfaces(let name, _) = endpoint else { return endpoint }
        return .interfaces(
            name: name, joinedByGroups(Side.sides(endpoint)).compactMap(\.interface))
    }

    /// `sides` with the interfaces that carry the same groups joined into one holding all
    /// their addresses, in the order the groups first appear.
    static func joinedByGroups(_ sides: [Side]) -> [Side] {
        var joined: [(side: Side, addresses: [AddressRange])] = []
        for side in sides {
            // An end's interfaces share one list of groups, which compares at once.
            if let interface = side.interface,
                let position = joined.firstIndex(where: {
                    $0.side.interface?.securityGroups == interface.securityGroups
                })
            {
                joined[position].addresses += interface.addresses
            } else {
                joined.append((side, side.addresses))
            }
        }
        return joined.map { side, addresses in
            guard var interface = side.interface else { return side }
            interface.addresses = AddressRange.coalesced(addresses)
            return .interface(interface)
        }
    }

    /// The traffic a question asks about: its protocol with the given ports, else the
    /// destination's own port, else every port.
    func trafficMatch(_ question: ReachabilityQuestion, destination: QuestionEndpoint)
        -> TrafficMatch
    {
        var ports = question.ports
        if ports == nil, case .interfaces(let name, _) = destination,
            let port = resolver.workload(named: name)?.port,
            let value = UInt16(exactly: port)
        {
            ports = PortRange(value)
        }
        if ports == nil, case .service = destination { ports = PortRange(443) }
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
