import NetworkModel

/// An exact set of packets: a union of pairwise-disjoint ``PacketBox``es.
///
/// Every operation is symbolic over address, protocol, port and ICMP ranges; nothing
/// enumerates addresses or ports. IPv4 and IPv6 packets are separate: no operation mixes
/// them. Two sets are equal when they hold the same packets, however their boxes are cut.
public struct PacketSet: Sendable, CustomStringConvertible {
    /// The boxes, pairwise disjoint, each following the ``PacketBox`` field convention.
    public let boxes: [PacketBox]

    /// Wraps boxes that are already disjoint and normalized, merging touching neighbours.
    init(disjointBoxes boxes: [PacketBox]) {
        self.boxes = BoxCoalescer.coalesced(boxes)
    }

    /// Wraps boxes that are disjoint, normalized and already merged.
    init(coalescedBoxes boxes: [PacketBox]) {
        self.boxes = boxes
    }

    /// The union of `boxes`, which may overlap and need not follow the field convention.
    public init(boxes: [PacketBox]) {
        var merged: [PacketBox] = []
        for piece in boxes.flatMap({ $0.normalizedPieces() }) {
            merged = BoxCoalescer.adding(PacketSet.pieces(of: piece, outside: merged), to: merged)
        }
        self.init(coalescedBoxes: merged)
    }

    /// No packets.
    public static let empty = PacketSet(disjointBoxes: [])

    /// Every packet of both address families.
    public static let everything = PacketSet(disjointBoxes: [.all(.ipv4), .all(.ipv6)])

    /// Every packet of `family`.
    public static func all(_ family: AddressFamily) -> PacketSet {
        PacketSet(disjointBoxes: [.all(family)])
    }

    /// Packets of `family` between the address ranges that `traffic` matches: all traffic
    /// is every protocol 0–255 with any ports and ICMP fields; TCP and UDP constrain
    /// destination ports; ICMP and ICMPv6 constrain type and code (`nil` meaning any);
    /// another protocol number matches every packet of that protocol.
    public init(
        family: AddressFamily, source: ClosedRange<UInt128>, destination: ClosedRange<UInt128>,
        traffic: TrafficMatch
    ) {
        var box = PacketBox(family: family, source: source, destination: destination)
        switch traffic {
        case .all:
            break
        case .tcp(let ports), .udp(let ports):
            box.protocols = traffic.ipProtocol == .tcp ? 6...6 : 17...17
            box.destinationPorts = ports.lowerBound...ports.upperBound
        case .icmp(let match), .icmpv6(let match):
            box.protocols = traffic.ipProtocol == .icmp ? 1...1 : 58...58
            box.icmpTypes = match.type.map { $0...$0 } ?? 0...255
            box.icmpCodes = match.code.map { $0...$0 } ?? 0...255
        case .protocolNumber(let number):
            box.protocols = number...number
        }
        self.init(disjointBoxes: [box])
    }

    /// Packets from `source` to `destination` that `traffic` matches, with TCP and UDP
    /// source ports limited to `sourcePorts` when given. Blocks of different families
    /// share no packets, so the set is then empty.
    public init(
        source: CIDR, destination: CIDR, traffic: TrafficMatch, sourcePorts: PortRange? = nil
    ) {
        guard source.family == destination.family else {
            self = .empty
            return
        }
        let set = PacketSet(
            family: source.family, source: source.firstAddress...source.lastAddress,
            destination: destination.firstAddress...destination.lastAddress, traffic: traffic)
        self = sourcePorts.map { set.restricted(sourcePorts: $0) } ?? set
    }

    /// The number of disjoint boxes the set is stored as (a measure of its complexity).
    public var boxCount: Int { boxes.count }

    /// Whether the set holds no packet.
    public var isEmpty: Bool { boxes.isEmpty }

    /// Whether `packet` is in the set.
    public func contains(_ packet: Packet) -> Bool {
        boxes.contains { $0.contains(packet) }
    }
}
