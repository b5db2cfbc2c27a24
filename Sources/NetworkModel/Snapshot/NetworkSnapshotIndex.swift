/// Constant-time look-ups into one snapshot, for analyses that ask many questions of it.
///
/// Answers exactly as the linear look-ups of `NetworkSnapshot` do (the first match in the
/// snapshot's order wins); build it once the snapshot is final — it does not follow later
/// changes to the snapshot.
public struct NetworkSnapshotIndex: Sendable {
    private let vpcs: [ObjectID: VPC]
    private let subnets: [ObjectID: Subnet]
    private let groups: [ObjectID: SecurityGroup]
    private let prefixLists: [ObjectID: PrefixList]
    private let peerings: [ObjectID: PeeringConnection]
    private let tablesBySubnet: [ObjectID: (table: RouteTable, isExplicit: Bool)]
    private let aclsBySubnet: [ObjectID: (acl: NetworkACL, isExplicit: Bool)]
    private let endpointsByVPCAndService: [ObjectID: [String: [VPCEndpoint]]]
    private let gatewayEndpointsByTable: [ObjectID: [VPCEndpoint]]

    public init(_ snapshot: NetworkSnapshot) {
        func byID<T>(_ objects: [T], _ id: (T) -> ObjectID) -> [ObjectID: T] {
            var result: [ObjectID: T] = [:]
            for object in objects where result[id(object)] == nil { result[id(object)] = object }
            return result
        }
        vpcs = byID(snapshot.vpcs, \.id)
        subnets = byID(snapshot.subnets, \.id)
        groups = byID(snapshot.securityGroups, \.id)
        prefixLists = byID(snapshot.prefixLists, \.id)
        peerings = byID(snapshot.peeringConnections, \.id)
        var tables: [ObjectID: (RouteTable, Bool)] = [:]
        for table in snapshot.routeTables {
            for subnet in table.subnets.compactMap(\.objectID) where tables[subnet] == nil {
                tables[subnet] = (table, true)
            }
        }
        var mainTables: [ObjectID: RouteTable] = [:]
        for table in snapshot.routeTables where table.isMain {
            if let vpc = table.vpc?.objectID, mainTables[vpc] == nil { mainTables[vpc] = table }
        }
        var explicitACLs: [ObjectID: NetworkACL] = [:]
        var associatedDefaults: [ObjectID: NetworkACL] = [:]
        var defaultACLs: [ObjectID: NetworkACL] = [:]
        for acl in snapshot.networkACLs {
            for subnet in acl.subnets.compactMap(\.objectID) {
                if acl.isDefault {
                    if associatedDefaults[subnet] == nil { associatedDefaults[subnet] = acl }
                } else if explicitACLs[subnet] == nil {
                    explicitACLs[subnet] = acl
                }
            }
            if acl.isDefault, let vpc = acl.vpc?.objectID, defaultACLs[vpc] == nil {
                defaultACLs[vpc] = acl
            }
        }
        var acls: [ObjectID: (NetworkACL, Bool)] = associatedDefaults.mapValues { ($0, true) }
        for (subnet, acl) in explicitACLs { acls[subnet] = (acl, true) }
        var seen: Set<ObjectID> = []
        for subnet in snapshot.subnets where seen.insert(subnet.id).inserted {
            if tables[subnet.id] == nil, let vpc = subnet.vpc.objectID, let main = mainTables[vpc] {
                tables[subnet.id] = (main, false)
            }
            if acls[subnet.id] == nil, let vpc = subnet.vpc.objectID, let acl = defaultACLs[vpc] {
                acls[subnet.id] = (acl, false)
            }
        }
        tablesBySubnet = tables.mapValues { (table: $0.0, isExplicit: $0.1) }
        aclsBySubnet = acls.mapValues { (acl: $0.0, isExplicit: $0.1) }
        var endpointsByService: [ObjectID: [String: [VPCEndpoint]]] = [:]
        var gatewayEndpoints: [ObjectID: [VPCEndpoint]] = [:]
        for endpoint in snapshot.vpcEndpoints {
            if let vpc = endpoint.vpc?.objectID, let service = endpoint.shortServiceName {
                endpointsByService[vpc, default: [:]][service, default: []].append(endpoint)
            }
            guard endpoint.type == .gateway else { continue }
            for table in Set(endpoint.routeTables.compactMap(\.objectID)) {
                gatewayEndpoints[table, default: []].append(endpoint)
            }
        }
        endpointsByVPCAndService = endpointsByService
        gatewayEndpointsByTable = gatewayEndpoints
    }

    public func vpc(_ id: ObjectID) -> VPC? { vpcs[id] }
    public func subnet(_ id: ObjectID) -> Subnet? { subnets[id] }
    public func securityGroup(_ id: ObjectID) -> SecurityGroup? { groups[id] }
    public func prefixList(_ id: ObjectID) -> PrefixList? { prefixLists[id] }
    public func peeringConnection(_ id: ObjectID) -> PeeringConnection? { peerings[id] }

    /// As ``NetworkSnapshot/routeTable(forSubnet:)``.
    public func routeTable(forSubnet subnet: ObjectID) -> (table: RouteTable, isExplicit: Bool)? {
        tablesBySubnet[subnet]
    }

    /// As ``NetworkSnapshot/networkACL(forSubnet:)``.
    public func networkACL(forSubnet subnet: ObjectID) -> (acl: NetworkACL, isExplicit: Bool)? {
        aclsBySubnet[subnet]
    }

    /// The VPC endpoints of `vpc` for `service` (as ``VPCEndpoint/shortServiceName``), in
    /// the snapshot's order.
    public func vpcEndpoints(inVPC vpc: ObjectID, service: String) -> [VPCEndpoint] {
        endpointsByVPCAndService[vpc]?[service] ?? []
    }

    /// The gateway endpoints associated with route table `table`, in the snapshot's order.
    public func gatewayEndpoints(onRouteTable table: ObjectID) -> [VPCEndpoint] {
        gatewayEndpointsByTable[table] ?? []
    }
}
