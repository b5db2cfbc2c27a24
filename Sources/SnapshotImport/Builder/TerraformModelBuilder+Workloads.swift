import NetworkModel

extension TerraformModelBuilder {
    func addWorkload(_ attributes: Attributes) throws(InputError) {
        let type = attributes.instance.type
        let id = ObjectID(attributes.address)
        var workload = Workload(
            id: id, awsID: awsID(attributes), kind: .ec2Instance, name: displayName(attributes),
            provenance: attributes.provenance())
        switch type {
        case "aws_mwaa_environment":
            workload.kind = .mwaaEnvironment
            guard let network = attributes.blocks("network_configuration").first else {
                if attributes.isUnknown("network_configuration") {
                    noteUnknown(attributes.unknownValue("network_configuration"))
                }
                throw attributes.error(
                    "network_configuration",
                    "an MWAA environment needs a network_configuration block")
            }
            workload.subnets = references(network, "subnet_ids", to: TerraformTypes.subnet)
            workload.securityGroups = references(
                network, "security_group_ids", to: TerraformTypes.securityGroup)
            workload.mwaa = MWAAEnvironmentSettings(
                webserverAccessMode: attributes.knownString("webserver_access_mode")
                    ?? "PRIVATE_ONLY",
                endpointManagement: attributes.knownString("endpoint_management") ?? "SERVICE",
                executionRoleARN: attributes.string("execution_role_arn"),
                sourceBucketARN: attributes.string("source_bucket_arn"),
                kmsKey: attributes.string("kms_key"), arn: attributes.string("arn"))
        case "aws_redshift_cluster":
            workload.kind = .redshiftCluster
            workload.name = attributes.knownString("cluster_identifier") ?? workload.name
            workload.securityGroups = references(
                attributes, "vpc_security_group_ids", to: TerraformTypes.securityGroup)
            workload.subnets = subnetGroupSubnets(
                attributes, "cluster_subnet_group_name", groupType: "aws_redshift_subnet_group")
            workload.port = try attributes.int("port") ?? 5439
            workload.publiclyAccessible = attributes.bool("publicly_accessible")
        case "aws_redshiftserverless_workgroup":
            workload.kind = .redshiftServerlessWorkgroup
            workload.name = attributes.knownString("workgroup_name") ?? workload.name
            workload.subnets = references(attributes, "subnet_ids", to: TerraformTypes.subnet)
            workload.securityGroups = references(
                attributes, "security_group_ids", to: TerraformTypes.securityGroup)
            workload.port = try attributes.int("port") ?? 5439
            workload.publiclyAccessible = attributes.bool("publicly_accessible")
        case "aws_db_instance", "aws_rds_cluster":
            workload.kind = type == "aws_db_instance" ? .rdsInstance : .rdsCluster
            workload.name =
                attributes.knownString("identifier") ?? attributes.knownString("cluster_identifier")
                ?? workload.name
            workload.securityGroups = references(
                attributes, "vpc_security_group_ids", to: TerraformTypes.securityGroup)
            workload.subnets = subnetGroupSubnets(
                attributes, "db_subnet_group_name", groupType: "aws_db_subnet_group")
            workload.port =
                try attributes.int("port")
                ?? Self.defaultDatabasePort(attributes.knownString("engine"))
            workload.publiclyAccessible = attributes.bool("publicly_accessible")
        case "aws_instance":
            workload.kind = .ec2Instance
            workload.subnets =
                reference(attributes, "subnet_id", to: TerraformTypes.subnet).map { [$0] } ?? []
            workload.securityGroups = references(
                attributes, "vpc_security_group_ids", to: TerraformTypes.securityGroup)
            workload.privateIPs = try addresses(attributes, ["private_ip"])
            workload.hasPublicIP = publicAddress(attributes)
        case "aws_network_interface":
            workload.kind = .networkInterface
            workload.subnets =
                reference(attributes, "subnet_id", to: TerraformTypes.subnet).map { [$0] } ?? []
            workload.securityGroups = references(
                attributes, "security_groups", to: TerraformTypes.securityGroup)
            workload.privateIPs = try addresses(attributes, ["private_ip", "private_ips"])
        default:
            workload.kind = type == "aws_lambda_function" ? .lambdaFunction : .eksCluster
            guard let vpcConfig = attributes.blocks("vpc_config").first,
                !vpcConfig.strings("subnet_ids").isEmpty
            else {
                note(attributes.address, "has no vpc_config: it does not run in a VPC")
                return
            }
            workload.subnets = references(vpcConfig, "subnet_ids", to: TerraformTypes.subnet)
            workload.securityGroups = references(
                vpcConfig, "security_group_ids", to: TerraformTypes.securityGroup)
            if type == "aws_eks_cluster",
                let clusterGroup = reference(
                    vpcConfig, "cluster_security_group_id", to: TerraformTypes.securityGroup)
            {
                workload.securityGroups.append(clusterGroup)
            }
        }
        snapshot.workloads.append(workload)
    }

    /// A data store's subnets, read from its subnet group by name.
    private func subnetGroupSubnets(_ attributes: Attributes, _ key: String, groupType: String)
        -> [Reference]
    {
        switch attributes.string(key) {
        case nil:
            note(
                attributes.address,
                "names no subnet group: AWS places it in the default VPC's default subnets, which the input does not describe"
            )
            return []
        case .known(let name):
            guard
                let group = instances(ofType: [groupType]).first(where: {
                    $0.values["name"]?.string == name
                })
            else {
                let unresolved = UnresolvedReference(
                    from: attributes.address, attribute: key, target: name)
                snapshot.unresolvedReferences.append(unresolved)
                return [.unresolved(unresolved)]
            }
            return references(Attributes(group), "subnet_ids", to: TerraformTypes.subnet)
        case .unknown(let unknown):
            let groups = configurationTargets(attributes, key, types: [groupType]).compactMap(
                \.objectID)
            guard !groups.isEmpty else {
                noteUnknown(unknown)
                return [.unknown(unknown)]
            }
            return groups.compactMap { instance(at: $0.rawValue) }.flatMap {
                references(Attributes($0), "subnet_ids", to: TerraformTypes.subnet)
            }
        }
    }

    private func addresses(_ attributes: Attributes, _ keys: [String]) throws(InputError)
        -> [IPAddress]
    {
        var result: [IPAddress] = []
        for key in keys {
            for case .known(let text) in attributes.strings(key) {
                do {
                    let address = try IPAddress(text)
                    if !result.contains(address) { result.append(address) }
                } catch {
                    throw attributes.error(key, "invalid IP address: \(error.reason)")
                }
            }
        }
        return result
    }

    /// Whether an instance has a public address: set explicitly, seen in the state, or
    /// (when neither is known) unknown.
    private func publicAddress(_ attributes: Attributes) -> Knowable<Bool> {
        if let publicIP = attributes.knownString("public_ip") { return .known(!publicIP.isEmpty) }
        if let associate = attributes.bool("associate_public_ip_address") {
            return .known(associate)
        }
        if attributes.isUnknown("public_ip") || attributes.isUnknown("associate_public_ip_address")
        {
            let unknown = attributes.unknownValue("public_ip")
            noteUnknown(unknown)
            return .unknown(unknown)
        }
        return .known(false)
    }

    /// The port a database engine listens on unless set otherwise.
    static func defaultDatabasePort(_ engine: String?) -> Int? {
        guard let engine = engine?.lowercased() else { return nil }
        if engine.contains("postgres") { return 5432 }
        if engine.contains("mysql") || engine.contains("mariadb") { return 3306 }
        if engine.contains("oracle") { return 1521 }
        if engine.contains("sqlserver") { return 1433 }
        return nil
    }

    /// Elastic IPs give instances and interfaces a public address; security group
    /// attachments add groups to interfaces.
    func finishWorkloads() {
        for eip in instances(ofType: ["aws_eip", "aws_eip_association"]) where !eip.isData {
            let attributes = Attributes(eip)
            // An address on something that is not a workload (a NAT gateway's interface)
            // is not a reference to follow.
            let ids = ["instance", "instance_id", "network_interface", "network_interface_id"]
                .compactMap { attributes.knownString($0) }
            for index in snapshot.workloads.indices
            where ids.contains(where: { snapshot.workloads[index].awsID?.value == $0 }) {
                snapshot.workloads[index].hasPublicIP = .known(true)
            }
        }
        for attachment in instances(ofType: ["aws_network_interface_sg_attachment"]) {
            let attributes = Attributes(attachment)
            guard
                let interface = reference(
                    attributes, "network_interface_id", to: ["aws_network_interface"])?.objectID,
                let index = snapshot.workloads.firstIndex(where: { $0.id == interface }),
                let group = reference(
                    attributes, "security_group_id", to: TerraformTypes.securityGroup)
            else { continue }
            if !snapshot.workloads[index].securityGroups.contains(group) {
                snapshot.workloads[index].securityGroups.append(group)
            }
        }
    }
}
