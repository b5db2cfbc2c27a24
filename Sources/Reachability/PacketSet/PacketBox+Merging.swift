/// Joining two boxes into one.
extension PacketBox {
    /// The single box holding exactly the packets of both, when the two are equal in every
    /// field but one and their ranges in that field touch; otherwise `nil`.
    func merged(with other: PacketBox) -> PacketBox? {
        guard family == other.family else { return nil }
        // Most pairs differ in several fields; count cheaply before joining anything.
        var differing = 0
        if protocols != other.protocols { differing += 1 }
        if destinationPorts != other.destinationPorts { differing += 1 }
        if sourcePorts != other.sourcePorts { differing += 1 }
        if differing > 1 { return nil }
        if destination != other.destination { differing += 1 }
        if source != other.source { differing += 1 }
        if icmpTypes != other.icmpTypes { differing += 1 }
        if icmpCodes != other.icmpCodes { differing += 1 }
        guard differing == 1 else { return nil }
        var result = self
        if let range = PacketBox.joined(protocols, other.protocols) {
            result.protocols = range
        } else if let range = PacketBox.joined(destinationPorts, other.destinationPorts) {
            result.destinationPorts = range
        } else if let range = PacketBox.joined(sourcePorts, other.sourcePorts) {
            result.sourcePorts = range
        } else if let range = PacketBox.joined(destination, other.destination) {
            result.destination = range
        } else if let range = PacketBox.joined(source, other.source) {
            result.source = range
        } else if let range = PacketBox.joined(icmpTypes, other.icmpTypes) {
            result.icmpTypes = range
        } else if let range = PacketBox.joined(icmpCodes, other.icmpCodes) {
            result.icmpCodes = range
        } else {
            return nil
        }
        return result
    }

    /// The two ranges as one when they differ and touch.
    private static func joined<Bound: FixedWidthInteger>(
        _ first: ClosedRange<Bound>, _ second: ClosedRange<Bound>
    ) -> ClosedRange<Bound>? {
        if RangeArithmetic.adjoins(first, second) { return first.lowerBound...second.upperBound }
        if RangeArithmetic.adjoins(second, first) { return second.lowerBound...first.upperBound }
        return nil
    }
}
