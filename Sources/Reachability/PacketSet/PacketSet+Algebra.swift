/// Union, intersection and difference.
extension PacketSet {
    /// Packets in either set.
    public func union(_ other: PacketSet) -> PacketSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        let added = other.boxes.flatMap { PacketSet.pieces(of: $0, outside: boxes) }
        return PacketSet(coalescedBoxes: BoxCoalescer.adding(added, to: boxes))
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
        var untouched: [PacketBox] = []
        var cut: [PacketBox] = []
        for box in boxes {
            if other.boxes.contains(where: box.overlaps) {
                cut += PacketSet.pieces(of: box, outside: other.boxes)
            } else {
                untouched.append(box)
            }
        }
        return PacketSet(coalescedBoxes: BoxCoalescer.adding(cut, to: untouched))
    }

    /// Whether every packet of this set is in `other`.
    public func isSubset(of other: PacketSet) -> Bool {
        boxes.allSatisfy { box in
            other.boxes.contains { box.isSubset(of: $0) }
                || PacketSet.pieces(of: box, outside: other.boxes).isEmpty
        }
    }

    /// Whether the sets share at least one packet.
    public func overlaps(_ other: PacketSet) -> Bool {
        boxes.contains { box in other.boxes.contains { box.overlaps($0) } }
    }

    /// The parts of `box` outside every box of `others`, pairwise disjoint.
    static func pieces(of box: PacketBox, outside others: [PacketBox]) -> [PacketBox] {
        var pieces = [box]
        // Cutting around many boxes fragments; merging whenever the pieces have doubled
        // keeps later cuts cheap without merging after every cut.
        var mergeAbove = 32
        for other in others where box.overlaps(other) {
            guard !pieces.isEmpty else { break }
            pieces = pieces.flatMap { $0.subtracting(other) }
            if pieces.count > mergeAbove {
                pieces = BoxCoalescer.coalesced(pieces)
                mergeAbove = max(32, 2 * pieces.count)
            }
        }
        return pieces
    }
}
