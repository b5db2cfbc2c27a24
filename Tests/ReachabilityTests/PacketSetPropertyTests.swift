import NetworkModel
import Reachability
import Testing

/// Random sets over a small universe, combined symbolically and checked on every packet
/// of the universe against a direct evaluation of the same expression (see ``Universe``
/// for why that universe decides membership, equality and emptiness exactly).
@Suite("Packet set algebra agrees with brute force")
struct PacketSetPropertyTests {
    /// One symbolic result and the packets it must hold.
    struct Outcome {
        var name: String
        var set: PacketSet
        var expected: Bits
    }

    @Test("union, intersection, difference, swap and port limits", arguments: 0..<100)
    func randomExpressions(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let universe = Universe(random: &random)
        let leaves = (0..<3).map { _ in Leaf(random: &random) }
        let limit = PortRange(UInt16(random.below(3)), random.pick([2, 65535]))
        let outcomes = Self.outcomes(leaves, limit: limit, in: universe)
        var failures: [String] = []
        for outcome in outcomes {
            failures += Self.failures(of: outcome, in: universe, random: &random)
        }
        for (position, outcome) in outcomes.enumerated() {
            for other in outcomes[position...]
            where (outcome.set == other.set) != (outcome.expected == other.expected) {
                failures.append("\(outcome.name) == \(other.name) is wrong")
            }
            for other in outcomes
            where outcome.set.isSubset(of: other.set)
                != outcome.expected.isSubset(of: other.expected)
            {
                failures.append("\(outcome.name) ⊆ \(other.name) is wrong")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// What is wrong with one result: its packets on the whole universe, disjoint boxes,
    /// emptiness, its example, and `contains` on a sample of packets.
    private static func failures(
        of outcome: Outcome, in universe: Universe, random: inout SplitMix64
    ) -> [String] {
        var failures: [String] = []
        let (actual, boxesOverlap) = universe.bits(of: outcome.set)
        if let wrong = ((actual - outcome.expected) | (outcome.expected - actual)).firstIndex {
            failures.append(
                "\(outcome.name) is wrong about \(universe.packet(at: wrong)) in\n\(outcome.set)")
        }
        if boxesOverlap { failures.append("\(outcome.name) has overlapping boxes") }
        if outcome.set.isEmpty != outcome.expected.isEmpty {
            failures.append("\(outcome.name).isEmpty is wrong")
        }
        if let example = outcome.set.example(), !outcome.set.contains(example) {
            failures.append("\(outcome.name) example \(example) is not a member")
        }
        for _ in 0..<50 {
            let index = random.below(universe.count)
            let packet = universe.packet(at: index)
            if outcome.set.contains(packet) != outcome.expected[index] {
                failures.append("\(outcome.name).contains(\(packet)) is wrong")
            }
        }
        return failures
    }

    private static func outcomes(_ leaves: [Leaf], limit: PortRange, in universe: Universe)
        -> [Outcome]
    {
        let (a, b, c) = (leaves[0].set, leaves[1].set, leaves[2].set)
        let (inA, inB, inC) = (
            leaves[0].bits(in: universe), leaves[1].bits(in: universe), leaves[2].bits(in: universe)
        )
        let portLimited =
            universe.bits(
                .ipv4, source: { _ in true }, destination: { _ in true },
                fields: { !$0.hasPorts || limit.contains($0.sourcePort) })
            | universe.bits(
                .ipv6, source: { _ in true }, destination: { _ in true },
                fields: { !$0.hasPorts || limit.contains($0.sourcePort) })
        return [
            Outcome(name: "A", set: a, expected: inA),
            Outcome(name: "B", set: b, expected: inB),
            Outcome(name: "C", set: c, expected: inC),
            Outcome(name: "A ∪ B", set: a.union(b), expected: inA | inB),
            Outcome(name: "A ∩ B", set: a.intersection(b), expected: inA & inB),
            Outcome(name: "A − B", set: a.subtracting(b), expected: inA - inB),
            Outcome(name: "B − A", set: b.subtracting(a), expected: inB - inA),
            Outcome(
                name: "(A ∪ B) − C", set: a.union(b).subtracting(c), expected: (inA | inB) - inC),
            Outcome(
                name: "A ∩ (B − C)", set: a.intersection(b.subtracting(c)),
                expected: inA & (inB - inC)),
            Outcome(
                name: "(A − B) ∪ (B − A)", set: a.subtracting(b).union(b.subtracting(a)),
                expected: (inA - inB) | (inB - inA)),
            Outcome(name: "A swapped", set: a.swapped(), expected: universe.swapped(inA)),
            Outcome(
                name: "A limited to source ports \(limit)", set: a.restricted(sourcePorts: limit),
                expected: inA & portLimited),
        ]
    }
}
