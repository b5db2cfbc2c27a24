import NetworkModel

/// A Cartesian product of closed ranges: every packet of one family whose addresses,
/// protocol, ports and ICMP fields each lie in the box's range for that field.
///
/// One shape covers every protocol by convention: port ranges constrain only TCP and UDP
/// packets and ICMP ranges only ICMP and ICMPv6 packets. A box whose protocols include
/// others spans the full range in the fields those protocols lack; ``PacketSet`` keeps its
/// boxes that way (``PacketSet/init(boxes:)`` splits and widens boxes that do not), and
/// ``contains(_:)`` ignores a field the packet's protocol does not have. Intersection and
/// subtraction of boxes are plain range geometry.
public struct PacketBox: Sendable, Hashable {
    public internal(set) var family: AddressFamily
    public internal(set) var source: ClosedRange<UInt128>
    public internal(set) var destination: ClosedRange<UInt128>
    public internal(set) var protocols: ClosedRange<UInt8>
    public internal(set) var sourcePorts: ClosedRange<UInt16>
    public internal(set) var destinationPorts: ClosedRange<UInt16>
    public internal(set) var icmpTypes: ClosedRange<UInt8>
    public internal(set) var icmpCodes: ClosedRange<UInt8>

    /// Creates a box; omitted address ranges cover the whole family, omitted protocol,
    /// port and ICMP ranges cover every value.
    public init(
        family: AddressFamily, source: ClosedRange<UInt128>? = nil,
        destination: ClosedRange<UInt128>? = nil, protocols: ClosedRange<UInt8> = 0...255,
        sourcePorts: ClosedRange<UInt16> = 0...65535,
        destinationPorts: ClosedRange<UInt16> = 0...65535, icmpTypes: ClosedRange<UInt8> = 0...255,
        icmpCodes: ClosedRange<UInt8> = 0...255
    ) {
        let everyAddress = 0...family.maxValue
        let source = source ?? everyAddress
        let destination = destination ?? everyAddress
        precondition(
            source.upperBound <= family.maxValue && destination.upperBound <= family.maxValue,
            "address range out of range for \(family)")
        self.family = family
        self.source = source
        self.destination = destination
        self.protocols = protocols
        self.sourcePorts = sourcePorts
        self.destinationPorts = destinationPorts
        self.icmpTypes = icmpTypes
        self.icmpCodes = icmpCodes
    }

    /// Every packet of `family`.
    public static func all(_ family: AddressFamily) -> PacketBox { PacketBox(family: family) }

    /// Whether `packet` lies in the box; ports count only for TCP and UDP, ICMP fields only
    /// for ICMP and ICMPv6.
    public func contains(_ packet: Packet) -> Bool {
        guard packet.family == family, source.contains(packet.source.value),
            destination.contains(packet.destination.value),
            protocols.contains(packet.protocolNumber)
        else { return false }
        if ProtocolNumbers.carriesPorts(packet.protocolNumber) {
            return sourcePorts.contains(packet.sourcePort)
                && destinationPorts.contains(packet.destinationPort)
        }
        if ProtocolNumbers.carriesICMPFields(packet.protocolNumber) {
            return icmpTypes.contains(packet.icmpType) && icmpCodes.contains(packet.icmpCode)
        }
        return true
    }

    /// The same packets travelling back: address and port ranges exchanged, ICMP kept.
    public func swapped() -> PacketBox {
        var result = self
        result.source = destination
        result.destination = source
        result.sourcePorts = destinationPorts
        result.destinationPorts = sourcePorts
        return result
    }
}
