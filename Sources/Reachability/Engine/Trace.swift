import NetworkModel

/// What the flows of one question did, accumulated over every source and destination
/// interface pair: hops merged by component, blocks, and the packets that pass.
struct Trace {
    struct HopKey: Hashable {
        var direction: Hop.Direction
        var step: Hop.Step
        var component: String
    }

    struct HopRecord {
        var arrived = PacketSet.empty
        var passedLower = PacketSet.empty
        var passedUpper = PacketSet.empty
        var rules: [RuleCitation] = []
    }

    private(set) var order: [HopKey] = []
    private var records: [HopKey: HopRecord] = [:]
    var blocking: [BlockingReason] = []
    var passing = BoundedPacketSet.nothing
    var unknowns: [UnknownValue] = []

    mutating func record(
        _ key: HopKey, arrived: PacketSet, passed: BoundedPacketSet, rules: [RuleCitation]
    ) {
        if records[key] == nil { order.append(key) }
        var record = records[key] ?? HopRecord()
        record.arrived = record.arrived.union(arrived)
        record.passedLower = record.passedLower.union(passed.lower)
        record.passedUpper = record.passedUpper.union(passed.upper)
        for rule in rules where !record.rules.contains(rule) { record.rules.append(rule) }
        records[key] = record
        unknowns += passed.unknowns
    }

    mutating func block(_ reason: BlockingReason) {
        if let index = blocking.firstIndex(where: {
            $0.code == reason.code && $0.component == reason.component && $0.rule == reason.rule
                && $0.direction == reason.direction
        }) {
            blocking[index].packets = blocking[index].packets.union(reason.packets)
            blocking[index].context.merge(reason.context)
        } else {
            blocking.append(reason)
        }
    }

    /// The hops in path order: forward, then the reply.
    var hops: [Hop] {
        let rank: [Hop.Step] = [
            .securityGroupEgress, .route, .networkACLOutbound, .internetGateway,
            .networkACLInbound, .securityGroupIngress,
        ]
        func position(_ key: HopKey) -> (Int, Int) {
            (key.direction == .forward ? 0 : 1, rank.firstIndex(of: key.step) ?? rank.count)
        }
        let sorted = order.enumerated().sorted {
            (position($0.element).0, position($0.element).1, $0.offset)
                < (position($1.element).0, position($1.element).1, $1.offset)
        }
        return sorted.map(\.element).map { key in
            let record = records[key]!
            let outcome: Hop.Outcome
            if record.passedLower != record.passedUpper {
                outcome = .unknown
            } else if record.passedLower == record.arrived {
                outcome = .allowed
            } else if record.passedUpper.isEmpty {
                outcome = .denied
            } else {
                outcome = .partial
            }
            return Hop(
                direction: key.direction, step: key.step, component: key.component,
                outcome: outcome, rules: record.rules)
        }
    }
}
