import NetworkModel

extension AWSCLIModelBuilder {
    /// Internet, egress-only, NAT, virtual private and transit gateways. Gateways being
    /// deleted or failed are left out with a note; routes to them become unresolved.
    func addGateways() throws(InputError) {
        let kinds: [(AWSCLIOutputKey, RouteTargetKind, String)] = [
            (.internetGateways, .internetGateway, "Attachments"),
            (.egressOnlyInternetGateways, .egressOnlyInternetGateway, "Attachments"),
            (.vpnGateways, .virtualPrivateGateway, "VpcAttachments"),
            (.transitGateways, .transitGateway, ""),
        ]
        for (key, kind, attachmentsKey) in kinds {
            for (id, record) in records(key) {
                if try isGone(record, id) { continue }
                var vpc: Reference?
                if !attachmentsKey.isEmpty {
                    for attachment in try record.objects(attachmentsKey, "an attachment") {
                        let state = try attachment.string("State")
                        guard state == nil || ["available", "attached"].contains(state!),
                            let vpcID = try attachment.string("VpcId")
                        else { continue }
                        vpc = reference(
                            vpcID, to: [.vpcs], from: id, attribute: "\(attachmentsKey).VpcId")
                        break
                    }
                }
                snapshot.gateways.append(
                    Gateway(
                        id: ObjectID(id), awsID: .known(id), name: record.nameTag, kind: kind,
                        vpc: vpc, provenance: record.provenance(address: id)))
            }
        }
        for (id, record) in records(.natGateways) {
            if try isGone(record, id) { continue }
            let addresses = try record.objects("NatGatewayAddresses", "an address")
            for address in addresses {
                if let interface = try address.string("NetworkInterfaceId") {
                    absorbedInterfaces.insert(interface)
                }
            }
            snapshot.gateways.append(
                Gateway(
                    id: ObjectID(id), awsID: .known(id), name: record.nameTag, kind: .natGateway,
                    vpc: try record.string("VpcId").map {
                        reference($0, to: [.vpcs], from: id, attribute: "VpcId")
                    },
                    subnet: try record.string("SubnetId").map {
                        reference($0, to: [.subnets], from: id, attribute: "SubnetId")
                    },
                    isPublic: try record.string("ConnectivityType") != "private",
                    privateIP: try addresses.first?.ipAddress("PrivateIp").map { .known($0) },
                    publicIP: try addresses.first?.ipAddress("PublicIp").map { .known($0) },
                    provenance: record.provenance(address: id)))
        }
    }

    private func isGone(_ record: AWSCLIRecord, _ id: String) throws(InputError) -> Bool {
        guard let state = try record.string("State")?.lowercased(),
            ["deleted", "deleting", "failed"].contains(state)
        else { return false }
        note(id, "is \(state): not modeled")
        return true
    }

    /// Active peering connections; others (pending, rejected, deleted) carry no traffic
    /// and are left out with a note.
    func addPeeringConnections() throws(InputError) {
        for (id, record) in records(.peeringConnections) {
            let status = try record.child("Status")?.string("Code") ?? "active"
            guard status == "active" else {
                note(id, "is \(status), not active: it carries no traffic and is not modeled")
                continue
            }
            guard let requester = record.child("RequesterVpcInfo"),
                let accepter = record.child("AccepterVpcInfo")
            else {
                throw record.error(
                    "a peering connection needs RequesterVpcInfo and AccepterVpcInfo")
            }
            snapshot.peeringConnections.append(
                PeeringConnection(
                    id: ObjectID(id), awsID: .known(id),
                    requesterVPC: reference(
                        try requester.requiredString("VpcId", "RequesterVpcInfo"), to: [.vpcs],
                        from: id, attribute: "RequesterVpcInfo.VpcId"),
                    accepterVPC: reference(
                        try accepter.requiredString("VpcId", "AccepterVpcInfo"), to: [.vpcs],
                        from: id, attribute: "AccepterVpcInfo.VpcId"),
                    accepterAccount: try accepter.string("OwnerId"),
                    accepterRegion: try accepter.string("Region"),
                    provenance: record.provenance(address: id)))
        }
    }
}
