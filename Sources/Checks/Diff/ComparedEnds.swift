import NetworkModel

/// The ends `diff` compares, from either snapshot: sources (the internet, workloads, then
/// subnets' address spaces) and destinations (workloads and interface endpoints), each
/// in name order, and which of them share a VPC or are peered.
///
/// Pairs are walked rather than listed: a network of thousands of workloads has millions.
struct ComparedEnds {
    struct End {
        var name: String
        /// The end's position in ``ComparedEnds/names``.
        var number: Int
        /// The end's VPC, numbered; `nil` when not known (paired with everything).
        var vpc: Int?
        var isAddressSpace = false
    }

    private(set) var sources: [End] = []
    private(set) var destinations: [End] = []
    /// Every end's name once, sources first.
    private(set) var names: [String] = []
    /// Pairs of VPC numbers that are peered, both ways (``pairCode(_:_:)``).
    private var peered: Set<Int> = []

    /// `indexes` look up the two snapshots' subnets, in the same order.
    init(before: NetworkSnapshot, after: NetworkSnapshot, indexes: [NetworkSnapshotIndex]) {
        var workloads: [String: ObjectID?] = [:]
        var spaces: [String: ObjectID?] = [:]
        var destinations: [String: ObjectID?] = [:]
        var peerings: [(ObjectID, ObjectID)] = []
        for (snapshot, index) in zip([before, after], indexes) {
            func vpc(of subnets: [Reference]) -> ObjectID? {
                subnets.lazy.compactMap { $0.objectID.flatMap(index.subnet)?.vpc.objectID }.first
            }
            // The later snapshot's placement wins.
            for workload in snapshot.workloads {
                let home = vpc(of: workload.subnets)
                workloads.updateValue(home, forKey: workload.id.rawValue)
                destinations.updateValue(home, forKey: workload.id.rawValue)
            }
            for subnet in snapshot.subnets {
                spaces.updateValue(
                    subnet.vpc.objectID, forKey: DiffAnalyzer.addressSpace(of: subnet.id))
            }
            for endpoint in snapshot.vpcEndpoints where endpoint.type == .interface {
                destinations.updateValue(
                    vpc(of: endpoint.subnets) ?? endpoint.vpc?.objectID,
                    forKey: endpoint.id.rawValue)
            }
            for peering in snapshot.peeringConnections {
                guard let a = peering.requesterVPC.objectID, let b = peering.accepterVPC.objectID
                else { continue }
                peerings.append((a, b))
            }
        }
        var vpcNumbers: [ObjectID: Int] = [:]
        func number(_ vpc: ObjectID?) -> Int? {
            guard let vpc else { return nil }
            if let known = vpcNumbers[vpc] { return known }
            vpcNumbers[vpc] = vpcNumbers.count
            return vpcNumbers.count - 1
        }
        var numbers: [String: Int] = [:]
        func end(_ name: String, _ vpc: ObjectID?, isAddressSpace: Bool = false) -> End {
            if numbers[name] == nil {
                numbers[name] = names.count
                names.append(name)
            }
            return End(
                name: name, number: numbers[name]!, vpc: number(vpc),
                isAddressSpace: isAddressSpace)
        }
        sources.append(end("internet", nil))
        for name in workloads.keys.sorted() { sources.append(end(name, workloads[name] ?? nil)) }
        for name in spaces.keys.sorted() {
            sources.append(end(name, spaces[name] ?? nil, isAddressSpace: true))
        }
        for name in destinations.keys.sorted() {
            self.destinations.append(end(name, destinations[name] ?? nil))
        }
        for (a, b) in peerings {
            guard let a = number(a), let b = number(b) else { continue }
            peered.insert(Self.pairCode(a, b))
            peered.insert(Self.pairCode(b, a))
        }
    }

    /// Whether `diff` compares the pair: the ends share a VPC, their VPCs are peered, or
    /// either's VPC is not known.
    func connects(_ source: End, _ destination: End) -> Bool {
        guard let from = source.vpc, let to = destination.vpc else { return true }
        return from == to || peered.contains(Self.pairCode(from, to))
    }

    private static func pairCode(_ a: Int, _ b: Int) -> Int { a << 32 | b }
}
