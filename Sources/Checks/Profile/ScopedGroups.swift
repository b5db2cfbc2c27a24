import NetworkModel

/// The security groups of an environment's scoped resources, each with the resources
/// carrying it, in a stable order.
enum ScopedGroups {
    static func groups(of environment: MWAAEnvironment, _ context: CheckContext) -> [(
        SecurityGroup, [ObjectID]
    )] {
        var owners: [ObjectID: [ObjectID]] = [:]
        var order: [ObjectID] = []
        for resource in environment.scope {
            for group in resource.groups {
                if owners[group] == nil { order.append(group) }
                owners[group, default: []].append(resource.id)
            }
        }
        return order.compactMap { id in
            context.index.securityGroup(id).map { ($0, owners[id] ?? []) }
        }
    }
}
