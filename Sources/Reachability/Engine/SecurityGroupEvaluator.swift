import NetworkModel

/// Security group semantics: allow-only rules, unioned over every group on the
/// interface; ingress rules match the source, egress rules the destination; a group peer
/// matches the addresses of interfaces that carry the group.
struct SecurityGroupEvaluator {
    let snapshot: NetworkSnapshot
    let index: NetworkSnapshotIndex

    /// A rule's packets, with the citation that explains them.
    struct MatchedRule {
        var citation: RuleCitation
        var packets: PacketSet
    }

    struct Result {
        var allowed: BoundedPacketSet
        var rules: [MatchedRule]
        /// The groups on the interface and whether any has rules in this direction.
        var groups: [Reference]
        var hasRules: Bool
    }

    /// What the groups of `interface` allow in `direction` among the packets of `scope`,
    /// when the other end is `other` (an interface in the model) or external addresses
    /// (`nil`).
    ///
    /// Only packets of `scope` (the question's) are worked out: a rule that allows none of
    /// them costs one overlap test, so a group of a million rules is cheap to ask about.
    func evaluate(
        _ interface: NetworkInterface, _ direction: TrafficDirection, other: NetworkInterface?,
        within scope: PacketSet = .everything
    )
        -> Result
    {
        var lower = PacketSet.empty
        var upper = PacketSet.empty
        var unknowns: [UnknownValue] = []
        var rules: [MatchedRule] = []
        var hasRules = false
        for reference in interface.securityGroups {
            guard let id = reference.objectID, let group = index.securityGroup(id) else {
                upper = scope
                if case .unknown(let unknown) = reference {
                    unknowns.append(unknown)
                } else {
                    unknowns.append(
                        UnknownValue(
                            address: interface.owner.rawValue, attribute: "security_groups",
                            reason:
                                "its group \(reference) is not in the input, so its rules are unknown"
                        ))
                }
                hasRules = true
                continue
            }
            if !group.unknownRuleBlocks.isEmpty {
                upper = scope
                unknowns += group.unknownRuleBlocks
                hasRules = true
            }
            for rule in group.rules(direction) {
                hasRules = true
                let peers = peerRanges(rule.peer, other: other)
                let traffic = rule.traffic.value
                if case .known(let ranges) = peers, let traffic {
                    let packets = packetSet(
                        traffic, peers: ranges, direction: direction, within: scope)
                    guard !packets.isEmpty else { continue }
                    lower = lower.union(packets)
                    upper = upper.union(packets)
                    let citation = RuleCitation(
                        address: rule.provenance.qualifiedName, location: rule.provenance.location,
                        summary:
                            "\(group.id): allow \(ModelDescription.traffic(rule.traffic)) \(direction == .ingress ? "from" : "to") \(rule.peer)"
                    )
                    rules.append(MatchedRule(citation: citation, packets: packets))
                } else {
                    // Unknown peer or traffic: at most everything the known parts allow.
                    let families = AddressFamily.allCases
                    upper = families.reduce(upper) {
                        $0.union(
                            PacketSet.matching(traffic ?? .all, family: $1).intersection(scope))
                    }
                    unknowns.append(peers.unknown ?? rule.traffic.unknown ?? unknownFallback(rule))
                }
            }
        }
        return Result(
            allowed: BoundedPacketSet(lower: lower, upper: upper.union(lower), unknowns: unknowns),
            rules: rules, groups: interface.securityGroups, hasRules: hasRules)
    }

    private func unknownFallback(_ rule: SecurityGroupRule) -> UnknownValue {
        UnknownValue(
            address: rule.provenance.address, attribute: rule.provenance.attributePath ?? "rule")
    }

    private func packetSet(
        _ traffic: TrafficMatch, peers: [AddressRange], direction: TrafficDirection,
        within scope: PacketSet
    ) -> PacketSet {
        var result = PacketSet.empty
        for range in peers {
            let set =
                direction == .ingress
                ? PacketSet.matching(traffic, family: range.family, source: range.bounds)
                : PacketSet.matching(traffic, family: range.family, destination: range.bounds)
            guard set.overlaps(scope) else { continue }
            result = result.union(set.intersection(scope))
        }
        return result
    }

    /// The addresses a rule's peer stands for, given the other end of the flow.
    private func peerRanges(_ peer: SecurityGroupPeer, other: NetworkInterface?) -> Knowable<
        [AddressRange]
    > {
        switch peer {
        case .cidr(let cidr):
            return .known([AddressRange(cidr)])
        case .prefixList(let reference):
            guard let id = reference.objectID,
                let list = index.prefixList(id)
            else {
                return .unknown(
                    UnknownValue(
                        address: "\(reference)", attribute: "entries",
                        reason: "prefix list \(reference) is not in the input"))
            }
            switch list.entries {
            case .known(let entries): return .known(entries.map(AddressRange.init))
            case .unknown(let unknown): return .unknown(unknown)
            }
        case .securityGroup(let reference):
            guard let other else { return .known([]) }
            if other.securityGroups.contains(reference) { return .known(other.addresses) }
            if let unknownGroup = other.securityGroups.first(where: { $0.objectID == nil }),
                case .unknown(let unknown) = unknownGroup
            {
                return .unknown(unknown)
            }
            return .known([])
        case .unknown(let unknown):
            return .unknown(unknown)
        }
    }
}
