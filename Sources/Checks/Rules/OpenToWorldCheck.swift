import NetworkModel

/// `open-to-world`: a group of the environment, its data stores or endpoints admitting
/// 0.0.0.0/0 or ::/0, whether or not a route makes it reachable today.
enum OpenToWorldCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (group, owners) in ScopedGroups.groups(of: environment, context) {
            for rule in group.ingress {
                guard case .cidr(let cidr) = rule.peer, cidr.prefixLength == 0 else { continue }
                let traffic =
                    rule.traffic.value.map(String.init(describing:)) ?? "(unknown traffic)"
                findings.append(
                    context.finding(
                        .openToWorld,
                        "\(group.id) admits \(traffic) from \(cidr) (any address) to \(owners.map(\.rawValue).joined(separator: ", ")).",
                        environment: environment,
                        resources: [
                            context.locator.resource(group.id),
                            context.locator.resource(declaredAt: rule.provenance),
                        ],
                        evidence: Evidence(
                            summary: "ingress \(traffic) from \(cidr)",
                            details: [
                                "declared at \(rule.provenance.qualifiedName) (\(rule.provenance.location))"
                            ]),
                        fixes: [
                            FindingFix(
                                summary:
                                    "replace \(cidr) with the security group or networks that really connect (referenced_security_group_id)"
                            )
                        ]))
            }
        }
        return findings
    }
}
