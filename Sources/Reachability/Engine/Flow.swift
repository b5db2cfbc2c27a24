import NetworkModel

/// One source-to-destination pair of a question, walked hop by hop: forward through the
/// source's egress rules, its route table and ACL, the destination's ACL and ingress
/// rules; then the reply back through the destination's route table and both ACLs with
/// addresses and ports swapped. Security groups are stateful, so replies pass them.
struct Flow {
    typealias Side = ReachabilityAnalyzer.Side

    /// Every packet of the question for this pair. Each hop is judged on all of them, so
    /// the answer names every hop that would stop a packet, not only the first.
    let question: PacketSet
    /// The forward packets that got through every hop so far, as bounds.
    var current: BoundedPacketSet
    let source: Side
    let destination: Side
    let analyzer: ReachabilityAnalyzer
    var trace: Trace

    init(
        packets: PacketSet, source: Side, destination: Side, analyzer: ReachabilityAnalyzer,
        trace: Trace
    ) {
        question = packets
        current = BoundedPacketSet(exactly: packets)
        self.source = source
        self.destination = destination
        self.analyzer = analyzer
        self.trace = trace
    }

    /// Whether the flow crosses a subnet boundary (only then are ACLs consulted).
    var crossesSubnets: Bool {
        guard let from = source.interface?.subnet, let to = destination.interface?.subnet else {
            return true
        }
        return from != to
    }

    mutating func run() {
        if let interface = source.interface {
            securityGroupHop(interface, .egress, other: destination.interface)
            if let subnet = interface.subnet {
                routeHop(from: subnet, vpc: interface.vpc, toward: destination, direction: .forward)
                if crossesSubnets { aclHop(subnet: subnet, .egress, direction: .forward) }
            }
        } else if let interface = destination.interface {
            publicAddressHop(interface)
        }
        if let interface = destination.interface {
            if let subnet = interface.subnet, crossesSubnets {
                aclHop(subnet: subnet, .ingress, direction: .forward)
            }
            securityGroupHop(interface, .ingress, other: source.interface)
            if let subnet = interface.subnet {
                routeHop(from: subnet, vpc: interface.vpc, toward: source, direction: .reply)
                if crossesSubnets { aclHop(subnet: subnet, .egress, direction: .reply) }
            }
        }
        if let interface = source.interface, let subnet = interface.subnet, crossesSubnets {
            aclHop(subnet: subnet, .ingress, direction: .reply)
        }
        trace.passing = trace.passing.union(current)
    }

    // MARK: - Hops

    private mutating func securityGroupHop(
        _ interface: NetworkInterface, _ ruleDirection: TrafficDirection, other: NetworkInterface?
    ) {
        // Security groups are stateful: both their hops judge the forward packets.
        let result = analyzer.groups.evaluate(
            interface, ruleDirection, other: other, within: question)
        let component =
            interface.securityGroups.isEmpty
            ? "\(interface.owner) (no security groups)"
            : interface.securityGroups.map(\.description).joined(separator: ", ")
        let step: Hop.Step = ruleDirection == .egress ? .securityGroupEgress : .securityGroupIngress
        let next = BoundedPacketSet(exactly: question).intersection(result.allowed)
        let rules = result.rules.filter { !$0.packets.intersection(next.lower).isEmpty }.prefix(3)
            .map(\.citation)
        trace.record(
            Trace.HopKey(direction: .forward, step: step, component: component),
            arrived: question, passed: next, rules: Array(rules))
        let dropped = question.subtracting(next.upper)
        if !dropped.isEmpty {
            trace.block(
                BlockingReason(
                    code: result.hasRules ? "ENI_SG_RULES_MISMATCH" : "SG_HAS_NO_RULES",
                    direction: .forward, step: step,
                    component: component, rule: nil, packets: dropped,
                    context: fixContext()))
        }
        current = current.intersection(result.allowed)
    }

    private mutating func aclHop(
        subnet: ObjectID, _ ruleDirection: TrafficDirection, direction: Hop.Direction
    ) {
        guard let (acl, _) = analyzer.index.networkACL(forSubnet: subnet) else {
            let unknown = UnknownValue(
                address: subnet.rawValue, attribute: "network_acl",
                reason: "the subnet's network ACL is not known (its VPC is not in the input)")
            apply(
                .init(
                    direction: direction,
                    step: ruleDirection == .egress ? .networkACLOutbound : .networkACLInbound,
                    component: subnet.rawValue),
                allowed: BoundedPacketSet(lower: .empty, upper: .everything, unknowns: [unknown]),
                rules: [], blocks: [])
            return
        }
        let scope = direction == .forward ? question : question.possibleReplies()
        let result = analyzer.acls.evaluate(acl, ruleDirection, within: scope)
        let step: Hop.Step = ruleDirection == .egress ? .networkACLOutbound : .networkACLInbound
        let component = "\(acl.id) (subnet \(subnet))"
        var allowed = result.allowed
        var decisions = result.decisions
        if direction == .reply {
            allowed = allowed.swapped().mappingReplies()
            decisions = decisions.map { decided in
                var swapped = decided
                swapped.packets = decided.packets.swapped().mappingReplies()
                return swapped
            }
        }
        // Made only for a hop that blocks: most do not, and it costs look-ups and text.
        let (source, destination, index) = (self.source, self.destination, analyzer.index)
        func context() -> FixContext {
            var context = Self.fixContext(source: source, destination: destination, index: index)
            context.networkACL = acl.id
            context.ruleNumbersInUse = acl.entries(ruleDirection).map(\.ruleNumber.rawValue)
            return context
        }
        let blocks = decisions.filter { $0.action == .deny }.map { decided in
            (decided.packets, decided.citation)
        }
        apply(
            .init(direction: direction, step: step, component: component), allowed: allowed,
            rules: decisions.filter { $0.action == .allow }.map { ($0.packets, $0.citation) },
            blocks: blocks,
            code: "SUBNET_ACL_RESTRICTION", context: context(), ruleDirection: ruleDirection)
    }

    private mutating func routeHop(
        from subnet: ObjectID, vpc: ObjectID?, toward target: Side, direction: Hop.Direction
    ) {
        let decisions = analyzer.routes.decisions(forSubnet: subnet)
        var lower = PacketSet.empty
        var upper = PacketSet.empty
        var unknowns: [UnknownValue] = []
        var allows: [(PacketSet, RuleCitation)] = []
        var blocks: [(PacketSet, RuleCitation, String)] = []
        for decision in decisions {
            let near = direction == .forward ? source.interface : destination.interface
            switch delivers(decision.outcome, to: target, near: near, direction: direction) {
            case .known(true):
                lower = lower.union(decision.packets)
                upper = upper.union(decision.packets)
                allows.append((decision.packets, decision.citation))
            case .known(false):
                let code: String =
                    switch decision.outcome {
                    case .blackhole: "BAD_STATE_ROUTE"
                    case .internetGateway where target.interface == nil:
                        "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"
                    default: "NO_ROUTE_TO_DESTINATION"
                    }
                blocks.append((decision.packets, decision.citation, code))
            case .unknown(let unknown):
                upper = upper.union(decision.packets)
                unknowns.append(unknown)
            }
        }
        // Route decisions depend on the destination; replies go to the source.
        var allowed = BoundedPacketSet(lower: lower, upper: upper, unknowns: unknowns)
        if direction == .reply {
            allowed = allowed.swapped().mappingReplies()
            allows = allows.map { ($0.0.swapped(), $0.1) }
            blocks = blocks.map { ($0.0.swapped(), $0.1, $0.2) }
        }
        let key = Trace.HopKey(
            direction: direction, step: .route,
            component: analyzer.index.routeTable(forSubnet: subnet)?.table.id.rawValue
                ?? subnet.rawValue)
        let next = BoundedPacketSet(exactly: question).intersection(allowed)
        trace.record(
            key, arrived: question, passed: next,
            rules: allows.filter { !$0.0.intersection(next.lower).isEmpty }.map(\.1))
        for (packets, citation, code) in blocks {
            let dropped = question.intersection(packets)
            if !dropped.isEmpty {
                trace.block(
                    BlockingReason(
                        code: code, direction: direction, step: .route, component: key.component,
                        rule: citation, packets: dropped, context: fixContext()))
            }
        }
        current = current.intersection(allowed)
    }

    /// Inbound from outside: the destination needs a public address.
    private mutating func publicAddressHop(_ interface: NetworkInterface) {
        let key = Trace.HopKey(
            direction: .forward, step: .internetGateway, component: interface.owner.rawValue)
        let allowed: BoundedPacketSet
        switch interface.hasPublicAddress {
        case .known(true): allowed = BoundedPacketSet(exactly: .everything)
        case .known(false): allowed = .nothing
        case .unknown(let unknown):
            allowed = BoundedPacketSet(lower: .empty, upper: .everything, unknowns: [unknown])
        }
        trace.record(
            key, arrived: question,
            passed: BoundedPacketSet(exactly: question).intersection(allowed),
            rules: [])
        if interface.hasPublicAddress == .known(false) {
            trace.block(
                BlockingReason(
                    code: "INGRESS_RTB_NO_PUBLIC_IP", direction: .forward, step: .internetGateway,
                    component: interface.owner.rawValue, rule: nil, packets: question,
                    context: fixContext()))
        }
        current = current.intersection(allowed)
    }

    // MARK: - Helpers

    private mutating func apply(
        _ key: Trace.HopKey, allowed: BoundedPacketSet, rules: [(PacketSet, RuleCitation)],
        blocks: [(PacketSet, RuleCitation)], code: String = "",
        context makeContext: @autoclosure () -> FixContext = FixContext(),
        ruleDirection: TrafficDirection? = nil
    ) {
        var context: FixContext?
        let next = BoundedPacketSet(exactly: question).intersection(allowed)
        trace.record(
            key, arrived: question, passed: next,
            rules: rules.filter { !$0.0.intersection(next.lower).isEmpty }.map(\.1))
        for (packets, citation) in blocks {
            let dropped = question.intersection(packets).subtracting(next.upper)
            guard !dropped.isEmpty else { continue }
            if context == nil { context = makeContext() }
            var blockContext = context!
            blockContext.blockingRuleNumber = citation.ruleNumber.flatMap(Int.init)
            trace.block(
                BlockingReason(
                    code: code, direction: key.direction, step: key.step, component: key.component,
                    rule: citation, packets: dropped, context: blockContext))
        }
        current = current.intersection(allowed)
    }

    /// Whether a route outcome of `near`'s subnet gets packets to the target side.
    private func delivers(
        _ outcome: RouteOutcome, to target: Side, near: NetworkInterface?, direction: Hop.Direction
    )
        -> Knowable<Bool>
    {
        switch outcome {
        case .local(let vpc):
            guard let interface = target.interface else { return .known(false) }
            return .known(interface.vpc == vpc)
        case .peering(_, let peerVPC):
            guard let interface = target.interface, let targetVPC = interface.vpc else {
                return .known(false)
            }
            if case .resolved(let peer) = peerVPC { return .known(peer == targetVPC) }
            return .unknown(
                UnknownValue(
                    address: "\(peerVPC)", attribute: "vpc",
                    reason: "the peered VPC is not in the input"))
        case .internetGateway:
            // Through an internet gateway only with a public address on the interface.
            guard target.interface == nil, let near else { return .known(false) }
            return near.hasPublicAddress
        case .natGateway:
            // A NAT gateway carries connections opened from inside only.
            return .known(target.interface == nil && direction == .forward)
        case .vpcEndpoint(let endpoint):
            // A gateway endpoint's prefix-list route delivers to its service.
            if case .service(_, _, let gateway?, _) = target { return .known(gateway == endpoint) }
            return .known(false)
        case .noRoute, .blackhole:
            return .known(false)
        case .leavesModel(let description):
            return .unknown(
                UnknownValue(
                    address: description, attribute: "route",
                    reason: "the route leaves the modeled network (\(description))"))
        case .unknown(let unknown):
            return .unknown(unknown)
        }
    }

    private func fixContext() -> FixContext {
        Self.fixContext(source: source, destination: destination, index: analyzer.index)
    }

    private static func fixContext(source: Side, destination: Side, index: NetworkSnapshotIndex)
        -> FixContext
    {
        FixContext(
            sourceGroup: source.interface?.securityGroups.first?.objectID,
            destinationGroup: destination.interface?.securityGroups.first?.objectID,
            sourceBlocks: block(of: source, index).map { [$0] } ?? [],
            destinationBlocks: block(of: destination, index).map { [$0] } ?? [])
    }

    /// The CIDR block that names an interface's side: its subnet's. Outside addresses
    /// are named from the blocked packets instead (FixWriter).
    private static func block(of side: Side, _ index: NetworkSnapshotIndex) -> String? {
        guard let subnet = side.interface?.subnet else { return nil }
        return index.subnet(subnet)?.ipv4CIDR?.value?.description
    }

}
