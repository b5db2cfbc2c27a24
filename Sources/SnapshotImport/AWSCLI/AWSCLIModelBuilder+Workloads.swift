import NetworkModel

extension AWSCLIModelBuilder {
    /// Instances, MWAA environments, Redshift clusters and databases, then every other
    /// interface: each a workload whose interfaces carry their exact addresses where the
    /// input has them.
    func addWorkloads() throws(InputError) {
        var interfaces: [AWSCLINetworkInterface] = []
        for (_, record) in records(.networkInterfaces) {
            interfaces.append(try AWSCLINetworkInterface(record))
        }
        try addInstances(interfaces)
        try addMWAAEnvironments(interfaces)
        try addRedshiftClusters(interfaces)
        try addDatabases(interfaces)
        addOtherInterfaces(interfaces)
    }

    private func addInstances(_ interfaces: [AWSCLINetworkInterface]) throws(InputError) {
        let attached = Dictionary(grouping: interfaces.filter { $0.instance != nil }) {
            $0.instance!
        }
        for (id, record) in records(.reservations) {
            if let state = try record.child("State")?.string("Name"),
                ["terminated", "shutting-down"].contains(state)
            {
                note(id, "is \(state): not modeled")
                continue
            }
            var own: [AWSCLINetworkInterface] = []
            for element in try record.objects("NetworkInterfaces", "a network interface") {
                own.append(try AWSCLINetworkInterface(element))
            }
            for interface in attached[id] ?? []
            where !own.contains(where: { $0.id == interface.id }) {
                own.append(interface)
            }
            own.sort { ($0.deviceIndex ?? Int.max) < ($1.deviceIndex ?? Int.max) }
            for interface in own { absorbedInterfaces.insert(interface.id) }
            var workload = Workload(
                id: ObjectID(id), awsID: .known(id), kind: .ec2Instance, name: record.nameTag,
                provenance: record.provenance(address: id))
            guard let primary = own.first else {
                // Older output without interfaces: the instance's own fields.
                if let subnet = try record.string("SubnetId") {
                    workload.subnets = [
                        reference(subnet, to: [.subnets], from: id, attribute: "SubnetId")
                    ]
                }
                for (index, group) in try record.objects("SecurityGroups", "a group").enumerated() {
                    workload.securityGroups.append(
                        reference(
                            try group.requiredString("GroupId", "an instance's group"),
                            to: [.securityGroups], from: id,
                            attribute: "SecurityGroups[\(index)].GroupId"))
                }
                workload.privateIPs = try record.ipAddress("PrivateIpAddress").map { [$0] } ?? []
                workload.hasPublicIP = .known(try record.string("PublicIpAddress") != nil)
                snapshot.workloads.append(workload)
                continue
            }
            // The model gives a workload one set of groups: interfaces carrying other
            // groups become workloads of their own.
            let same = own.filter { Set($0.groups) == Set(primary.groups) }
            apply(same, to: &workload, owner: id)
            let instanceHasPublicIP = try record.string("PublicIpAddress") != nil
            workload.hasPublicIP = .known(
                same.contains(where: \.hasPublicIP) || instanceHasPublicIP)
            snapshot.workloads.append(workload)
            for other in own where !same.contains(where: { $0.id == other.id }) {
                note(
                    other.id,
                    "attached to \(id) with other security groups than its primary interface: modeled as a workload of its own"
                )
                snapshot.workloads.append(interfaceWorkload(other))
            }
        }
    }

    /// Puts interfaces' subnets, groups and addresses on a workload.
    private func apply(
        _ interfaces: [AWSCLINetworkInterface], to workload: inout Workload, owner: String
    ) {
        for interface in interfaces {
            if let subnet = interface.subnet {
                let target = reference(
                    subnet, to: [.subnets], from: interface.id, attribute: "SubnetId")
                if !workload.subnets.contains(target) { workload.subnets.append(target) }
            }
            for group in interface.groups {
                let target = reference(
                    group, to: [.securityGroups], from: interface.id, attribute: "Groups")
                if !workload.securityGroups.contains(target) {
                    workload.securityGroups.append(target)
                }
            }
            for address in interface.privateIPs where !workload.privateIPs.contains(address) {
                workload.privateIPs.append(address)
            }
        }
    }

    private func interfaceWorkload(_ interface: AWSCLINetworkInterface) -> Workload {
        var workload = Workload(
            id: ObjectID(interface.id), awsID: .known(interface.id), kind: .networkInterface,
            name: interface.record.nameTag,
            provenance: interface.record.provenance(address: interface.id))
        apply([interface], to: &workload, owner: interface.id)
        workload.hasPublicIP = .known(interface.hasPublicIP)
        return workload
    }

    /// The interfaces that belong to a service's workload: found by its subnets and
    /// groups (and, when present, their description or requester).
    private func absorbInterfaces(
        _ interfaces: [AWSCLINetworkInterface], into workload: inout Workload,
        subnets: [String], groups: [String], hints: [String]
    ) {
        for interface in interfaces
        where !absorbedInterfaces.contains(interface.id)
            && interface.couldBelong(subnets: subnets, groups: groups, hints: hints)
        {
            absorbedInterfaces.insert(interface.id)
            for address in interface.privateIPs where !workload.privateIPs.contains(address) {
                workload.privateIPs.append(address)
            }
        }
    }

    private func addMWAAEnvironments(_ interfaces: [AWSCLINetworkInterface]) throws(InputError) {
        for (id, record) in records(.mwaaEnvironment) {
            guard let network = record.child("NetworkConfiguration") else {
                throw record.error("an MWAA environment needs a NetworkConfiguration")
            }
            let subnetIDs = try network.strings("SubnetIds")
            let groupIDs = try network.strings("SecurityGroupIds")
            var workload = Workload(
                id: ObjectID(id), awsID: .known(id), kind: .mwaaEnvironment, name: id,
                subnets: subnetIDs.map {
                    reference(
                        $0, to: [.subnets], from: id, attribute: "NetworkConfiguration.SubnetIds")
                },
                securityGroups: groupIDs.map {
                    reference(
                        $0, to: [.securityGroups], from: id,
                        attribute: "NetworkConfiguration.SecurityGroupIds")
                },
                mwaa: MWAAEnvironmentSettings(
                    webserverAccessMode: try record.string("WebserverAccessMode") ?? "PRIVATE_ONLY",
                    endpointManagement: try record.string("EndpointManagement") ?? "SERVICE",
                    executionRoleARN: try record.string("ExecutionRoleArn").map { .known($0) },
                    sourceBucketARN: try record.string("SourceBucketArn").map { .known($0) },
                    kmsKey: try record.string("KmsKey").map { .known($0) },
                    arn: try record.string("Arn").map { .known($0) }),
                provenance: record.provenance(address: id))
            absorbInterfaces(
                interfaces, into: &workload, subnets: subnetIDs, groups: groupIDs,
                hints: ["airflow", "mwaa"])
            snapshot.workloads.append(workload)
        }
    }

    private func addRedshiftClusters(_ interfaces: [AWSCLINetworkInterface]) throws(InputError) {
        for (id, record) in records(.redshiftClusters) {
            let groupIDs = try record.objects("VpcSecurityGroups", "a group").map {
                (group) throws(InputError) in
                try group.requiredString("VpcSecurityGroupId", "a cluster's group")
            }
            let subnetIDs = try subnetGroupSubnets(
                try record.string("ClusterSubnetGroupName"), key: .redshiftSubnetGroups,
                subnetKey: "SubnetIdentifier", from: id, attribute: "ClusterSubnetGroupName")
            var workload = Workload(
                id: ObjectID(id), awsID: .known(id), kind: .redshiftCluster, name: id,
                subnets: subnetIDs,
                securityGroups: groupIDs.map {
                    reference(
                        $0, to: [.securityGroups], from: id,
                        attribute: "VpcSecurityGroups.VpcSecurityGroupId")
                },
                port: try record.child("Endpoint")?.int("Port") ?? 5439,
                publiclyAccessible: try record.bool("PubliclyAccessible"),
                provenance: record.provenance(address: id))
            for node in try record.objects("ClusterNodes", "a node") {
                if let address = try node.ipAddress("PrivateIPAddress"),
                    !workload.privateIPs.contains(address)
                {
                    workload.privateIPs.append(address)
                }
            }
            absorbInterfaces(
                interfaces, into: &workload, subnets: subnetIDs.compactMap(\.objectID?.rawValue),
                groups: groupIDs, hints: ["redshift"])
            snapshot.workloads.append(workload)
        }
    }

    private func addDatabases(_ interfaces: [AWSCLINetworkInterface]) throws(InputError) {
        for (id, record) in records(.dbInstances) {
            let groupIDs = try record.objects("VpcSecurityGroups", "a group").map {
                (group) throws(InputError) in
                try group.requiredString("VpcSecurityGroupId", "a database's group")
            }
            var subnets: [Reference] = []
            let subnetGroup = record.child("DBSubnetGroup")
            let inline = try subnetGroup?.objects("Subnets", "a subnet") ?? []
            if inline.isEmpty {
                subnets = try subnetGroupSubnets(
                    try subnetGroup?.string("DBSubnetGroupName"), key: .dbSubnetGroups,
                    subnetKey: "SubnetIdentifier", from: id,
                    attribute: "DBSubnetGroup.DBSubnetGroupName")
            } else {
                for subnet in inline {
                    subnets.append(
                        reference(
                            try subnet.requiredString(
                                "SubnetIdentifier", "a subnet group's subnet"),
                            to: [.subnets], from: id,
                            attribute: "DBSubnetGroup.Subnets.SubnetIdentifier"))
                }
            }
            var declaredPort = try record.child("Endpoint")?.int("Port")
            if declaredPort == nil { declaredPort = try record.int("DbInstancePort") }
            let engine = try record.string("Engine")
            var workload = Workload(
                id: ObjectID(id), awsID: .known(id), kind: .rdsInstance, name: id,
                subnets: subnets,
                securityGroups: groupIDs.map {
                    reference(
                        $0, to: [.securityGroups], from: id,
                        attribute: "VpcSecurityGroups.VpcSecurityGroupId")
                },
                port: declaredPort.flatMap { $0 > 0 ? $0 : nil }
                    ?? TerraformModelBuilder.defaultDatabasePort(engine),
                publiclyAccessible: try record.bool("PubliclyAccessible"),
                provenance: record.provenance(address: id))
            absorbInterfaces(
                interfaces, into: &workload, subnets: subnets.compactMap(\.objectID?.rawValue),
                groups: groupIDs, hints: ["rds"])
            snapshot.workloads.append(workload)
        }
    }

    /// A data store's subnets, read from its subnet group by name.
    private func subnetGroupSubnets(
        _ name: String?, key: AWSCLIOutputKey, subnetKey: String, from id: String,
        attribute: String
    ) throws(InputError) -> [Reference] {
        guard let name else {
            note(id, "names no subnet group: its subnets are not known")
            return []
        }
        guard let group = records(key).first(where: { $0.id == name })?.record else {
            note(id, "its subnet group \(name) is not in the input (`\(key.command)`)")
            return [reference(name, to: [key], from: id, attribute: attribute)]
        }
        var result: [Reference] = []
        for subnet in try group.objects("Subnets", "a subnet") {
            let target = reference(
                try subnet.requiredString(subnetKey, "a subnet group's subnet"), to: [.subnets],
                from: name, attribute: "Subnets.\(subnetKey)")
            if !result.contains(target) { result.append(target) }
        }
        return result
    }

    /// Interfaces no other object accounts for (Lambda, load balancers, unattached, or
    /// whose owner is not in the input) are workloads of their own.
    private func addOtherInterfaces(_ interfaces: [AWSCLINetworkInterface]) {
        for interface in interfaces where !absorbedInterfaces.contains(interface.id) {
            if interface.interfaceType == "nat_gateway" {
                note(interface.id, "belongs to a NAT gateway that is not in the input")
                continue
            }
            snapshot.workloads.append(interfaceWorkload(interface))
        }
    }
}
