import NetworkModel

/// `mwaa-outbound-route`: with public routing, every environment subnet sends 0.0.0.0/0
/// to a NAT gateway that sits in a subnet routing 0.0.0.0/0 to an internet gateway.
enum OutboundRouteCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        guard environment.routingMode == .publicRouting else { return [] }
        let snapshot = context.snapshot
        let me = context.locator.resource(environment.id)
        var findings: [Finding] = []
        for subnet in environment.subnets {
            let table = context.index.routeTable(forSubnet: subnet.id)?.table
            let route = table?.routes.first {
                $0.destination == .cidr(.anyIPv4) && $0.target.kind == .natGateway
            }
            guard table != nil, let route else {
                findings.append(
                    context.finding(
                        .outboundRoute,
                        "Subnet \(subnet.id) of \(environment.address) has no 0.0.0.0/0 route to a NAT gateway, while the environment uses public routing.",
                        environment: environment,
                        resources: [me, context.locator.resource(subnet.id)],
                        evidence: Evidence(
                            summary:
                                "route table \(table?.id.rawValue ?? "(none)") has no NAT default route"
                        ),
                        fixes: [natRouteFix(table: table)]))
                continue
            }
            guard let natID = route.target.reference?.objectID,
                let nat = snapshot.gateways.first(where: { $0.id == natID })
            else {
                findings.append(
                    context.unknownFinding(
                        "the NAT gateway of \(subnet.id) sits in a public subnet",
                        because: ["NAT gateway \(route.target) is not in the input"],
                        environment: environment, resources: [me]))
                continue
            }
            if !nat.isPublic {
                findings.append(
                    context.finding(
                        .outboundRoute,
                        "Subnet \(subnet.id) of \(environment.address) routes 0.0.0.0/0 to \(nat.id), a private NAT gateway: it cannot reach the internet.",
                        environment: environment,
                        resources: [me, context.locator.resource(nat.id)],
                        evidence: Evidence(summary: "connectivity_type = private"),
                        fixes: [FindingFix(summary: "route 0.0.0.0/0 to a public NAT gateway")]))
                continue
            }
            guard let natSubnet = nat.subnet?.objectID else {
                findings.append(
                    context.unknownFinding(
                        "the NAT gateway \(nat.id) sits in a public subnet",
                        because: ["the subnet of \(nat.id) is not known"], environment: environment,
                        resources: [me]))
                continue
            }
            let upstream = context.index.routeTable(forSubnet: natSubnet)?.table
            let isPublic = upstream?.routes.contains {
                $0.destination == .cidr(.anyIPv4) && $0.target.kind == .internetGateway
            }
            if isPublic != true {
                findings.append(
                    context.finding(
                        .outboundRoute,
                        "NAT gateway \(nat.id) used by \(environment.address) sits in \(natSubnet), which does not route 0.0.0.0/0 to an internet gateway.",
                        environment: environment,
                        resources: [me, context.locator.resource(nat.id)],
                        evidence: Evidence(
                            summary:
                                "route table \(upstream?.id.rawValue ?? "(none)") of \(natSubnet)"),
                        fixes: [
                            FindingFix(
                                summary:
                                    "route 0.0.0.0/0 of \(natSubnet)'s route table to the VPC's internet gateway"
                            )
                        ]))
            }
        }
        return findings
    }

    private static func natRouteFix(table: RouteTable?) -> FindingFix {
        let tableExpression = table.map { TerraformExpression.id(of: $0.id) } ?? "ROUTE_TABLE_ID"
        return FindingFix(
            summary: "send 0.0.0.0/0 to a NAT gateway in a public subnet",
            terraform: """
                resource "aws_route" "mwaa_default_via_nat" {
                  route_table_id         = \(tableExpression)
                  destination_cidr_block = "0.0.0.0/0"
                  nat_gateway_id         = NAT_GATEWAY_ID
                }
                """)
    }
}
