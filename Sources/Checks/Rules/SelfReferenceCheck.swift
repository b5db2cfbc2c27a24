import NetworkModel

/// `mwaa-self-reference`: the environment's groups admit themselves on TCP 5432 and 443
/// (or on all traffic).
enum SelfReferenceCheck {
    static let ports: [UInt16] = [5432, 443]

    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        let groups = environment.groups.compactMap(context.index.securityGroup)
        guard let first = groups.first else { return [] }
        let me = context.locator.resource(environment.id)
        let unknown = groups.flatMap(\.unknownRuleBlocks)
        let selfRules = groups.flatMap(\.ingress).filter { rule in
            guard case .securityGroup(let peer) = rule.peer, let id = peer.objectID else {
                return false
            }
            return environment.groups.contains(id)
        }
        let missing = ports.filter { port in
            !selfRules.contains { rule in
                switch rule.traffic.value {
                case .all: true
                case .tcp(let range): range.contains(port)
                default: false
                }
            }
        }
        guard !missing.isEmpty else { return [] }
        if !unknown.isEmpty {
            return [
                context.unknownFinding(
                    "the environment's groups admit themselves on TCP \(missing.map(String.init).joined(separator: " and "))",
                    because: unknown.map(\.description), environment: environment,
                    resources: [me])
            ]
        }
        let portList = missing.map(String.init).joined(separator: " and ")
        let fixes = missing.map { port in
            FindingFix(
                summary: "admit \(first.id) from itself on TCP \(port)",
                terraform: """
                    resource "aws_vpc_security_group_ingress_rule" "\(TerraformExpression.name(first.name ?? "mwaa"))_self_\(port)" {
                      security_group_id            = \(TerraformExpression.id(of: first.id))
                      referenced_security_group_id = \(TerraformExpression.id(of: first.id))
                      ip_protocol                  = "tcp"
                      from_port                    = \(port)
                      to_port                      = \(port)
                    }
                    """)
        }
        return [
            context.finding(
                .selfReference,
                "The security groups of \(environment.address) do not admit themselves on TCP \(portList): the metadata database and web server endpoints, which carry these groups, refuse the environment's own components.",
                environment: environment,
                resources: [me] + groups.map { context.locator.resource($0.id) },
                evidence: Evidence(
                    summary:
                        "self-referencing ingress: \(selfRules.isEmpty ? "none" : selfRules.map { "\($0.traffic.value.map(String.init(describing:)) ?? "?")" }.joined(separator: ", "))",
                    details: groups.map { group in
                        "\(group.id) ingress: "
                            + (group.ingress.isEmpty
                                ? "no rules"
                                : group.ingress.map {
                                    "\($0.traffic.value.map(String.init(describing:)) ?? "?") from \($0.peer)"
                                }
                                .joined(separator: "; "))
                    }),
                fixes: fixes)
        ]
    }
}
