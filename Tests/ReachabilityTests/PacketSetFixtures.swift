import NetworkModel
import Reachability

/// Short spellings for the packet-set tests: blocks, addresses and rule-shaped sets.
enum PacketSetFixtures {
    static func cidr(_ text: String) -> CIDR { try! CIDR(text) }

    static func address(_ text: String) -> IPAddress { try! IPAddress(text) }

    /// Packets from `source` to `destination` that `traffic` matches.
    static func rule(
        _ source: String, _ destination: String, _ traffic: TrafficMatch = .all,
        sourcePorts: PortRange? = nil
    ) -> PacketSet {
        PacketSet(
            source: cidr(source), destination: cidr(destination), traffic: traffic,
            sourcePorts: sourcePorts)
    }

    static func tcp(_ source: String, _ sourcePort: UInt16, _ destination: String, _ port: UInt16)
        -> Packet
    {
        Packet(
            source: address(source), destination: address(destination), protocolNumber: 6,
            sourcePort: sourcePort, destinationPort: port)
    }

    static func udp(_ source: String, _ sourcePort: UInt16, _ destination: String, _ port: UInt16)
        -> Packet
    {
        Packet(
            source: address(source), destination: address(destination), protocolNumber: 17,
            sourcePort: sourcePort, destinationPort: port)
    }

    static func icmp(
        _ source: String, _ destination: String, type: UInt8, code: UInt8, version6: Bool = false
    ) -> Packet {
        Packet(
            source: address(source), destination: address(destination),
            protocolNumber: version6 ? 58 : 1, icmpType: type, icmpCode: code)
    }

    static func other(_ protocolNumber: UInt8, _ source: String, _ destination: String) -> Packet {
        Packet(
            source: address(source), destination: address(destination),
            protocolNumber: protocolNumber)
    }

    /// Whether no two boxes share a packet.
    static func areDisjoint(_ boxes: [PacketBox]) -> Bool {
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.overlaps(other) { return false }
        }
        return true
    }
}
