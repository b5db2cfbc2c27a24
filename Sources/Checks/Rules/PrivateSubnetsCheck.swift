import NetworkModel

/// `mwaa-private-subnets`: no environment subnet routes to an internet gateway.
enum PrivateSubnetsCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        environment.subnets.compactMap { subnet in
            guard let (table, _) = context.index.routeTable(forSubnet: subnet.id),
                let route = table.routes.first(where: { $0.target.kind == .internetGateway })
            else { return nil }
            return context.finding(
                .privateSubnets,
                "Subnet \(subnet.id) of \(environment.address) is public: its route table \(table.id) sends \(route.destination) to an internet gateway. MWAA requires private subnets.",
                environment: environment,
                resources: [
                    context.locator.resource(environment.id), context.locator.resource(subnet.id),
                ],
                evidence: Evidence(
                    summary: "route \(route.destination) → \(route.target)",
                    details: [
                        "declared at \(route.provenance.qualifiedName) (\(route.provenance.location))"
                    ]),
                fixes: [
                    FindingFix(
                        summary:
                            "associate \(subnet.id) with a route table that has no internet gateway route (send 0.0.0.0/0 to a NAT gateway in a public subnet instead)"
                    )
                ])
        }
    }
}
