import NetworkModel

extension NetworkSnapshot {
    /// The snapshot with every object named by its AWS id where the input knows it (and
    /// every reference rewritten to match), so a Terraform snapshot and an AWS CLI
    /// snapshot of the same account name the same objects alike.
    func namedByAWSID() -> NetworkSnapshot {
        var names: [ObjectID: ObjectID] = [:]
        func learn(_ id: ObjectID, _ awsID: Knowable<String>?) {
            if let value = awsID?.value, !value.isEmpty { names[id] = ObjectID(value) }
        }
        vpcs.forEach { learn($0.id, $0.awsID) }
        subnets.forEach { learn($0.id, $0.awsID) }
        securityGroups.forEach { learn($0.id, $0.awsID) }
        networkACLs.forEach { learn($0.id, $0.awsID) }
        routeTables.forEach { learn($0.id, $0.awsID) }
        vpcEndpoints.forEach { learn($0.id, $0.awsID) }
        prefixLists.forEach { learn($0.id, $0.awsID) }
        gateways.forEach { learn($0.id, $0.awsID) }
        peeringConnections.forEach { learn($0.id, $0.awsID) }
        workloads.forEach { learn($0.id, $0.awsID) }
        func id(_ id: ObjectID) -> ObjectID { names[id] ?? id }
        func ref(_ reference: Reference) -> Reference {
            if case .resolved(let target) = reference { return .resolved(id(target)) }
            return reference
        }
        func refs(_ references: [Reference]) -> [Reference] { references.map(ref) }
        func peer(_ peer: SecurityGroupPeer) -> SecurityGroupPeer {
            switch peer {
            case .securityGroup(let reference): .securityGroup(ref(reference))
            case .prefixList(let reference): .prefixList(ref(reference))
            default: peer
            }
        }
        var result = self
        result.vpcs = vpcs.map {
            var vpc = $0; vpc.id = id(vpc.id); return vpc
        }
        result.subnets = subnets.map {
            var subnet = $0
            subnet.id = id(subnet.id)
            subnet.vpc = ref(subnet.vpc)
            return subnet
        }
        result.securityGroups = securityGroups.map { group in
            var group = group
            group.id = id(group.id)
            group.vpc = group.vpc.map(ref)
            group.ingress = group.ingress.map {
                var rule = $0; rule.peer = peer(rule.peer); return rule
            }
            group.egress = group.egress.map {
                var rule = $0; rule.peer = peer(rule.peer); return rule
            }
            return group
        }
        result.networkACLs = networkACLs.map {
            var acl = $0
            acl.id = id(acl.id)
            acl.vpc = acl.vpc.map(ref)
            acl.subnets = refs(acl.subnets)
            return acl
        }
        result.routeTables = routeTables.map { table in
            var table = table
            table.id = id(table.id)
            table.vpc = table.vpc.map(ref)
            table.subnets = refs(table.subnets)
            table.routes = table.routes.map { route in
                var route = route
                route.target.reference = route.target.reference.map(ref)
                if case .prefixList(let list) = route.destination {
                    route.destination = .prefixList(ref(list))
                }
                return route
            }
            return table
        }
        result.vpcEndpoints = vpcEndpoints.map {
            var endpoint = $0
            endpoint.id = id(endpoint.id)
            endpoint.vpc = endpoint.vpc.map(ref)
            endpoint.subnets = refs(endpoint.subnets)
            endpoint.securityGroups = refs(endpoint.securityGroups)
            endpoint.routeTables = refs(endpoint.routeTables)
            return endpoint
        }
        result.prefixLists = prefixLists.map {
            var list = $0; list.id = id(list.id); return list
        }
        result.gateways = gateways.map {
            var gateway = $0
            gateway.id = id(gateway.id)
            gateway.vpc = gateway.vpc.map(ref)
            gateway.subnet = gateway.subnet.map(ref)
            return gateway
        }
        result.peeringConnections = peeringConnections.map {
            var peering = $0
            peering.id = id(peering.id)
            peering.requesterVPC = ref(peering.requesterVPC)
            peering.accepterVPC = ref(peering.accepterVPC)
            return peering
        }
        result.workloads = workloads.map {
            var workload = $0
            workload.id = id(workload.id)
            workload.subnets = refs(workload.subnets)
            workload.securityGroups = refs(workload.securityGroups)
            return workload
        }
        return result
    }

    /// Whether the snapshot was read from the live account (AWS CLI output).
    var isLive: Bool { inputs.contains { $0.view == "live" } }
}
