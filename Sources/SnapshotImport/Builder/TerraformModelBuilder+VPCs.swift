import NetworkModel

/// Resource types whose objects can be a route's, rule's or association's target.
enum TerraformTypes {
    static let vpc: Set = ["aws_vpc", "aws_default_vpc"]
    static let subnet: Set = ["aws_subnet", "aws_default_subnet"]
    static let securityGroup: Set = ["aws_security_group", "aws_default_security_group"]
    static let networkACL: Set = ["aws_network_acl", "aws_default_network_acl"]
    static let routeTable: Set = ["aws_route_table", "aws_default_route_table"]
    static let prefixList: Set = ["aws_ec2_managed_prefix_list", "aws_prefix_list"]
    static let endpoint: Set = ["aws_vpc_endpoint"]
    static let peering: Set = ["aws_vpc_peering_connection"]
    static let role: Set = ["aws_iam_role"]
}

extension TerraformModelBuilder {
    func addVPC(_ attributes: Attributes) throws(InputError) {
        var ipv4: [Knowable<CIDR>] = []
        var ipv6: [Knowable<CIDR>] = []
        if let cidr = try attributes.cidr("cidr_block") { ipv4.append(cidr) }
        if let cidr = try attributes.cidr("ipv6_cidr_block"),
            cidr.value != nil || attributes.bool("assign_generated_ipv6_cidr_block") == true
                || attributes.string("ipv6_ipam_pool_id") != nil
                || !isComputedOnly(attributes, "ipv6_cidr_block")
        {
            ipv6.append(cidr)
        }
        for unknown in (ipv4 + ipv6).compactMap(\.unknown) { noteUnknown(unknown) }
        snapshot.vpcs.append(
            VPC(
                id: ObjectID(attributes.address), awsID: awsID(attributes),
                name: displayName(attributes), ipv4CIDRs: ipv4, ipv6CIDRs: ipv6,
                ownerAccount: attributes.knownString("owner_id"),
                provenance: attributes.provenance()))
    }

    func addVPCCIDRAssociation(_ attributes: Attributes) throws(InputError) {
        let isIPv6 = attributes.instance.type.contains("ipv6")
        guard let cidr = try attributes.cidr(isIPv6 ? "ipv6_cidr_block" : "cidr_block"),
            case .resolved(let vpcID) = reference(attributes, "vpc_id", to: TerraformTypes.vpc),
            let index = vpcPosition(vpcID)
        else {
            note(attributes.address, "CIDR association whose VPC or block is not in the input")
            return
        }
        if let unknown = cidr.unknown { noteUnknown(unknown) }
        if isIPv6 {
            if newIPv6Blocks.isNew(cidr, for: vpcID, current: snapshot.vpcs[index].ipv6CIDRs) {
                snapshot.vpcs[index].ipv6CIDRs.append(cidr)
            }
        } else if newIPv4Blocks.isNew(cidr, for: vpcID, current: snapshot.vpcs[index].ipv4CIDRs) {
            snapshot.vpcs[index].ipv4CIDRs.append(cidr)
        }
    }

    /// The position of the first VPC with `id` in the snapshot, for the second pass.
    private func vpcPosition(_ id: ObjectID) -> Int? {
        if vpcPositions == nil { vpcPositions = Self.firstPositions(of: snapshot.vpcs.map(\.id)) }
        return vpcPositions![id]
    }

    func addSubnet(_ attributes: Attributes) throws(InputError) {
        let vpc =
            reference(attributes, "vpc_id", to: TerraformTypes.vpc)
            ?? .unknown(attributes.unknownValue("vpc_id"))
        let ipv4 = try attributes.cidr("cidr_block")
        var ipv6 = try attributes.cidr("ipv6_cidr_block")
        if ipv6?.unknown != nil && isComputedOnly(attributes, "ipv6_cidr_block") { ipv6 = nil }
        for unknown in [ipv4, ipv6].compactMap({ $0?.unknown }) { noteUnknown(unknown) }
        snapshot.subnets.append(
            Subnet(
                id: ObjectID(attributes.address), awsID: awsID(attributes),
                name: displayName(attributes), vpc: vpc, ipv4CIDR: ipv4, ipv6CIDR: ipv6,
                availabilityZone: attributes.string("availability_zone"),
                mapsPublicIPOnLaunch: attributes.bool("map_public_ip_on_launch") ?? false,
                provenance: attributes.provenance()))
    }

    /// The VPC whose attribute `key` (e.g. `default_network_acl_id`) names the object
    /// `objectAWSID`, or whose configuration reference leads there.
    func vpcNaming(_ key: String, objectAWSID: String?) -> ObjectID? {
        guard let objectAWSID else { return nil }
        return instances(ofType: TerraformTypes.vpc).first {
            $0.values[key]?.string == objectAWSID
        }.map { ObjectID($0.address) }
    }
}
