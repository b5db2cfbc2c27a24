import NetworkModel

extension InventoryReport {
    /// The report as plain text, one section per kind of object.
    public func text() -> String {
        var lines = ReportLines()
        lines.append("Inputs")
        for input in snapshot.inputs {
            var detail = "\(input.kind), \(input.view)"
            if let format = input.formatVersion { detail += ", format \(format)" }
            if let version = input.producerVersion { detail += ", Terraform \(version)" }
            lines.append("  \(input.file): \(detail)")
        }
        lines.append("")
        lines.append("Counts")
        for (kind, count) in counts {
            lines.append("  \(ModelText.pad(kind, 22))\(count)")
        }
        section("VPCs", snapshot.vpcs, into: &lines) { vpc in
            let blocks = (vpc.ipv4CIDRs + vpc.ipv6CIDRs).map { ModelText.known($0) }
            return [
                "\(ModelText.object(vpc.id, awsID: vpc.awsID)) \(blocks.joined(separator: ", "))"
            ]
        }
        section("Security groups", snapshot.securityGroups, into: &lines, writing: writeGroup)
        section("Network ACLs", snapshot.networkACLs, into: &lines, writing: writeACL)
        section("Subnets", snapshot.subnets, into: &lines, subnetLines)
        section("Route tables", snapshot.routeTables, into: &lines, writing: writeRouteTable)
        section("VPC endpoints", snapshot.vpcEndpoints, into: &lines, endpointLines)
        section("Prefix lists", snapshot.prefixLists, into: &lines) { list in
            let entries = ModelText.known(list.entries) {
                $0.map(\.description).joined(separator: ", ")
            }
            return [
                "\(ModelText.object(list.id, awsID: list.awsID)) \(list.name ?? ""): \(entries)"
            ]
        }
        section("Gateways", snapshot.gateways, into: &lines) { gateway in
            var text =
                "\(ModelText.object(gateway.id, awsID: gateway.awsID)) \(gateway.kind.rawValue)"
            if let vpc = gateway.vpc { text += " in \(vpc)" }
            if let subnet = gateway.subnet { text += " in \(subnet)" }
            return [text]
        }
        section("Peering connections", snapshot.peeringConnections, into: &lines) { peering in
            [
                "\(ModelText.object(peering.id, awsID: peering.awsID)) \(peering.requesterVPC) ↔ \(peering.accepterVPC)"
            ]
        }
        section("Workloads", snapshot.workloads, into: &lines, workloadLines)
        section("IAM roles", snapshot.iamRoles, into: &lines) { role in
            var result = ["\(role.id) \(ModelText.known(role.arn))"]
            for policy in role.policies { result.append("  policy \(policy.name)") }
            for arn in role.attachedPolicyARNs {
                result.append("  attached \(arn) (document not in input)")
            }
            return result
        }
        section("Unresolved references", snapshot.unresolvedReferences, into: &lines) {
            [$0.description]
        }
        section("Unknown values", snapshot.unknownValues, into: &lines) { [$0.description] }
        section("Unsupported resource types", snapshot.unsupportedResources, into: &lines) {
            resource in
            let shown = resource.addresses.prefix(3).joined(separator: ", ")
            let more = resource.addresses.count > 3 ? ", …" : ""
            return [
                "\(ModelText.pad(resource.type, 40))\(resource.addresses.count)  (\(shown)\(more))"
            ]
        }
        section("Notes", snapshot.notes, into: &lines) { [$0.description] }
        return lines.text
    }

    private func section<T>(
        _ title: String, _ items: [T], into lines: inout ReportLines, _ render: (T) -> [String]
    ) {
        section(title, items, into: &lines) { item, lines in
            for line in render(item) { lines.append(line, indentedBy: "  ") }
        }
    }

    private func section<T>(
        _ title: String, _ items: [T], into lines: inout ReportLines,
        writing write: (T, inout ReportLines) -> Void
    ) {
        lines.append("")
        lines.append("\(title) (\(items.count))")
        if items.isEmpty { lines.append("  none") }
        for item in items { write(item, &lines) }
    }

    /// A group's lines, its rules as rows written in place: most of a large inventory.
    private func writeGroup(_ group: SecurityGroup, into lines: inout ReportLines) {
        var header = ModelText.object(group.id, awsID: group.awsID)
        if let name = group.name { header += " \"\(name)\"" }
        if let vpc = group.vpc { header += " in \(vpc)" }
        if group.isImplied {
            header +=
                " — implied: not in the input" + (group.isDefault ? " (AWS default rules)" : "")
        }
        lines.append(header, indentedBy: "  ")
        for rules in [group.ingress, group.egress] {
            for rule in rules {
                let peerWord = rule.direction == .ingress ? "from" : "to"
                lines.appendRow(
                    indentedBy: "    ", (rule.direction.rawValue, 8),
                    (ModelText.traffic(rule.traffic), 22), ("\(peerWord) \(rule.peer)", 44),
                    then: rule.provenance.qualifiedName)
            }
        }
        for unknown in group.unknownRuleBlocks {
            lines.append("\(unknown.attribute): known only after apply", indentedBy: "    ")
        }
        if group.ingress.isEmpty && group.egress.isEmpty && group.unknownRuleBlocks.isEmpty {
            lines.append("no rules", indentedBy: "    ")
        }
    }

    private func writeACL(_ acl: NetworkACL, into lines: inout ReportLines) {
        var header = ModelText.object(acl.id, awsID: acl.awsID)
        if let vpc = acl.vpc { header += " in \(vpc)" }
        if acl.isDefault { header += " — VPC default" }
        if acl.isImplied { header += ", implied: not in the input (AWS default entries)" }
        lines.append(header, indentedBy: "  ")
        lines.append("subnets: \(ModelText.list(acl.subnets))", indentedBy: "    ")
        for direction in TrafficDirection.allCases {
            for entry in acl.entries(direction) {
                lines.appendRow(
                    indentedBy: "    ", (direction.rawValue, 8), ("\(entry.ruleNumber)", 6),
                    (entry.action.rawValue, 6), (ModelText.traffic(entry.traffic), 22),
                    (ModelText.known(entry.cidr), 20), then: entry.provenance.qualifiedName)
            }
            lines.appendRow(
                indentedBy: "    ", (direction.rawValue, 8), ("*", 6), ("deny", 6),
                ("all traffic", 22), ("any", 20), then: "(implied final entry)")
        }
        for unknown in acl.unknownEntryBlocks {
            lines.append("\(unknown.attribute): known only after apply", indentedBy: "    ")
        }
    }

    private func subnetLines(_ subnet: Subnet) -> [String] {
        var header = ModelText.object(subnet.id, awsID: subnet.awsID)
        header += " \(ModelText.known(subnet.ipv4CIDR))"
        if let ipv6 = subnet.ipv6CIDR { header += " \(ModelText.known(ipv6))" }
        header += " \(ModelText.known(subnet.availabilityZone)) in \(subnet.vpc)"
        if subnet.mapsPublicIPOnLaunch { header += " (public IP on launch)" }
        var result = [header]
        if let (table, explicit) = index.routeTable(forSubnet: subnet.id) {
            result.append(
                "  route table: \(table.id)\(explicit ? "" : " (main table, implicit association)")\(table.isImplied ? " — implied" : "")"
            )
        } else {
            result.append("  route table: unknown (VPC not in the input)")
        }
        if let (acl, explicit) = index.networkACL(forSubnet: subnet.id) {
            result.append(
                "  network ACL: \(acl.id)\(explicit ? "" : " (VPC default, implicit association)")\(acl.isImplied ? " — implied" : "")"
            )
        } else {
            result.append("  network ACL: unknown (VPC not in the input)")
        }
        return result
    }

    private func writeRouteTable(_ table: RouteTable, into lines: inout ReportLines) {
        var header = ModelText.object(table.id, awsID: table.awsID)
        if let vpc = table.vpc { header += " in \(vpc)" }
        if table.isMain { header += " — main" }
        if table.isImplied { header += ", implied: not in the input (local routes only)" }
        lines.append(header, indentedBy: "  ")
        lines.append("subnets: \(ModelText.list(table.subnets))", indentedBy: "    ")
        lines.append("local routes for the VPC's CIDR blocks (implied)", indentedBy: "    ")
        for route in table.routes {
            lines.appendRow(
                indentedBy: "    ", ("\(route.destination)", 24), ("→ \(route.target)", 52),
                then: route.provenance.qualifiedName)
        }
        for unknown in table.unknownRouteBlocks {
            lines.append("\(unknown.attribute): known only after apply", indentedBy: "    ")
        }
    }

    private func endpointLines(_ endpoint: VPCEndpoint) -> [String] {
        var result = [
            "\(ModelText.object(endpoint.id, awsID: endpoint.awsID)) \(endpoint.type.rawValue) \(ModelText.known(endpoint.serviceName))"
        ]
        if endpoint.type == .interface {
            result.append("  private DNS: \(endpoint.privateDNSEnabled ? "on" : "off")")
            result.append("  subnets: \(ModelText.list(endpoint.subnets))")
            result.append("  groups: \(ModelText.list(endpoint.securityGroups))")
        } else {
            result.append("  route tables: \(ModelText.list(endpoint.routeTables))")
        }
        let policy: String
        switch endpoint.policy {
        case nil: policy = "default (full access)"
        case .known(let text): policy = "\(text.count) characters"
        case .unknown: policy = "(known after apply)"
        }
        result.append("  policy: \(policy)")
        return result
    }

    private func workloadLines(_ workload: Workload) -> [String] {
        var header =
            "\(ModelText.object(workload.id, awsID: workload.awsID)) [\(workload.kind.rawValue)]"
        if let name = workload.name { header += " \"\(name)\"" }
        var result = [
            header, "  subnets: \(ModelText.list(workload.subnets))",
            "  groups: \(ModelText.list(workload.securityGroups))",
        ]
        if let port = workload.port { result.append("  port: \(port)") }
        if let flag = workload.publiclyAccessible {
            result.append("  publicly accessible: \(flag)")
        }
        if !workload.privateIPs.isEmpty {
            result.append(
                "  addresses: \(workload.privateIPs.map(\.description).joined(separator: ", "))")
        }
        if let hasPublicIP = workload.hasPublicIP {
            result.append("  public IP: \(ModelText.known(hasPublicIP))")
        }
        if let mwaa = workload.mwaa {
            result.append(
                "  web server: \(mwaa.webserverAccessMode), endpoints managed by \(mwaa.endpointManagement)"
            )
            result.append("  execution role: \(ModelText.known(mwaa.executionRoleARN))")
        }
        return result
    }
}
