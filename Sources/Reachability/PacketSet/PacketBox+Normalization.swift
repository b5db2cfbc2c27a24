/// Bringing boxes to the convention that ports matter only for TCP and UDP and ICMP
/// fields only for ICMP and ICMPv6.
extension PacketBox {
    /// Whether the box follows the convention: full port ranges unless its protocols are
    /// one of TCP or UDP, full ICMP ranges unless they are one of ICMP or ICMPv6.
    var isNormalized: Bool {
        let singleProtocol = protocols.lowerBound == protocols.upperBound
        let portsAllowed = singleProtocol && ProtocolNumbers.carriesPorts(protocols.lowerBound)
        let icmpAllowed = singleProtocol && ProtocolNumbers.carriesICMPFields(protocols.lowerBound)
        return (portsAllowed || hasFullPorts) && (icmpAllowed || hasFullICMPFields)
    }

    var hasFullPorts: Bool {
        RangeArithmetic.isFull(sourcePorts) && RangeArithmetic.isFull(destinationPorts)
    }

    var hasFullICMPFields: Bool {
        RangeArithmetic.isFull(icmpTypes) && RangeArithmetic.isFull(icmpCodes)
    }

    /// The box cut at the protocols whose fields differ, with the fields a protocol lacks
    /// widened to their full range (a port range says nothing about ESP packets). The
    /// pieces denote the packets ``contains(_:)`` accepts; widened pieces may overlap
    /// other boxes, so ``PacketSet`` unions them.
    func normalizedPieces() -> [PacketBox] {
        if isNormalized { return [self] }
        return ProtocolNumbers.uniformRuns.compactMap { run in
            guard let protocols = RangeArithmetic.intersection(protocols, run) else { return nil }
            var piece = self
            piece.protocols = protocols
            let number = protocols.lowerBound
            if !ProtocolNumbers.carriesPorts(number) {
                piece.sourcePorts = RangeArithmetic.full()
                piece.destinationPorts = RangeArithmetic.full()
            }
            if !ProtocolNumbers.carriesICMPFields(number) {
                piece.icmpTypes = RangeArithmetic.full()
                piece.icmpCodes = RangeArithmetic.full()
            }
            return piece
        }
    }
}
