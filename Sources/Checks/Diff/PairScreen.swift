import NetworkModel
import Reachability

/// Rules out, without asking about each pair, the pairs of ends whose flow cannot have
/// changed: `diff` then asks the engine once per pair of *placements* rather than once
/// per pair of ends, and only the pairs that may differ are asked about one by one.
///
/// Ends sit alike when they are in the same snapshots and, in each, on the same subnets
/// with the same groups and public address; only their addresses differ. The engine
/// judges every packet by the components on its path, so one question about all their
/// addresses at once (``ReachabilityAnalyzer/answer(_:from:to:)``) answers each pair's
/// packets as the pair's own question does. When that merged question finds nothing
/// opened, closed or undecided, no pair of those ends has a change; where it finds some,
/// only pairs whose packets meet those go on.
///
/// Ends on several subnets merge only when the subnets' blocks are disjoint, so that an
/// address says which subnet a packet belongs to. Ends whose placement holds an unknown
/// value, and the internet, stay alone. Before any question, the groups of both ends are
/// asked alone (``ReachabilityAnalyzer/groupsAdmitAnyPacket(_:from:to:)``): where they
/// admit nothing in either snapshot, nothing changed.
///
/// `diff` asks about all traffic, so a destination's own port (which placements leave
/// out) plays no part.
struct PairScreen {
    /// One end as each snapshot resolves it; `nil` where it is not in that snapshot.
    private struct End {
        var old: QuestionEndpoint?
        var new: QuestionEndpoint?

        /// The end as its groups see it, asked about once per pair.
        var joinedByGroups: End {
            End(
                old: old.map(ReachabilityAnalyzer.joinedByGroups),
                new: new.map(ReachabilityAnalyzer.joinedByGroups))
        }
    }

    /// Ends that sit alike, with one end per snapshot holding all their addresses.
    private struct Placement {
        var size: Int
        var old: QuestionEndpoint?
        var new: QuestionEndpoint?
    }

    /// Where the interfaces of a mergeable end sit in both snapshots, addresses left out.
    private struct PlacementKey: Hashable {
        var old: [NetworkInterface]?
        var new: [NetworkInterface]?
    }

    private struct PlacementPair: Hashable {
        var source: Int
        var destination: Int
        var fromAddressSpace: Bool
    }

    private let old: ReachabilityAnalyzer
    private let new: ReachabilityAnalyzer
    /// The ends by number (their position in the names given), and their placements.
    private var ends: [End] = []
    private var endsJoinedByGroups: [End] = []
    private var placementOfEnd: [Int] = []
    private var placements: [Placement] = []
    /// The packets whose fate changes between two placements, once asked.
    private var changes: [PlacementPair: PacketSet] = [:]

    /// Groups `names` (every end `diff` compares, each once) by placement; an end's
    /// number is its position in `names`.
    init(names: [String], old: ReachabilityAnalyzer, new: ReachabilityAnalyzer) {
        self.old = old
        self.new = new
        var members: [PlacementKey: [Int]] = [:]
        var keys: [PlacementKey] = []
        placementOfEnd = Array(repeating: 0, count: names.count)
        for (number, name) in names.enumerated() {
            let end = End(
                old: try? old.resolver.resolve(name), new: try? new.resolver.resolve(name))
            ends.append(end)
            endsJoinedByGroups.append(end.joinedByGroups)
            guard let key = Self.key(of: end, old: old, new: new) else {
                placementOfEnd[number] = placements.count
                placements.append(Placement(size: 1, old: end.old, new: end.new))
                continue
            }
            if members[key] == nil { keys.append(key) }
            members[key, default: []].append(number)
        }
        for key in keys {
            let numbers = members[key]!
            for number in numbers { placementOfEnd[number] = placements.count }
            let ends = numbers.map { self.ends[$0] }
            let name = names[numbers[0]]
            placements.append(
                Placement(
                    size: numbers.count,
                    old: key.old.map { Self.merged($0, ends.compactMap(\.old), name: name) },
                    new: key.new.map { Self.merged($0, ends.compactMap(\.new), name: name) }))
        }
    }

    /// Whether the flow from `from` to `to` (ends by number) may have changed: `false`
    /// only when it certainly has not.
    mutating func mayDiffer(_ from: Int, _ to: Int, fromAddressSpace: Bool) -> Bool {
        let source = placementOfEnd[from]
        let destination = placementOfEnd[to]
        guard placements[source].size > 1 || placements[destination].size > 1 else {
            let (from, to) = (endsJoinedByGroups[from], endsJoinedByGroups[to])
            return groupsAdmitAny(old, from.old, to.old) || groupsAdmitAny(new, from.new, to.new)
        }
        let pair = PlacementPair(
            source: source, destination: destination, fromAddressSpace: fromAddressSpace)
        let changed = changes[pair] ?? change(pair)
        changes[pair] = changed
        guard !changed.isEmpty else { return false }
        let (from, to) = (ends[from], ends[to])
        return [(from.old, to.old), (from.new, to.new)].contains { source, destination in
            guard let source, let destination else { return false }
            return PacketSet.between(source.addresses, destination.addresses)
                .overlaps(changed)
        }
    }

    /// What the merged question finds opened, closed or undecided between two placements.
    private func change(_ pair: PlacementPair) -> PacketSet {
        let source = placements[pair.source]
        let destination = placements[pair.destination]
        guard
            groupsAdmitAny(old, source.old, destination.old)
                || groupsAdmitAny(new, source.new, destination.new)
        else { return .empty }
        func outcome(
            _ analyzer: ReachabilityAnalyzer, _ from: QuestionEndpoint?, _ to: QuestionEndpoint?
        )
            -> DiffAnalyzer.Outcome
        {
            guard let from, let to else { return DiffAnalyzer.Outcome(nil) }
            var question = ReachabilityQuestion(from: from.name, to: to.name, ipProtocol: .all)
            question.writesFixes = false
            var outcome = DiffAnalyzer.Outcome(analyzer.answer(question, from: from, to: to))
            if pair.fromAddressSpace { outcome.assumeUpperBound() }
            return outcome
        }
        let was = outcome(old, source.old, destination.old)
        let now = outcome(new, source.new, destination.new)
        guard let change = DiffAnalyzer.change(from: "", to: "", was, now) else { return .empty }
        return change.opened.union(change.closed).union(change.undecided)
    }

    /// Whether the groups of both ends admit any packet between them in one snapshot;
    /// when they admit none there, nothing gets through there, for certain.
    private func groupsAdmitAny(
        _ analyzer: ReachabilityAnalyzer, _ from: QuestionEndpoint?, _ to: QuestionEndpoint?
    ) -> Bool {
        guard let from, let to else { return false }
        let question = ReachabilityQuestion(from: from.name, to: to.name, ipProtocol: .all)
        return analyzer.groupsAdmitAnyPacket(question, from: from, to: to)
    }

    /// The placement of an end that may merge with others: its interfaces in each
    /// snapshot without their addresses; `nil` for an end that stays alone.
    private static func key(of end: End, old: ReachabilityAnalyzer, new: ReachabilityAnalyzer)
        -> PlacementKey?
    {
        func placement(_ endpoint: QuestionEndpoint?, _ analyzer: ReachabilityAnalyzer)
            -> [NetworkInterface]??
        {
            guard let endpoint else { return .some(nil) }
            guard case .interfaces(_, let interfaces) = endpoint, !interfaces.isEmpty,
                interfaces.allSatisfy({
                    $0.subnet != nil && $0.unknowns.isEmpty && $0.hasPublicAddress.value != nil
                }),
                subnetsAreDisjoint(interfaces.compactMap(\.subnet), analyzer.index)
            else { return nil }
            return interfaces.map { interface in
                var placement = interface
                placement.owner = ObjectID("")
                placement.addresses = []
                return placement
            }
        }
        guard end.old != nil || end.new != nil, let oldPlacement = placement(end.old, old),
            let newPlacement = placement(end.new, new)
        else { return nil }
        return PlacementKey(old: oldPlacement, new: newPlacement)
    }

    /// Whether no two of `subnets` share an address, so an address names its subnet.
    private static func subnetsAreDisjoint(_ subnets: [ObjectID], _ index: NetworkSnapshotIndex)
        -> Bool
    {
        guard subnets.count > 1 else { return true }
        var blocks: [AddressRange] = []
        for id in subnets {
            guard let subnet = index.subnet(id) else { return false }
            for block in [subnet.ipv4CIDR, subnet.ipv6CIDR].compactMap({ $0 }) {
                guard let cidr = block.value else { return false }
                let range = AddressRange(cidr)
                if blocks.contains(where: {
                    $0.family == range.family && $0.bounds.overlaps(range.bounds)
                }) {
                    return false
                }
                blocks.append(range)
            }
        }
        return true
    }

    /// One end standing for `ends`, which sit as `placement` says: each interface holds
    /// the addresses of the matching interface of every end.
    private static func merged(
        _ placement: [NetworkInterface], _ ends: [QuestionEndpoint], name: String
    ) -> QuestionEndpoint {
        var interfaces = placement
        for position in interfaces.indices {
            let addresses = ends.flatMap { end -> [AddressRange] in
                guard case .interfaces(_, let own) = end, own.indices.contains(position) else {
                    return []
                }
                return own[position].addresses
            }
            interfaces[position].owner = ObjectID(name)
            interfaces[position].addresses = AddressRange.coalesced(addresses)
        }
        return .interfaces(name: name, interfaces)
    }
}
