import NetworkModel
import Reachability

/// The concrete packets checked for one question.
///
/// Addresses are few (each instance has one to four), so every pair of a source and a
/// destination address of one family is taken. Ports are cut at every bound of every port
/// range in the network's rules: between two cuts, no rule can tell ports apart, so one
/// port per piece — the piece's first — decides the whole piece. Taking every piece of the client port
/// range against every piece of the server port range makes the check exhaustive; the
/// well-known edges (1023/1024, the ephemeral bounds, 65535), random packets (at least
/// ``minimumCount`` in all) and the answer's examples are added on top.
struct BruteForcePackets {
    var packets: [Packet] = []
    /// Whether `packets` holds a member of every piece, so that what holds for all of
    /// them holds for every packet of the question.
    var isExhaustive = true

    init(
        question: ReachabilityQuestion, source: Workload, destination: Workload,
        snapshot: NetworkSnapshot, random: inout RandomNetworkGenerator
    ) {
        let cuts = Self.portCuts(snapshot)
        let serverRange = question.ports ?? .all
        let clientRange = question.ephemeralPorts
        var serverPorts = Self.ports(in: serverRange, cuts: cuts, random: &random)
        var clientPorts = Self.ports(in: clientRange, cuts: cuts, random: &random)
        if serverPorts.count * clientPorts.count > 600 {
            // Keep every piece of the smaller side and a sample of the other; rare.
            isExhaustive = false
            if serverPorts.count > clientPorts.count {
                serverPorts = random.sample(serverPorts, count: 600 / clientPorts.count)
            } else {
                clientPorts = random.sample(clientPorts, count: 600 / serverPorts.count)
            }
        }
        let pairs = source.privateIPs.flatMap { from in
            destination.privateIPs.filter { $0.family == from.family }.map { (from, $0) }
        }
        for (from, to) in pairs {
            switch question.ipProtocol {
            case .tcp, .udp:
                let number: UInt8 = question.ipProtocol == .tcp ? 6 : 17
                for server in serverPorts {
                    for client in clientPorts {
                        packets.append(
                            Packet(
                                source: from, destination: to, protocolNumber: number,
                                sourcePort: client, destinationPort: server))
                    }
                }
            default:
                // ICMP echo: the question holds one packet per pair of addresses.
                packets.append(
                    Packet(
                        source: from, destination: to,
                        protocolNumber: question.ipProtocol == .icmpv6 ? 58 : 1,
                        icmpType: question.icmp.type ?? 8, icmpCode: question.icmp.code ?? 0))
            }
        }
        guard question.ipProtocol == .tcp || question.ipProtocol == .udp, !pairs.isEmpty else {
            return
        }
        while packets.count < Self.minimumCount {
            let (from, to) = random.pick(pairs)
            packets.append(
                Packet(
                    source: from, destination: to,
                    protocolNumber: question.ipProtocol == .tcp ? 6 : 17,
                    sourcePort: UInt16(
                        random.within(Int(clientRange.lowerBound)...Int(clientRange.upperBound))),
                    destinationPort: UInt16(
                        random.within(Int(serverRange.lowerBound)...Int(serverRange.upperBound)))))
        }
    }

    /// Random packets top up a TCP or UDP sample to this many.
    static let minimumCount = 64

    /// The answer's examples, when they are packets of the question.
    mutating func add(_ examples: [Packet?]) {
        for case let example? in examples where !packets.contains(example) {
            packets.append(example)
        }
    }

    /// The first port of every piece a rule's port range starts or ends: its lower bound
    /// and one past its upper bound.
    static func portCuts(_ snapshot: NetworkSnapshot) -> Set<UInt16> {
        var traffic: [TrafficMatch] = []
        for group in snapshot.securityGroups {
            traffic += (group.ingress + group.egress).compactMap(\.traffic.value)
        }
        for acl in snapshot.networkACLs {
            traffic += acl.entries.compactMap(\.traffic.value)
        }
        var cuts: Set<UInt16> = [0]
        for case .tcp(let ports) in traffic {
            cuts.insert(ports.lowerBound)
            if ports.upperBound < 65535 { cuts.insert(ports.upperBound + 1) }
        }
        for case .udp(let ports) in traffic {
            cuts.insert(ports.lowerBound)
            if ports.upperBound < 65535 { cuts.insert(ports.upperBound + 1) }
        }
        return cuts
    }

    /// One port of every piece of `range`, the edges people get wrong, and two random
    /// ports.
    static func ports(
        in range: PortRange, cuts: Set<UInt16>, random: inout RandomNetworkGenerator
    ) -> [UInt16] {
        var ports: Set<UInt16> = [range.lowerBound, range.upperBound]
        let edges: [UInt16] = [1023, 1024, 32767, 32768, 49151, 49152, 60999, 61000, 65535]
        for port in cuts.union(edges) where range.contains(port) {
            ports.insert(port)
            if port > range.lowerBound { ports.insert(port - 1) }
        }
        for _ in 0..<2 {
            ports.insert(
                UInt16(random.within(Int(range.lowerBound)...Int(range.upperBound))))
        }
        return ports.sorted()
    }
}
