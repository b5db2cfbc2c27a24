import NetworkModel

/// `vpcreach inventory`: what the importer understood, for people (text) and machines
/// (JSON, see docs/inventory-json.md).
public struct InventoryReport: Sendable {
    public let snapshot: NetworkSnapshot
    /// Each subnet's route table and ACL in constant time: a scan per subnet would make
    /// the report quadratic in the number of subnets.
    let index: NetworkSnapshotIndex

    public init(snapshot: NetworkSnapshot) {
        self.snapshot = snapshot
        self.index = NetworkSnapshotIndex(snapshot)
    }

    /// The counts of each kind of object, in a fixed order.
    public var counts: [(kind: String, count: Int)] { snapshot.counts }
}
