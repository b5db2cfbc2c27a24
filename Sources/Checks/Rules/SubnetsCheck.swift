import NetworkModel

/// `mwaa-subnets`: exactly two subnets, in two availability zones, in the VPC of the
/// environment's security groups.
enum SubnetsCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        let rule = CheckRule.subnets
        let me = context.locator.resource(environment.id)
        var findings: [Finding] = []
        let references = environment.workload.subnets
        let missing = references.filter { $0.objectID.flatMap(context.index.subnet) == nil }
        if !missing.isEmpty {
            return [
                context.unknownFinding(
                    "the environment's subnets are in two availability zones",
                    because: missing.map { "subnet \($0) is not in the input" },
                    environment: environment, resources: [me])
            ]
        }
        if references.count != 2 {
            findings.append(
                context.finding(
                    rule,
                    "\(environment.address) has \(references.count) subnet\(references.count == 1 ? "" : "s"); MWAA needs exactly two, in two different availability zones.",
                    environment: environment, resources: [me],
                    evidence: Evidence(
                        summary: "network_configuration.subnet_ids lists \(references.count)",
                        details: environment.subnets.map { "subnet \($0.id)" }),
                    fixes: [
                        FindingFix(
                            summary:
                                "list exactly two private subnets of the VPC, in different availability zones, in network_configuration.subnet_ids"
                        )
                    ]))
        }
        let zones = environment.subnets.map { $0.availabilityZone?.value }
        if references.count == 2 {
            if zones.contains(where: { $0 == nil }) {
                findings.append(
                    context.unknownFinding(
                        "the environment's subnets are in two availability zones",
                        because: environment.subnets.compactMap {
                            $0.availabilityZone?.unknown?.description
                                ?? ($0.availabilityZone == nil
                                    ? "\($0.id).availability_zone: not in the input" : nil)
                        }, environment: environment, resources: [me]))
            } else if zones[0] == zones[1] {
                findings.append(
                    context.finding(
                        rule,
                        "Both subnets of \(environment.address) are in \(zones[0]!); MWAA needs two different availability zones.",
                        environment: environment,
                        resources: [me]
                            + environment.subnets.map { context.locator.resource($0.id) },
                        evidence: Evidence(
                            summary: "one availability zone",
                            details: environment.subnets.map {
                                "\($0.id): \($0.availabilityZone?.value ?? "?")"
                            }),
                        fixes: [
                            FindingFix(
                                summary:
                                    "replace one subnet with a private subnet of another availability zone"
                            )
                        ]))
            }
        }
        let subnetVPCs = Set(environment.subnets.compactMap { $0.vpc.objectID })
        for groupID in environment.groups {
            guard let group = context.index.securityGroup(groupID),
                let vpc = group.vpc?.objectID, !subnetVPCs.isEmpty, !subnetVPCs.contains(vpc)
            else { continue }
            findings.append(
                context.finding(
                    rule,
                    "Security group \(group.id) of \(environment.address) is in \(vpc), but its subnets are in \(subnetVPCs.map(\.rawValue).sorted().joined(separator: ", ")).",
                    environment: environment, resources: [me, context.locator.resource(group.id)],
                    evidence: Evidence(summary: "groups and subnets in different VPCs"),
                    fixes: [
                        FindingFix(
                            summary: "use security groups of the subnets' VPC")
                    ]))
        }
        return findings
    }
}
