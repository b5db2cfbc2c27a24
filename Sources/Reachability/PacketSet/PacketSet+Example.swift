/// A concrete member to show people.
extension PacketSet {
    /// A packet in the set, `nil` when it is empty: the first of the boxes' examples in
    /// the order IPv4 before IPv6, TCP, UDP, ICMP, ICMPv6 before other protocols, then
    /// lowest addresses and ports. Deterministic for a set built by the same operations.
    public func example() -> Packet? {
        boxes.lazy.map { $0.example() }.min { PacketSet.exampleKey($0) < PacketSet.exampleKey($1) }
    }

    private static func exampleKey(_ packet: Packet)
        -> (Int, Int, UInt128, UInt128, UInt32, UInt16)
    {
        (
            packet.family == .ipv4 ? 0 : 1,
            ProtocolNumbers.examplePreference(packet.protocolNumber), packet.source.value,
            packet.destination.value,
            UInt32(packet.sourcePort) << 16 | UInt32(packet.destinationPort),
            UInt16(packet.icmpType) << 8 | UInt16(packet.icmpCode)
        )
    }
}
