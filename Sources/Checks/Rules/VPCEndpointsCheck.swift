import NetworkModel

/// `mwaa-vpc-endpoints`: with private routing, an interface endpoint with private DNS in
/// each subnet's zone for every required service, and the S3 gateway endpoint on both
/// subnets' route tables.
enum VPCEndpointsCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        guard environment.routingMode == .privateRouting, let vpc = environment.vpc else {
            return []
        }
        var findings: [Finding] = []
        var services = environment.requiredServices.filter { $0 != "s3" }
        if !environment.hasCustomerKey { services.append("kms") }
        for service in services {
            let candidates = context.index.vpcEndpoints(inVPC: vpc.id, service: service).filter {
                $0.type != .gateway
            }
            findings += interfaceFindings(
                service, candidates, environment, context,
                optional: service == "kms" && !environment.hasCustomerKey)
        }
        findings += gatewayFindings(
            context.index.vpcEndpoints(inVPC: vpc.id, service: "s3"), environment, context)
        return findings
    }

    private static func interfaceFindings(
        _ service: String, _ candidates: [VPCEndpoint], _ environment: MWAAEnvironment,
        _ context: CheckContext, optional: Bool
    ) -> [Finding] {
        let me = context.locator.resource(environment.id)
        let serviceName = environment.endpointServiceName(service)
        guard !candidates.isEmpty else {
            var finding = context.finding(
                .vpcEndpoints,
                optional
                    ? "\(environment.address) has no \(serviceName) interface endpoint; it is needed only with a customer-managed KMS key, which the environment does not set."
                    : "\(environment.address) uses private routing but its VPC has no \(serviceName) interface endpoint: MWAA cannot reach \(service).",
                environment: environment,
                resources: [me, FindingResource(address: "service:\(service)")],
                evidence: Evidence(
                    summary: "no endpoint for \(serviceName) in \(environment.vpc!.id)",
                    details: ["routing mode: private (no 0.0.0.0/0 route to a NAT gateway)"]),
                fixes: [interfaceEndpointFix(service, environment, context)])
            if optional { finding.severity = .note }
            return [finding]
        }
        let endpoint = candidates.first(where: \.privateDNSEnabled) ?? candidates[0]
        let resources = [me, context.locator.resource(endpoint.id)]
        guard endpoint.privateDNSEnabled else {
            return [
                context.finding(
                    .vpcEndpoints,
                    "The \(service) endpoint \(endpoint.id) has private DNS off: \(service)'s name resolves to its public addresses, which private routing cannot reach.",
                    environment: environment, resources: resources,
                    evidence: Evidence(summary: "private_dns_enabled = false"),
                    fixes: [FindingFix(summary: "set private_dns_enabled = true on \(endpoint.id)")]
                )
            ]
        }
        let zones = Set(
            endpoint.subnets.compactMap { $0.objectID.flatMap(context.index.subnet) }
                .compactMap { $0.availabilityZone?.value })
        let missingZones = environment.subnets.filter { subnet in
            guard let zone = subnet.availabilityZone?.value else { return false }
            return !zones.contains(zone)
        }
        return missingZones.map { subnet in
            context.finding(
                .vpcEndpoints,
                "The \(service) endpoint \(endpoint.id) has no interface in \(subnet.availabilityZone!.value!), the zone of \(subnet.id).",
                environment: environment, resources: resources,
                evidence: Evidence(
                    summary: "endpoint zones: \(zones.sorted().joined(separator: ", "))"),
                fixes: [FindingFix(summary: "add \(subnet.id) to subnet_ids of \(endpoint.id)")])
        }
    }

    private static func gatewayFindings(
        _ candidates: [VPCEndpoint], _ environment: MWAAEnvironment, _ context: CheckContext
    ) -> [Finding] {
        let me = context.locator.resource(environment.id)
        let tables = environment.subnets.compactMap {
            context.index.routeTable(forSubnet: $0.id)?.table
        }
        guard let endpoint = candidates.first(where: { $0.type == .gateway }) else {
            let tableList = tables.map { TerraformExpression.id(of: $0.id) }
            return [
                context.finding(
                    .vpcEndpoints,
                    "\(environment.address) uses private routing but its VPC has no S3 gateway endpoint: MWAA cannot read its DAGs or pull image layers.",
                    environment: environment,
                    resources: [me, FindingResource(address: "service:s3")],
                    evidence: Evidence(
                        summary: "no gateway endpoint for \(environment.endpointServiceName("s3"))"),
                    fixes: [
                        FindingFix(
                            summary: "create the S3 gateway endpoint on the subnets' route tables",
                            terraform: """
                                resource "aws_vpc_endpoint" "s3" {
                                  vpc_id            = \(TerraformExpression.id(of: environment.vpc!.id))
                                  service_name      = "\(environment.endpointServiceName("s3"))"
                                  vpc_endpoint_type = "Gateway"
                                  route_table_ids   = [\(Array(Set(tableList)).sorted().joined(separator: ", "))]
                                }
                                """)
                    ])
            ]
        }
        var seen: Set<ObjectID> = []
        return tables.compactMap { table in
            guard seen.insert(table.id).inserted,
                !endpoint.routeTables.contains(.resolved(table.id))
            else { return nil }
            return context.finding(
                .vpcEndpoints,
                "The S3 gateway endpoint \(endpoint.id) is not on route table \(table.id) of \(environment.address)'s subnets.",
                environment: environment,
                resources: [
                    me, context.locator.resource(endpoint.id), context.locator.resource(table.id),
                ],
                evidence: Evidence(summary: "route_table_ids lacks \(table.id)"),
                fixes: [
                    FindingFix(
                        summary: "associate the endpoint with \(table.id)",
                        terraform: """
                            resource "aws_vpc_endpoint_route_table_association" "s3_\(TerraformExpression.name(table.id.rawValue))" {
                              vpc_endpoint_id = \(TerraformExpression.id(of: endpoint.id))
                              route_table_id  = \(TerraformExpression.id(of: table.id))
                            }
                            """)
                ])
        }
    }

    private static func interfaceEndpointFix(
        _ service: String, _ environment: MWAAEnvironment, _ context: CheckContext
    ) -> FindingFix {
        // The group other interface endpoints of the VPC use, else the environment's.
        let group =
            context.snapshot.vpcEndpoints.first {
                $0.vpc == .resolved(environment.vpc!.id) && $0.type == .interface
                    && !$0.securityGroups.isEmpty
            }?.securityGroups.first?.objectID ?? environment.groups.first
        let subnets = environment.subnets.map { TerraformExpression.id(of: $0.id) }
        return FindingFix(
            summary: "create the \(service) interface endpoint with private DNS in both subnets",
            terraform: """
                resource "aws_vpc_endpoint" "\(TerraformExpression.name(service))" {
                  vpc_id              = \(TerraformExpression.id(of: environment.vpc!.id))
                  service_name        = "\(environment.endpointServiceName(service))"
                  vpc_endpoint_type   = "Interface"
                  subnet_ids          = [\(subnets.joined(separator: ", "))]
                  security_group_ids  = [\(group.map { TerraformExpression.id(of: $0) } ?? "SECURITY_GROUP_ID")]
                  private_dns_enabled = true
                }
                """)
    }
}
