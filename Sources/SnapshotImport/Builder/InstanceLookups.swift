/// Where each resource instance is, by address, by resource type and by AWS id or ARN:
/// made once before the builder's pass and shared by its threads, which only read it.
struct InstanceLookups: Sendable {
    /// Instance positions by AWS id or ARN: the first instance with the id, and the rare
    /// later ones in input order, so that an id costs no array of its own.
    private(set) var firstIndexByID: [String: Int] = [:]
    private(set) var laterIndicesByID: [String: [Int]] = [:]
    private(set) var indexByAddress: [String: Int] = [:]
    /// Instance positions by resource type, in input order.
    private(set) var indicesByType: [String: [Int]] = [:]
    /// The first address written twice: the positions of its first and second instance.
    private(set) var repeatedAddress: (first: Int, again: Int)?

    /// Below this many instances the lookups are made on one thread.
    static let twoThreadsMinimum = 4096

    private init() {}

    /// Indexes `instances`. On two threads, the ids (two attributes read and hashed per
    /// instance) are indexed on one and the addresses and types on the other: indexing an
    /// XL state's 76,000 instances took 0.17–0.23 s on one.
    init(_ instances: [TerraformResourceInstance], onTwoThreads: Bool) {
        guard onTwoThreads else {
            indexIDs(of: instances)
            indexAddressesAndTypes(of: instances)
            return
        }
        let (ids, addresses) = SecondThread.both(
            {
                var lookups = InstanceLookups()
                lookups.indexIDs(of: instances)
                return lookups
            },
            {
                var lookups = InstanceLookups()
                lookups.indexAddressesAndTypes(of: instances)
                return lookups
            })
        firstIndexByID = ids.firstIndexByID
        laterIndicesByID = ids.laterIndicesByID
        indexByAddress = addresses.indexByAddress
        indicesByType = addresses.indicesByType
        repeatedAddress = addresses.repeatedAddress
    }

    private mutating func indexIDs(of instances: [TerraformResourceInstance]) {
        firstIndexByID.reserveCapacity(2 * instances.count)
        for (index, instance) in instances.enumerated() {
            for key in ["id", "arn"] {
                if let id = instance.values[key]?.string, !id.isEmpty {
                    register(id, at: index)
                }
            }
        }
    }

    private mutating func indexAddressesAndTypes(of instances: [TerraformResourceInstance]) {
        indexByAddress.reserveCapacity(instances.count)
        for (index, instance) in instances.enumerated() {
            if let first = indexByAddress.updateValue(index, forKey: instance.address),
                repeatedAddress == nil
            {
                repeatedAddress = (first, index)
            }
            indicesByType[instance.type, default: []].append(index)
        }
    }

    /// Hashes the id once: the first instance's position is written where the look-up
    /// finds the id absent (`-1`), through the same access.
    private mutating func register(_ id: String, at index: Int) {
        if Self.keepFirst(&firstIndexByID[id, default: -1], index) != index {
            laterIndicesByID[id, default: []].append(index)
        }
    }

    /// Sets an absent (`-1`) position to `index`; returns the position now held.
    private static func keepFirst(_ position: inout Int, _ index: Int) -> Int {
        if position < 0 { position = index }
        return position
    }
}
