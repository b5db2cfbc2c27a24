import NetworkModel

/// Network ACL semantics: entries in ascending rule number, the first that matches
/// decides, and an implied final entry denies the rest. Ingress entries match the
/// source address, egress entries the destination.
struct NetworkACLEvaluator {
    /// The packets one entry decides: what it matches and no earlier entry matched.
    struct DecidedBy {
        var citation: RuleCitation
        var action: RuleAction
        var packets: PacketSet
    }

    struct Result {
        var allowed: BoundedPacketSet
        /// In evaluation order, ending with the implied final deny.
        var decisions: [DecidedBy]
    }

    /// What `acl` allows in `direction` among the packets of `scope`, and which entry
    /// decides which of them.
    ///
    /// Only packets of `scope` (the question's) are followed, so an entry that matches
    /// none of those still undecided costs one overlap test however many entries the ACL
    /// has.
    func evaluate(
        _ acl: NetworkACL, _ direction: TrafficDirection, within scope: PacketSet = .everything
    ) -> Result {
        if !acl.unknownEntryBlocks.isEmpty {
            return Result(
                allowed: BoundedPacketSet(
                    lower: .empty, upper: scope, unknowns: acl.unknownEntryBlocks),
                decisions: [])
        }
        var undecidedLower = scope
        var undecidedUpper = scope
        var allowedLower = PacketSet.empty
        var allowedUpper = PacketSet.empty
        var unknowns: [UnknownValue] = []
        var decisions: [DecidedBy] = []
        func citation(_ entry: NetworkACLEntry) -> RuleCitation {
            RuleCitation(
                address: entry.provenance.qualifiedName, ruleNumber: entry.ruleNumber.description,
                location: entry.provenance.location,
                summary:
                    "\(acl.id) \(direction.rawValue) rule \(entry.ruleNumber): \(entry.action.rawValue) \(ModelDescription.traffic(entry.traffic)) \(direction == .ingress ? "from" : "to") \(entry.cidr.value?.description ?? "(unknown)")"
            )
        }
        for entry in acl.entries(direction) {
            if undecidedLower.isEmpty && undecidedUpper.isEmpty { break }
            if let cidr = entry.cidr.value, let traffic = entry.traffic.value {
                let range = AddressRange(cidr).bounds
                let matched =
                    direction == .ingress
                    ? PacketSet.matching(traffic, family: cidr.family, source: range)
                    : PacketSet.matching(traffic, family: cidr.family, destination: range)
                let decidedLower = undecidedLower.intersection(matched)
                let decidedUpper = undecidedUpper.intersection(matched)
                // An entry that matches nothing still undecided decides nothing.
                guard !decidedLower.isEmpty || !decidedUpper.isEmpty else { continue }
                decisions.append(
                    DecidedBy(
                        citation: citation(entry), action: entry.action, packets: decidedLower))
                if entry.action == .allow {
                    allowedLower = allowedLower.union(decidedLower)
                    allowedUpper = allowedUpper.union(decidedUpper)
                }
                undecidedLower = undecidedLower.subtracting(matched)
                undecidedUpper = undecidedUpper.subtracting(matched)
            } else {
                // The entry matches at most what its known parts allow: an unknown allow
                // can only add packets, an unknown deny only remove them.
                let families = entry.cidr.value.map { [$0.family] } ?? AddressFamily.allCases
                let most = families.reduce(PacketSet.empty) {
                    $0.union(PacketSet.matching(entry.traffic.value ?? .all, family: $1))
                }
                .intersection(scope)
                unknowns.append(entry.cidr.unknown ?? entry.traffic.unknown!)
                if entry.action == .allow {
                    allowedUpper = allowedUpper.union(undecidedUpper.intersection(most))
                    undecidedUpper = undecidedUpper.subtracting(most)
                } else {
                    undecidedLower = undecidedLower.subtracting(most)
                }
            }
        }
        decisions.append(
            DecidedBy(
                citation: RuleCitation(
                    address: acl.id.rawValue, ruleNumber: "*", location: acl.provenance.location,
                    summary:
                        "\(acl.id) \(direction.rawValue) rule *: deny all traffic (implied final entry)"
                ),
                action: .deny, packets: undecidedLower))
        return Result(
            allowed: BoundedPacketSet(lower: allowedLower, upper: allowedUpper, unknowns: unknowns),
            decisions: decisions)
    }
}
