import NetworkModel
import Reachability

extension RandomNetwork {
    /// The parts of `snapshot` a reachability answer depends on, one object per line and
    /// one rule per indented line, so a failing case can be read and rebuilt by hand.
    static func describe(_ snapshot: NetworkSnapshot) -> String {
        var lines: [String] = []
        for vpc in snapshot.vpcs {
            lines.append("\(vpc.id) \(vpc.ipv4CIDRs.map(known).joined(separator: ", "))")
        }
        for connection in snapshot.peeringConnections {
            lines.append(
                "\(connection.id): \(connection.requesterVPC) (requester) ↔ \(connection.accepterVPC) (accepter)"
            )
        }
        for subnet in snapshot.subnets {
            lines.append(
                "\(subnet.id) \(subnet.ipv4CIDR.map(known) ?? "(no block)") in \(subnet.vpc)")
        }
        for group in snapshot.securityGroups {
            lines.append("\(group.id) (\(tags(vpc: group.vpc, group.isDefault, group.isImplied)))")
            for rule in group.ingress {
                lines.append("  in  \(known(rule.traffic)) from \(rule.peer)")
            }
            for rule in group.egress {
                lines.append("  out \(known(rule.traffic)) to \(rule.peer)")
            }
        }
        for acl in snapshot.networkACLs {
            lines.append(
                "\(acl.id) (\(tags(vpc: acl.vpc, acl.isDefault, acl.isImplied))) subnets: \(list(acl.subnets))"
            )
            for direction in TrafficDirection.allCases {
                for entry in acl.entries(direction) {
                    let (name, preposition) =
                        direction == .ingress ? ("in ", "from") : ("out", "to")
                    lines.append(
                        "  \(name) \(entry.ruleNumber) \(entry.action.rawValue) \(known(entry.traffic)) \(preposition) \(known(entry.cidr))"
                    )
                }
            }
        }
        for table in snapshot.routeTables {
            lines.append(
                "\(table.id) (\(tags(vpc: table.vpc, table.isMain, table.isImplied, main: true))) subnets: \(list(table.subnets))"
            )
            for route in table.routes {
                lines.append(
                    "  \(route.destination) → \(route.target)\(route.isBlackhole ? " [blackhole]" : "")"
                )
            }
        }
        for workload in snapshot.workloads {
            let groups =
                workload.securityGroups.isEmpty ? "(VPC default)" : list(workload.securityGroups)
            lines.append(
                "\(workload.id) subnets: \(list(workload.subnets)) groups: \(groups) addresses: \(workload.privateIPs.map(\.description).joined(separator: ", "))"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// The question as a command line would put it.
    static func describe(_ question: ReachabilityQuestion) -> String {
        let ports =
            question.ipProtocol == .tcp || question.ipProtocol == .udp
            ? "\(question.ports ?? .all)" : "\(question.icmp)"
        return
            "\(question.from) → \(question.to) \(question.ipProtocol) \(ports), ephemeral \(question.ephemeralPorts)"
    }

    private static func known<Value: CustomStringConvertible>(_ value: Knowable<Value>) -> String {
        value.value?.description ?? "(unknown)"
    }

    private static func list(_ references: [Reference]) -> String {
        references.isEmpty ? "-" : references.map(\.description).joined(separator: ", ")
    }

    private static func tags(vpc: Reference?, _ flag: Bool, _ implied: Bool, main: Bool = false)
        -> String
    {
        var tags = [vpc?.description ?? "no VPC"]
        if flag { tags.append(main ? "main" : "default") }
        if implied { tags.append("implied") }
        return tags.joined(separator: ", ")
    }
}
