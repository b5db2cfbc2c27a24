/// Merges disjoint boxes that are equal in every field but one where their ranges touch,
/// so sets built from many adjacent rules stay small.
///
/// Merging keeps boxes disjoint and normalized: two boxes that agree on narrowed ports
/// have the same single protocol, so a merge along protocols only joins boxes whose ports
/// and ICMP fields are already full. The result is deterministic for the same input, and
/// no two of its boxes can be merged.
enum BoxCoalescer {
    /// Above this many pairwise comparisons, merging groups boxes by hashing instead.
    static let pairwiseLimit = 400_000

    /// `boxes` (pairwise disjoint) with touching neighbours merged until none are left.
    static func coalesced(_ boxes: [PacketBox]) -> [PacketBox] {
        adding(boxes, to: [])
    }

    /// `existing` and `new` together, merged until no two boxes can be; `existing` must
    /// already have no mergeable pair and all boxes must be pairwise disjoint. A few boxes
    /// added to a large set are compared with each box once; large batches are grouped by
    /// hashing instead.
    static func adding(_ new: [PacketBox], to existing: [PacketBox]) -> [PacketBox] {
        guard !new.isEmpty else { return existing }
        if new.count * (existing.count + new.count) > pairwiseLimit {
            return mergedByGrouping(existing + new)
        }
        var result = existing
        var pending = new.reversed() as [PacketBox]
        while let box = pending.popLast() {
            var merged: PacketBox?
            for index in result.indices {
                if let joined = box.merged(with: result[index]) {
                    merged = joined
                    result.remove(at: index)
                    break
                }
            }
            if let merged { pending.append(merged) } else { result.append(box) }
        }
        return result
    }

    /// Merges along each field in turn, grouping boxes equal in the other fields, until a
    /// round merges nothing.
    private static func mergedByGrouping(_ boxes: [PacketBox]) -> [PacketBox] {
        var current = boxes
        var merging = true
        while merging {
            merging = false
            if merge(&current, along: .protocols) { merging = true }
            if merge(&current, along: .destinationPorts) { merging = true }
            if merge(&current, along: .sourcePorts) { merging = true }
            if merge(&current, along: .destination) { merging = true }
            if merge(&current, along: .source) { merging = true }
            if merge(&current, along: .icmpTypes) { merging = true }
            if merge(&current, along: .icmpCodes) { merging = true }
        }
        return current
    }

    /// One pass along `field`: boxes equal elsewhere are grouped and their touching ranges
    /// joined. Returns whether anything merged.
    private static func merge<Bound: FixedWidthInteger>(
        _ boxes: inout [PacketBox], along field: BoxField<Bound>
    ) -> Bool {
        var groupIndex: [PacketBox: Int] = [:]
        var keys: [PacketBox] = []
        var ranges: [[ClosedRange<Bound>]] = []
        for box in boxes {
            var key = box
            field.write(&key, Bound.min...Bound.min)
            if let index = groupIndex[key] {
                ranges[index].append(field.read(box))
            } else {
                groupIndex[key] = keys.count
                keys.append(key)
                ranges.append([field.read(box)])
            }
        }
        guard keys.count < boxes.count else { return false }
        var merged: [PacketBox] = []
        merged.reserveCapacity(boxes.count)
        for (key, group) in zip(keys, ranges) {
            for range in joined(group) {
                var box = key
                field.write(&box, range)
                merged.append(box)
            }
        }
        let changed = merged.count < boxes.count
        boxes = merged
        return changed
    }

    /// Disjoint ranges sorted and with touching neighbours joined.
    private static func joined<Bound: FixedWidthInteger>(
        _ ranges: [ClosedRange<Bound>]
    ) -> [ClosedRange<Bound>] {
        guard ranges.count > 1 else { return ranges }
        var result: [ClosedRange<Bound>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, RangeArithmetic.adjoins(last, range) {
                result[result.count - 1] = last.lowerBound...range.upperBound
            } else {
                result.append(range)
            }
        }
        return result
    }
}
