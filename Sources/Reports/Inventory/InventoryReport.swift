import NetworkModel

/// `vpcreach inventory`: what the importer understood, for people (text) and machines
/// (JSON, see docs/inventory-json.md).
public struct InventoryReport: Sendable {
    public let snapshot: NetworkSnapshot

    public init(snapshot: NetworkSnapshot) { self.snapshot = snapshot }

    /// The counts of each kind of object, in a fixed order.
    public var counts: [(kind: String, count: Int)] { snapshot.counts }
}
