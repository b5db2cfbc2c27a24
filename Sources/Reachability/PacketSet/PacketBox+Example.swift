import NetworkModel

/// A concrete, readable member of a box.
extension PacketBox {
    /// A packet in the box, chosen deterministically with readable values: TCP, UDP, ICMP
    /// or ICMPv6 before other protocols; addresses four above an 8-aligned range start
    /// (AWS reserves a subnet's first four) when the range reaches that far, else the
    /// lowest; a source port of at least 1024 when the range allows; otherwise the lowest
    /// values. Fields the protocol lacks are 0.
    public func example() -> Packet {
        let protocolNumber =
            [
                ProtocolNumbers.tcp, ProtocolNumbers.udp, ProtocolNumbers.icmp,
                ProtocolNumbers.icmpv6,
            ]
            .first { protocols.contains($0) } ?? protocols.lowerBound
        let carriesPorts = ProtocolNumbers.carriesPorts(protocolNumber)
        let carriesICMP = ProtocolNumbers.carriesICMPFields(protocolNumber)
        return Packet(
            source: IPAddress(family: family, value: PacketBox.readableAddress(in: source)),
            destination: IPAddress(
                family: family, value: PacketBox.readableAddress(in: destination)),
            protocolNumber: protocolNumber,
            sourcePort: carriesPorts ? PacketBox.clientPort(in: sourcePorts) : 0,
            destinationPort: carriesPorts ? destinationPorts.lowerBound : 0,
            icmpType: carriesICMP ? icmpTypes.lowerBound : 0,
            icmpCode: carriesICMP ? icmpCodes.lowerBound : 0)
    }

    private static func readableAddress(in range: ClosedRange<UInt128>) -> UInt128 {
        let start = range.lowerBound
        guard start % 8 == 0, range.upperBound - start >= 4 else { return start }
        return start + 4
    }

    private static func clientPort(in range: ClosedRange<UInt16>) -> UInt16 {
        range.upperBound >= 1024 ? max(range.lowerBound, 1024) : range.lowerBound
    }
}
