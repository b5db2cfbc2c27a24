/// Union, intersection and difference.
extension PacketSet {
    /// Packets in either set.
    public func union(_ other: PacketSet) -> PacketSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        var combined = boxes
        for box in other.boxes {
            combined += PacketSet.pieces(of: box, outside: boxes)
        }
        return PacketSet(disjointBoxes: combined)
    }

    /// Packets in both sets.
    public func intersection(_ other: PacketSet) -> PacketSet {
        var common: [PacketBox] = []
        for box in boxes {
            for otherBox in other.boxes {
                if let overlap = box.intersection(otherBox) { common.append(overlap) }
            }
        }
        return PacketSet(disjointBoxes: common)
    }

    /// Packets in this set and not in `other`.
    public func subtracting(_ other: PacketSet) -> PacketSet {
        if isEmpty || other.isEmpty { return self }
        return PacketSet(
            disjointBoxes: boxes.flatMap { PacketSet.pieces(of: $0, outside: other.boxes) })
    }

    /// Whether every packet of this set is in `other`.
    public func isSubset(of other: PacketSet) -> Bool {
        boxes.allSatisfy { PacketSet.pieces(of: $0, outside: other.boxes).isEmpty }
    }

    /// Whether the sets share at least one packet.
    public func overlaps(_ other: PacketSet) -> Bool {
        boxes.contains { box in other.boxes.contains { box.overlaps($0) } }
    }

    /// The parts of `box` outside every box of `others`, pairwise disjoint.
    static func pieces(of box: PacketBox, outside others: [PacketBox]) -> [PacketBox] {
        var pieces = [box]
        for other in others {
            guard !pieces.isEmpty else { break }
            pieces = pieces.flatMap { $0.subtracting(other) }
        }
        return pieces.count > 1 ? BoxCoalescer.coalesced(pieces) : pieces
    }
}
