import NetworkModel

/// One concrete packet: addresses, protocol, and the ports or ICMP fields its protocol has.
///
/// Ports mean something only for TCP (6) and UDP (17), ICMP type and code only for ICMP (1)
/// and ICMPv6 (58); for other protocols those fields are 0 by convention and packet sets
/// ignore them.
public struct Packet: Sendable, Hashable, CustomStringConvertible {
    public let family: AddressFamily
    public let source: IPAddress
    public let destination: IPAddress
    public let protocolNumber: UInt8
    public let sourcePort: UInt16
    public let destinationPort: UInt16
    public let icmpType: UInt8
    public let icmpCode: UInt8

    /// Creates a packet; both addresses must be of the same family.
    public init(
        source: IPAddress, destination: IPAddress, protocolNumber: UInt8,
        sourcePort: UInt16 = 0, destinationPort: UInt16 = 0, icmpType: UInt8 = 0,
        icmpCode: UInt8 = 0
    ) {
        precondition(source.family == destination.family, "a packet stays in one address family")
        self.family = source.family
        self.source = source
        self.destination = destination
        self.protocolNumber = protocolNumber
        self.sourcePort = sourcePort
        self.destinationPort = destinationPort
        self.icmpType = icmpType
        self.icmpCode = icmpCode
    }

    /// The same packet travelling back: addresses and ports exchanged, ICMP fields kept.
    public func swapped() -> Packet {
        Packet(
            source: destination, destination: source, protocolNumber: protocolNumber,
            sourcePort: destinationPort, destinationPort: sourcePort, icmpType: icmpType,
            icmpCode: icmpCode)
    }

    /// `tcp 10.0.1.7:40000 → 10.0.3.9:5439`, `icmp 10.0.1.7 → 10.0.3.9 type 8 code 0`,
    /// `proto 50 10.0.1.7 → 10.0.3.9`; IPv6 addresses with a port are bracketed.
    public var description: String {
        let name = ProtocolNumbers.name(protocolNumber)
        if ProtocolNumbers.carriesPorts(protocolNumber) {
            return
                "\(name) \(endpoint(source, port: sourcePort)) → \(endpoint(destination, port: destinationPort))"
        }
        let addresses = "\(name) \(source) → \(destination)"
        if ProtocolNumbers.carriesICMPFields(protocolNumber) {
            return "\(addresses) type \(icmpType) code \(icmpCode)"
        }
        return addresses
    }

    private func endpoint(_ address: IPAddress, port: UInt16) -> String {
        address.family == .ipv6 ? "[\(address)]:\(port)" : "\(address):\(port)"
    }
}
