/// Equality of sets is equality of their packets, not of the boxes that store them.
extension PacketSet: Equatable {
    public static func == (lhs: PacketSet, rhs: PacketSet) -> Bool {
        if lhs.boxes.count == rhs.boxes.count, Set(lhs.boxes) == Set(rhs.boxes) { return true }
        return lhs.isSubset(of: rhs) && rhs.isSubset(of: lhs)
    }
}
