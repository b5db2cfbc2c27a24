/// Intersection and subtraction of boxes, range by range.
extension PacketBox {
    /// The packets in both boxes, `nil` when there are none. Boxes of different address
    /// families never meet.
    public func intersection(_ other: PacketBox) -> PacketBox? {
        guard family == other.family,
            let source = RangeArithmetic.intersection(source, other.source),
            let destination = RangeArithmetic.intersection(destination, other.destination),
            let protocols = RangeArithmetic.intersection(protocols, other.protocols),
            let sourcePorts = RangeArithmetic.intersection(sourcePorts, other.sourcePorts),
            let destinationPorts = RangeArithmetic.intersection(
                destinationPorts, other.destinationPorts),
            let icmpTypes = RangeArithmetic.intersection(icmpTypes, other.icmpTypes),
            let icmpCodes = RangeArithmetic.intersection(icmpCodes, other.icmpCodes)
        else { return nil }
        return PacketBox(
            family: family, source: source, destination: destination, protocols: protocols,
            sourcePorts: sourcePorts, destinationPorts: destinationPorts, icmpTypes: icmpTypes,
            icmpCodes: icmpCodes)
    }

    /// Whether the two boxes share at least one packet.
    public func overlaps(_ other: PacketBox) -> Bool { intersection(other) != nil }

    /// Whether every packet of this box lies in `other`.
    public func isSubset(of other: PacketBox) -> Bool {
        func within<Bound>(_ field: BoxField<Bound>) -> Bool {
            let (inner, outer) = (field.read(self), field.read(other))
            return outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
        }
        return family == other.family && within(.source) && within(.destination)
            && within(.protocols) && within(.sourcePorts) && within(.destinationPorts)
            && within(.icmpTypes) && within(.icmpCodes)
    }

    /// The packets of this box that are not in `other`, as pairwise-disjoint boxes: at
    /// most two per field (the parts below and above `other`'s range).
    ///
    /// The protocol range is cut first, so when a later cut splits ports or ICMP fields
    /// the remaining protocols are those of `other`, which has such a narrow range only
    /// for a single TCP, UDP, ICMP or ICMPv6 protocol. Boxes that follow the convention
    /// therefore yield boxes that follow it.
    public func subtracting(_ other: PacketBox) -> [PacketBox] {
        guard let overlap = intersection(other) else { return [self] }
        var remaining = self
        var pieces: [PacketBox] = []
        func cut<Bound>(_ field: BoxField<Bound>) {
            let (below, above) = RangeArithmetic.remainders(
                of: field.read(remaining), outside: field.read(overlap))
            for part in [below, above] {
                guard let part else { continue }
                var piece = remaining
                field.write(&piece, part)
                pieces.append(piece)
            }
            field.write(&remaining, field.read(overlap))
        }
        cut(.protocols)
        cut(.source)
        cut(.destination)
        cut(.destinationPorts)
        cut(.sourcePorts)
        cut(.icmpTypes)
        cut(.icmpCodes)
        return pieces
    }
}
