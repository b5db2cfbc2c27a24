import NetworkModel

extension AWSCLIModelBuilder {
    func addVPCs() throws(InputError) {
        for (id, record) in records(.vpcs) {
            var ipv4: [Knowable<CIDR>] = []
            let associations = try record.objects("CidrBlockAssociationSet", "a CIDR association")
            for association in associations {
                guard try isAssociated(association, stateKey: "CidrBlockState", id: id) else {
                    continue
                }
                if let cidr = try association.cidr("CidrBlock"), !ipv4.contains(.known(cidr)) {
                    ipv4.append(.known(cidr))
                }
            }
            if associations.isEmpty, let cidr = try record.cidr("CidrBlock") {
                ipv4.append(.known(cidr))
            }
            var ipv6: [Knowable<CIDR>] = []
            for association in try record.objects(
                "Ipv6CidrBlockAssociationSet", "an IPv6 CIDR association")
            {
                guard try isAssociated(association, stateKey: "Ipv6CidrBlockState", id: id) else {
                    continue
                }
                if let cidr = try association.cidr("Ipv6CidrBlock") { ipv6.append(.known(cidr)) }
            }
            snapshot.vpcs.append(
                VPC(
                    id: ObjectID(id), awsID: .known(id), name: record.nameTag, ipv4CIDRs: ipv4,
                    ipv6CIDRs: ipv6, ownerAccount: try record.string("OwnerId"),
                    provenance: record.provenance(address: id)))
        }
    }

    /// Whether a CIDR association is in force; blocks being removed or already removed
    /// are left out, with a note.
    private func isAssociated(_ association: AWSCLIRecord, stateKey: String, id: String)
        throws(InputError) -> Bool
    {
        guard let state = try association.child(stateKey)?.string("State"),
            state != "associated"
        else { return true }
        var block = try association.string("CidrBlock")
        if block == nil { block = try association.string("Ipv6CidrBlock") }
        note(id, "CIDR block \(block ?? "?") is \(state), not associated: left out")
        return false
    }

    func addSubnets() throws(InputError) {
        for (id, record) in records(.subnets) {
            let vpcID = try record.requiredString("VpcId", "a subnet")
            var ipv6: Knowable<CIDR>?
            for association in try record.objects(
                "Ipv6CidrBlockAssociationSet", "an IPv6 CIDR association")
            {
                let state = try association.child("Ipv6CidrBlockState")?.string("State")
                if state == nil || state == "associated",
                    let cidr = try association.cidr("Ipv6CidrBlock")
                {
                    ipv6 = .known(cidr)
                }
            }
            snapshot.subnets.append(
                Subnet(
                    id: ObjectID(id), awsID: .known(id), name: record.nameTag,
                    vpc: reference(vpcID, to: [.vpcs], from: id, attribute: "VpcId"),
                    ipv4CIDR: try record.cidr("CidrBlock").map { .known($0) }, ipv6CIDR: ipv6,
                    availabilityZone: try record.string("AvailabilityZone").map { .known($0) },
                    mapsPublicIPOnLaunch: try record.bool("MapPublicIpOnLaunch") ?? false,
                    provenance: record.provenance(address: id)))
        }
    }
}
