import NetworkModel
import Reachability

/// `excess-ingress`: per rule, the packets a group admits beyond what the profile and
/// the required intents need, computed exactly.
///
/// Needed: all traffic among the environment's own interfaces (AWS's default
/// self-reference), TCP 443 from the web-server clients (`PRIVATE_ONLY`; by default the
/// VPC's address space), TCP on a data store's port and 443 to the endpoints from the
/// environment, and every required intent's traffic to the resource.
enum ExcessIngressCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        let scope = environment.scope
        let ownAddresses = context.resolver.interfaces(of: environment.workload).flatMap(
            \.addresses)
        var needs: [ObjectID: PacketSet] = [:]
        for resource in scope {
            var need = PacketSet.empty
            switch resource.role {
            case .environment:
                need = sources(ownAddresses, .all)
                if environment.isPrivateWebServer {
                    let clients =
                        context.options.webserverClients
                        ?? (environment.vpc.map {
                            ($0.ipv4CIDRs + $0.ipv6CIDRs).compactMap(\.value)
                        }
                            ?? [])
                    need = need.union(sources(clients.map(AddressRange.init), .tcp(PortRange(443))))
                }
            case .dataStore:
                if let port = resource.port.flatMap({ UInt16(exactly: $0) }) {
                    need = sources(ownAddresses, .tcp(PortRange(port)))
                }
            case .endpoint:
                need = sources(ownAddresses, .tcp(PortRange(443)))
            }
            need = need.union(intentNeeds(to: resource, context))
            for group in resource.groups { needs[group] = (needs[group] ?? .empty).union(need) }
        }
        var findings: [Finding] = []
        for (group, owners) in ScopedGroups.groups(of: environment, context) {
            let need = needs[group.id] ?? .empty
            for rule in group.ingress {
                guard let traffic = rule.traffic.value,
                    let peers = peerRanges(rule.peer, context)
                else { continue }
                let granted = sources(peers, traffic)
                let excess = granted.subtracting(need)
                guard !excess.isEmpty else { continue }
                let lines = Evidence.packetLines("excess", excess)
                findings.append(
                    context.finding(
                        .excessIngress,
                        "\(group.id) admits more than \(owners.map(\.rawValue).joined(separator: ", ")) need\(owners.count == 1 ? "s" : ""): its rule \(traffic) from \(rule.peer) grants packets no MWAA flow or intent requires.",
                        environment: environment,
                        resources: [
                            context.locator.resource(group.id),
                            context.locator.resource(declaredAt: rule.provenance),
                        ],
                        evidence: Evidence(
                            summary:
                                "granted by \(rule.provenance.qualifiedName) (\(rule.provenance.location))",
                            details: lines + Evidence.packetLines("needed", need)),
                        fixes: [
                            FindingFix(
                                summary:
                                    "narrow \(rule.provenance.qualifiedName) to the needed sources and ports, or declare the flow in --intents"
                            )
                        ]))
            }
        }
        return findings
    }

    /// Packets from `ranges` with `traffic`, to any destination.
    private static func sources(_ ranges: [AddressRange], _ traffic: TrafficMatch) -> PacketSet {
        var set = PacketSet.empty
        for range in ranges {
            set = set.union(
                PacketSet(
                    family: range.family, source: range.bounds,
                    destination: 0...range.family.maxValue, traffic: traffic))
        }
        return set
    }

    /// The addresses a rule's peer stands for; `nil` when not known.
    private static func peerRanges(_ peer: SecurityGroupPeer, _ context: CheckContext)
        -> [AddressRange]?
    {
        switch peer {
        case .cidr(let cidr):
            return [AddressRange(cidr)]
        case .prefixList(let reference):
            guard let id = reference.objectID,
                let entries = context.snapshot.prefixLists.first(where: { $0.id == id })?.entries
                    .value
            else { return nil }
            return entries.map(AddressRange.init)
        case .securityGroup(let reference):
            guard let id = reference.objectID else { return nil }
            return context.groupMembers[id] ?? []
        case .unknown:
            return nil
        }
    }

    /// The traffic required intents send to `resource`.
    private static func intentNeeds(to resource: ScopedResource, _ context: CheckContext)
        -> PacketSet
    {
        var need = PacketSet.empty
        for intent in context.options.intents.require {
            guard case .interfaces(_, let targets)? = try? context.resolver.resolve(intent.to),
                targets.contains(where: { $0.owner == resource.id })
            else { continue }
            let from: [AddressRange]
            switch try? context.resolver.resolve(intent.from) {
            case .interfaces(_, let interfaces)?: from = interfaces.flatMap(\.addresses)
            case .external(_, let ranges)?: from = ranges
            default: continue
            }
            let ports =
                intent.ports ?? resource.port.flatMap { UInt16(exactly: $0) }.map { PortRange($0) }
            let traffic: TrafficMatch
            switch intent.ipProtocol {
            case .tcp: traffic = .tcp(ports ?? .all)
            case .udp: traffic = .udp(ports ?? .all)
            case .all: traffic = .all
            case .icmp: traffic = .icmp(ICMPMatch(type: nil, code: nil))
            case .icmpv6: traffic = .icmpv6(ICMPMatch(type: nil, code: nil))
            case .number(let number): traffic = .protocolNumber(number)
            }
            need = need.union(sources(from, traffic))
        }
        return need
    }
}
