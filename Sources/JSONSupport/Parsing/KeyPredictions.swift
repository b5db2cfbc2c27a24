/// The member names the parser expects objects to have, learnt from the objects it has
/// closed: for each place (a depth and the name the object is the value of, or the name
/// of the array it is an element of), the names of the last object closed there.
///
/// The objects under one name (every resource's `values`, every rule block in
/// `ingress`) mostly share one shape, while objects at one depth alternate between
/// shapes (`values` and `sensitive_values`), hence the name in the place.
struct KeyPredictions {
    private struct Entry {
        var depth: Int32 = -1
        var name: UInt32 = 0
        var keys: [PredictedKey] = []
    }

    /// Places share entries by a hash of the two; an entry remembers whose names it holds.
    private static let slotBits = 8
    private var entries = [Entry](repeating: Entry(), count: 1 << slotBits)

    /// The entry of the place `depth`, `name` (a name's ``KeyFingerprint/short(_:)``).
    @inline(__always)
    static func slot(depth: Int, name: UInt32) -> Int {
        let mixed =
            (UInt64(truncatingIfNeeded: depth) << 32 | UInt64(name)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - slotBits))
    }

    /// The name expected at position `index` of an object at the place, if known.
    @inline(__always)
    func key(at index: Int, slot: Int, depth: Int, name: UInt32) -> PredictedKey? {
        guard entries[slot].depth == Int32(truncatingIfNeeded: depth), entries[slot].name == name,
            index < entries[slot].keys.count
        else { return nil }
        return entries[slot].keys[index]
    }

    /// Whether the place's names are exactly `count` names all predicted so far, so
    /// that there is nothing to record.
    @inline(__always)
    func holds(count: Int, slot: Int, depth: Int, name: UInt32) -> Bool {
        entries[slot].depth == Int32(truncatingIfNeeded: depth) && entries[slot].name == name
            && entries[slot].keys.count == count
    }

    /// Objects with more members than this are not learnt from: shapes that repeat are
    /// small (a rule block has nine names), and the table stays within 2 MB.
    static let largestObjectLearnt = 256

    /// Makes `members` (names without escapes) the place's names; `nil` forgets them.
    mutating func record(
        _ members: [JSONObject.Member]?, slot: Int, depth: Int, name: UInt32
    ) {
        entries[slot].depth = Int32(truncatingIfNeeded: depth)
        entries[slot].name = name
        entries[slot].keys.removeAll(keepingCapacity: true)
        guard let members, members.count <= Self.largestObjectLearnt else { return }
        entries[slot].keys.reserveCapacity(members.count)
        for member in members {
            entries[slot].keys.append(
                PredictedKey(
                    start: Int32(truncatingIfNeeded: member.keyOffset + 1),
                    length: Int32(truncatingIfNeeded: member.key.utf8.count), key: member.key,
                    fingerprint: member.keyFingerprint))
        }
    }
}
