import NetworkModel

/// What a component allows when some of its rules are unknown: at least `lower` (unknown
/// rules allow nothing), at most `upper` (unknown rules allow everything they could).
/// When the two agree the answer is exact.
public struct BoundedPacketSet: Sendable, Equatable {
    public var lower: PacketSet
    public var upper: PacketSet
    /// The unknown values that separate the bounds.
    public var unknowns: [UnknownValue]

    /// Bounds that coincide are exact: the unknowns they came from did not matter.
    public init(lower: PacketSet, upper: PacketSet, unknowns: [UnknownValue] = []) {
        self.lower = lower
        self.upper = upper
        self.unknowns = unknowns.isEmpty || lower == upper ? [] : unknowns
    }

    /// An exactly known set.
    public init(exactly set: PacketSet) { self.init(lower: set, upper: set) }

    public static let nothing = BoundedPacketSet(exactly: .empty)

    public var isExact: Bool { unknowns.isEmpty }

    public func intersection(_ other: BoundedPacketSet) -> BoundedPacketSet {
        BoundedPacketSet(
            lower: lower.intersection(other.lower), upper: upper.intersection(other.upper),
            unknowns: unknowns + other.unknowns)
    }

    public func union(_ other: BoundedPacketSet) -> BoundedPacketSet {
        BoundedPacketSet(
            lower: lower.union(other.lower), upper: upper.union(other.upper),
            unknowns: unknowns + other.unknowns)
    }

    /// Both bounds intersected with an exact set.
    public func restricted(to set: PacketSet) -> BoundedPacketSet {
        BoundedPacketSet(
            lower: lower.intersection(set), upper: upper.intersection(set), unknowns: unknowns)
    }

    /// Exchanges source and destination in both bounds.
    public func swapped() -> BoundedPacketSet {
        BoundedPacketSet(lower: lower.swapped(), upper: upper.swapped(), unknowns: unknowns)
    }
}
