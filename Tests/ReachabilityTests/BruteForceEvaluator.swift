import NetworkModel
import Reachability

/// Decides one concrete packet between two workloads by walking the rules of
/// docs/semantics.md one at a time — no packet sets, no engine code — so the engine's
/// symbolic answers can be checked against it.
///
/// Covers what random networks contain: security groups with block and group peers,
/// network ACLs, route tables with local, peering, blackhole and internet routes, and
/// workloads with known private addresses.
struct BruteForceEvaluator {
    let snapshot: NetworkSnapshot
    private let groups: [ObjectID: SecurityGroup]
    /// Each subnet's route table and VPC.
    private let routing: [ObjectID: (table: RouteTable, vpc: VPC)]
    /// Each subnet's network ACL and its entries each way in ascending rule number.
    private let acls: [ObjectID: (id: ObjectID, entries: [TrafficDirection: [NetworkACLEntry]])]

    /// Looks up, once, which route table and network ACL each subnet uses: an explicit
    /// association, else the VPC's main table or default ACL.
    init(snapshot: NetworkSnapshot) {
        self.snapshot = snapshot
        var groups: [ObjectID: SecurityGroup] = [:]
        for group in snapshot.securityGroups where groups[group.id] == nil {
            groups[group.id] = group
        }
        self.groups = groups
        var routing: [ObjectID: (RouteTable, VPC)] = [:]
        var acls: [ObjectID: (ObjectID, [TrafficDirection: [NetworkACLEntry]])] = [:]
        for subnet in snapshot.subnets {
            let reference = Reference.resolved(subnet.id)
            let table =
                snapshot.routeTables.first { $0.subnets.contains(reference) }
                ?? snapshot.routeTables.first { $0.isMain && $0.vpc == subnet.vpc }
            if let table, let vpc = snapshot.vpcs.first(where: { .resolved($0.id) == subnet.vpc }) {
                routing[subnet.id] = (table, vpc)
            }
            let associated = snapshot.networkACLs.filter { $0.subnets.contains(reference) }
            let acl =
                associated.first { !$0.isDefault } ?? associated.first
                ?? snapshot.networkACLs.first { $0.isDefault && $0.vpc == subnet.vpc }
            guard let acl else { continue }
            var entries: [TrafficDirection: [NetworkACLEntry]] = [:]
            for direction in TrafficDirection.allCases {
                entries[direction] = acl.entries.filter { $0.direction == direction }.sorted {
                    $0.ruleNumber.rawValue < $1.ruleNumber.rawValue
                }
            }
            acls[subnet.id] = (acl.id, entries)
        }
        self.routing = routing
        self.acls = acls
    }

    /// Whether a packet passes and, when it does not, the first hop that stops it (put
    /// into words only when asked: most packets are never reported).
    struct Outcome: CustomStringConvertible, Sendable {
        var passes: Bool
        private let explanation: @Sendable () -> String

        var reason: String { explanation() }

        static let passes = Outcome(passes: true) { "passes every hop both ways" }

        static func stopped(_ reason: @autoclosure @escaping @Sendable () -> String) -> Outcome {
            Outcome(passes: false, explanation: reason)
        }

        /// The same outcome with `leg` (forward, or the reply) named first.
        func on(_ leg: @autoclosure @escaping @Sendable () -> String) -> Outcome {
            let explanation = explanation
            return Outcome(passes: passes) { "\(leg()): \(explanation())" }
        }

        var description: String { passes ? "passes" : "stopped: \(reason)" }
    }

    /// One interface of a workload: the subnet holding one of its addresses.
    struct Interface {
        var workload: ObjectID
        var subnet: Subnet
        var vpc: ObjectID
        var groups: [ObjectID]
    }

    /// Decides `packet` from `source` to `destination`, request and reply.
    func evaluate(_ packet: Packet, from source: Workload, to destination: Workload) -> Outcome {
        guard let from = interface(of: source, holding: packet.source) else {
            return .stopped("\(packet.source) is not an address of \(source.id)")
        }
        guard let to = interface(of: destination, holding: packet.destination) else {
            return .stopped("\(packet.destination) is not an address of \(destination.id)")
        }
        let crossesSubnets = from.subnet.id != to.subnet.id
        if !groupsAllow(from.groups, .egress, packet, peer: to) {
            return .stopped("forward: no egress rule of \(from.groups) allows it")
        }
        if let stop = routeStops(from: from.subnet, to: packet.destination, inVPC: to.vpc) {
            return stop.on("forward")
        }
        if crossesSubnets {
            if let stop = aclStops(from.subnet, .egress, packet) { return stop.on("forward") }
            if let stop = aclStops(to.subnet, .ingress, packet) { return stop.on("forward") }
        }
        if !groupsAllow(to.groups, .ingress, packet, peer: from) {
            return .stopped("forward: no ingress rule of \(to.groups) allows it")
        }
        // Security groups are stateful; routes and network ACLs see the reply.
        let reply = Self.reply(to: packet)
        if let stop = routeStops(from: to.subnet, to: reply.destination, inVPC: from.vpc) {
            return stop.on("reply \(reply)")
        }
        if crossesSubnets {
            if let stop = aclStops(to.subnet, .egress, reply) { return stop.on("reply \(reply)") }
            if let stop = aclStops(from.subnet, .ingress, reply) {
                return stop.on("reply \(reply)")
            }
        }
        return .passes
    }

    /// The reply to `packet`: addresses and ports exchanged; an echo request's reply is an
    /// echo reply.
    static func reply(to packet: Packet) -> Packet {
        var type = packet.icmpType
        if packet.protocolNumber == 1 && type == 8 { type = 0 }
        if packet.protocolNumber == 58 && type == 128 { type = 129 }
        return Packet(
            source: packet.destination, destination: packet.source,
            protocolNumber: packet.protocolNumber, sourcePort: packet.destinationPort,
            destinationPort: packet.sourcePort, icmpType: type, icmpCode: packet.icmpCode)
    }

    // MARK: - Interfaces

    /// The interface of `workload` in the subnet holding `address`, when the address is
    /// one of the workload's.
    func interface(of workload: Workload, holding address: IPAddress) -> Interface? {
        guard workload.privateIPs.contains(address) else { return nil }
        for reference in workload.subnets {
            guard let id = reference.objectID,
                let subnet = snapshot.subnets.first(where: { $0.id == id }),
                [subnet.ipv4CIDR?.value, subnet.ipv6CIDR?.value].contains(where: { block in
                    block.map { Self.block($0, contains: address) } ?? false
                }),
                let vpc = subnet.vpc.objectID
            else { continue }
            var groups = workload.securityGroups.compactMap(\.objectID)
            if workload.securityGroups.isEmpty {
                groups = snapshot.securityGroups.filter { $0.isDefault && $0.vpc == subnet.vpc }
                    .map(\.id)
            }
            return Interface(workload: workload.id, subnet: subnet, vpc: vpc, groups: groups)
        }
        return nil
    }

    // MARK: - Security groups

    /// Whether any rule of any of the `carried` groups facing `direction` matches the packet; the
    /// rule's peer is the packet's destination for egress, its source for ingress.
    func groupsAllow(
        _ carried: [ObjectID], _ direction: TrafficDirection, _ packet: Packet, peer: Interface
    ) -> Bool {
        let peerAddress = direction == .egress ? packet.destination : packet.source
        for id in carried {
            guard let group = groups[id] else { continue }
            for rule in direction == .egress ? group.egress : group.ingress {
                guard case .known(let traffic) = rule.traffic,
                    Self.traffic(traffic, matches: packet)
                else { continue }
                switch rule.peer {
                case .cidr(let block):
                    if Self.block(block, contains: peerAddress) { return true }
                case .securityGroup(let reference):
                    if let member = reference.objectID, peer.groups.contains(member) { return true }
                case .prefixList(let reference):
                    let list = snapshot.prefixLists.first { $0.id == reference.objectID }
                    let blocks = list?.entries.value ?? []
                    if blocks.contains(where: { Self.block($0, contains: peerAddress) }) {
                        return true
                    }
                case .unknown:
                    continue
                }
            }
        }
        return false
    }

    // MARK: - Routes

    /// Why the route table of `subnet` does not deliver `address` into `vpc`, or `nil`
    /// when it does. The longest matching prefix among the local routes (one per VPC
    /// block) and the table's routes decides.
    func routeStops(from subnet: Subnet, to address: IPAddress, inVPC target: ObjectID)
        -> Outcome?
    {
        guard let (table, vpc) = routing[subnet.id] else {
            return .stopped("no route table or VPC for \(subnet.id)")
        }
        var best: (length: Int, route: Route?)?
        for case .known(let block) in vpc.ipv4CIDRs + vpc.ipv6CIDRs
        where Self.block(block, contains: address) {
            if best == nil || block.prefixLength > best!.length { best = (block.prefixLength, nil) }
        }
        for route in table.routes {
            guard case .cidr(let block) = route.destination, Self.block(block, contains: address)
            else { continue }
            if best == nil || block.prefixLength > best!.length {
                best = (block.prefixLength, route)
            }
        }
        guard let best else { return .stopped("\(table.id) has no route to \(address)") }
        guard let route = best.route else {
            if vpc.id == target { return nil }
            return .stopped("\(table.id) local route, but \(address) is in \(target)")
        }
        if route.isBlackhole {
            return .stopped(
                "\(table.id) route \(route.destination) → \(route.target) is a blackhole")
        }
        guard route.target.kind == .peeringConnection,
            let connection = snapshot.peeringConnections.first(where: {
                .resolved($0.id) == route.target.reference
            })
        else {
            return .stopped(
                "\(table.id) route \(route.destination) → \(route.target) does not lead to \(target)"
            )
        }
        let far =
            connection.requesterVPC == .resolved(vpc.id)
            ? connection.accepterVPC : connection.requesterVPC
        if far == .resolved(target) { return nil }
        return .stopped(
            "\(table.id) route \(route.destination) → \(route.target) leads to \(far), not \(target)"
        )
    }

    // MARK: - Network ACLs

    /// Why the ACL of `subnet` denies `packet` facing `direction`, or `nil` when it allows
    /// it. Entries go in ascending rule number and the first match decides; none
    /// matching, the implied final entry denies.
    func aclStops(_ subnet: Subnet, _ direction: TrafficDirection, _ packet: Packet) -> Outcome? {
        guard let acl = acls[subnet.id] else {
            return .stopped("no network ACL for \(subnet.id)")
        }
        let address = direction == .ingress ? packet.source : packet.destination
        for entry in acl.entries[direction] ?? [] {
            guard case .known(let traffic) = entry.traffic, case .known(let block) = entry.cidr,
                Self.traffic(traffic, matches: packet), Self.block(block, contains: address)
            else { continue }
            if entry.action == .allow { return nil }
            return .stopped("\(acl.id) \(direction.rawValue) rule \(entry.ruleNumber) denies it")
        }
        return .stopped("\(acl.id) \(direction.rawValue) has no matching rule (implied deny)")
    }

    // MARK: - Matching

    /// Whether a rule's protocol and ports (destination ports) or ICMP type and code
    /// match the packet.
    static func traffic(_ traffic: TrafficMatch, matches packet: Packet) -> Bool {
        switch traffic {
        case .all:
            return true
        case .tcp(let ports):
            return packet.protocolNumber == 6 && ports.lowerBound <= packet.destinationPort
                && packet.destinationPort <= ports.upperBound
        case .udp(let ports):
            return packet.protocolNumber == 17 && ports.lowerBound <= packet.destinationPort
                && packet.destinationPort <= ports.upperBound
        case .icmp(let match):
            return packet.protocolNumber == 1 && icmp(match, matches: packet)
        case .icmpv6(let match):
            return packet.protocolNumber == 58 && icmp(match, matches: packet)
        case .protocolNumber(let number):
            return packet.protocolNumber == number
        }
    }

    private static func icmp(_ match: ICMPMatch, matches packet: Packet) -> Bool {
        (match.type == nil || match.type == packet.icmpType)
            && (match.code == nil || match.code == packet.icmpCode)
    }

    /// Whether `address` lies in `block`, by comparing the prefix bits; families never mix.
    static func block(_ block: CIDR, contains address: IPAddress) -> Bool {
        guard block.family == address.family else { return false }
        let hostBits = block.family.bitWidth - block.prefixLength
        guard hostBits < block.family.bitWidth else { return true }
        return address.value >> UInt128(hostBits) == block.network >> UInt128(hostBits)
    }
}
