/// Merges disjoint boxes that are equal in every field but one where their ranges touch,
/// so sets built from many adjacent rules stay small.
///
/// Merging keeps boxes disjoint and normalized: two boxes that agree on narrowed ports
/// have the same single protocol, so a merge along protocols only joins boxes whose ports
/// and ICMP fields are already full. Output order is deterministic (first appearance).
enum BoxCoalescer {
    /// `boxes` (pairwise disjoint) with touching neighbours merged until none are left.
    static func coalesced(_ boxes: [PacketBox]) -> [PacketBox] {
        guard boxes.count > 1 else { return boxes }
        var current = boxes
        var merging = true
        while merging {
            merging = false
            if merge(&current, along: \.protocols) { merging = true }
            if merge(&current, along: \.destinationPorts) { merging = true }
            if merge(&current, along: \.sourcePorts) { merging = true }
            if merge(&current, along: \.destination) { merging = true }
            if merge(&current, along: \.source) { merging = true }
            if merge(&current, along: \.icmpTypes) { merging = true }
            if merge(&current, along: \.icmpCodes) { merging = true }
        }
        return current
    }

    /// One pass along `field`: boxes equal elsewhere are grouped and their touching ranges
    /// joined. Returns whether anything merged.
    private static func merge<Bound: FixedWidthInteger>(
        _ boxes: inout [PacketBox], along field: WritableKeyPath<PacketBox, ClosedRange<Bound>>
    ) -> Bool {
        var groupIndex: [PacketBox: Int] = [:]
        var keys: [PacketBox] = []
        var ranges: [[ClosedRange<Bound>]] = []
        for box in boxes {
            var key = box
            key[keyPath: field] = Bound.min...Bound.min
            if let index = groupIndex[key] {
                ranges[index].append(box[keyPath: field])
            } else {
                groupIndex[key] = keys.count
                keys.append(key)
                ranges.append([box[keyPath: field]])
            }
        }
        guard keys.count < boxes.count else { return false }
        var merged: [PacketBox] = []
        merged.reserveCapacity(boxes.count)
        for (key, group) in zip(keys, ranges) {
            for range in joined(group) {
                var box = key
                box[keyPath: field] = range
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
