import NetworkModel
import Reachability

/// `permissive-nacl`: a network ACL of the scoped resources' subnets that lets every IPv4
/// packet in from anywhere (as a VPC's default ACL does).
enum PermissiveNACLCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        var seen: Set<ObjectID> = []
        var findings: [Finding] = []
        for resource in environment.scope {
            for subnet in resource.subnets {
                guard let (acl, _) = context.index.networkACL(forSubnet: subnet),
                    seen.insert(acl.id).inserted,
                    context.admitsEverything.value(for: acl, making: { admitsEverything(acl) })
                else { continue }
                let subnets = context.snapshot.subnets.filter {
                    context.index.networkACL(forSubnet: $0.id)?.acl.id == acl.id
                }.map(\.id.rawValue)
                findings.append(
                    context.finding(
                        .permissiveNACL,
                        "Network ACL \(acl.id)\(acl.isDefault ? " (the VPC's default)" : "") allows all inbound traffic from anywhere on \(subnets.joined(separator: ", ")): it adds no defence in depth.",
                        environment: environment, resources: [context.locator.resource(acl.id)],
                        evidence: Evidence(
                            summary: "every IPv4 packet from 0.0.0.0/0 is allowed in",
                            details: acl.entries(.ingress).map {
                                "ingress \($0.ruleNumber) \($0.action) \($0.traffic.value.map(String.init(describing:)) ?? "?") \($0.cidr.value.map(String.init(describing:)) ?? "?")"
                            }),
                        fixes: [
                            FindingFix(
                                summary:
                                    "associate the subnets with a network ACL allowing only the flows they need and their replies"
                            )
                        ]))
            }
        }
        return findings
    }

    /// Whether the inbound entries, first match deciding, allow every IPv4 packet.
    static func admitsEverything(_ acl: NetworkACL) -> Bool {
        guard acl.unknownEntryBlocks.isEmpty else { return false }
        var undecided = PacketSet.all(.ipv4)
        var allowed = PacketSet.empty
        for entry in acl.entries(.ingress) {
            guard let traffic = entry.traffic.value, let cidr = entry.cidr.value else {
                return false
            }
            guard cidr.family == .ipv4 else { continue }
            let matched = undecided.intersection(
                PacketSet(source: cidr, destination: .anyIPv4, traffic: traffic))
            if entry.action == .allow { allowed = allowed.union(matched) }
            undecided = undecided.subtracting(matched)
        }
        return allowed == PacketSet.all(.ipv4)
    }
}
