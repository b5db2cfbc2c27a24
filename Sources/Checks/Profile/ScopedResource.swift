import NetworkModel

/// A resource "nothing extra is open" is computed for: an environment, one of its data
/// stores, or an interface endpoint in its VPC.
struct ScopedResource {
    enum Role { case environment, dataStore, endpoint }

    var id: ObjectID
    var role: Role
    var groups: [ObjectID]
    var subnets: [ObjectID]
    /// The data store's port.
    var port: Int?
    var publiclyAccessible: Bool

    /// The environment, its data stores and the interface endpoints of its VPC.
    static func scope(of environment: MWAAEnvironment, _ context: CheckContext) -> [ScopedResource]
    {
        var resources = [
            ScopedResource(
                id: environment.id, role: .environment, groups: environment.groups,
                subnets: environment.subnets.map(\.id), port: nil, publiclyAccessible: false)
        ]
        for store in environment.dataStores {
            resources.append(
                ScopedResource(
                    id: store.id, role: .dataStore,
                    groups: store.securityGroups.compactMap(\.objectID),
                    subnets: store.subnets.compactMap(\.objectID),
                    port: store.port ?? store.kind.defaultPort,
                    publiclyAccessible: store.publiclyAccessible ?? false))
        }
        if let vpc = environment.vpc?.id {
            for endpoint in context.snapshot.vpcEndpoints
            where endpoint.type == .interface && endpoint.vpc == .resolved(vpc) {
                resources.append(
                    ScopedResource(
                        id: endpoint.id, role: .endpoint,
                        groups: endpoint.securityGroups.compactMap(\.objectID),
                        subnets: endpoint.subnets.compactMap(\.objectID), port: nil,
                        publiclyAccessible: false))
            }
        }
        return resources
    }
}
