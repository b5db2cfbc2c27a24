import NetworkModel

/// Finds, for an object id or address, what a finding cites: its AWS id and where the
/// input declares it.
struct ResourceLocator {
    private var index: [String: (awsID: String?, provenance: Provenance)] = [:]

    init(snapshot: NetworkSnapshot) {
        func add(_ id: ObjectID, _ awsID: Knowable<String>?, _ provenance: Provenance) {
            index[id.rawValue] = (awsID?.value, provenance)
        }
        for object in snapshot.vpcs { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.subnets { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.securityGroups { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.networkACLs { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.routeTables { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.vpcEndpoints { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.gateways { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.workloads { add(object.id, object.awsID, object.provenance) }
        for object in snapshot.iamRoles { add(object.id, object.arn, object.provenance) }
    }

    /// The resource for `id`; objects not in the input are cited by name alone.
    func resource(_ id: ObjectID) -> FindingResource { resource(id.rawValue) }

    func resource(_ address: String) -> FindingResource {
        guard let entry = index[address] else { return FindingResource(address: address) }
        return resource(address, awsID: entry.awsID, provenance: entry.provenance)
    }

    /// A part of a resource (a rule), cited at its own declaration.
    func resource(declaredAt provenance: Provenance) -> FindingResource {
        resource(
            provenance.address, awsID: index[provenance.address]?.awsID, provenance: provenance)
    }

    private func resource(_ address: String, awsID: String?, provenance: Provenance)
        -> FindingResource
    {
        FindingResource(
            address: address, awsID: awsID, file: provenance.file, line: provenance.line,
            column: provenance.column)
    }
}
