import JSONSupport
import NetworkModel

/// Turns flattened Terraform resource instances into one `NetworkSnapshot`: creates the
/// model objects, merges rules declared twice, resolves every link between objects (by
/// AWS id, else through the plan's configuration), and lists what it could not resolve,
/// what is unknown and what it does not use.
final class TerraformModelBuilder {
    let instances: [TerraformResourceInstance]
    private let lookups: InstanceLookups
    /// Whether the build uses a second thread; `nil`: with two cores, for inputs large
    /// enough to gain from it.
    let usingSecondThread: Bool?
    /// One resolver per input file: configuration references are local to their file.
    /// Built when first needed: only values unknown until apply are resolved this way.
    private var resolvers: [String: ReferenceResolver] = [:]
    private var configurations: [String: TerraformConfiguration] = [:]

    var snapshot = NetworkSnapshot()
    var groups: [ObjectID: SecurityGroup] = [:]
    var acls: [ObjectID: NetworkACL] = [:]
    var tables: [ObjectID: RouteTable] = [:]
    var endpoints: [ObjectID: VPCEndpoint] = [:]
    var roles: [ObjectID: IAMRole] = [:]
    private var unsupported: [String: [String]] = [:]
    /// AWS-managed prefix lists (S3, DynamoDB) known from gateway endpoints, by `pl-` id.
    var gatewayPrefixLists: [String: ObjectID] = [:]
    /// Parts declared by separate resources, merged into their owners at the end.
    var pendingRules: [(ObjectID, [SecurityGroupRule])] = []
    /// Per group, where each distinct rule is in its ingress or egress list.
    var ruleIndex: [ObjectID: DeclaredPartIndex<SecurityGroupRuleKey>] = [:]
    /// Per network ACL, where the entry of each direction and rule number is.
    var entryIndex: [ObjectID: DeclaredPartIndex<NetworkACLEntryKey>] = [:]
    /// Per route table, where the route to each destination is.
    var routeIndex: [ObjectID: DeclaredPartIndex<RouteDestination>] = [:]
    var pendingUnknownRuleBlocks: [(ObjectID, UnknownValue)] = []
    var pendingACLEntries: [(acl: Reference, entry: NetworkACLEntry)] = []
    var pendingACLAssociations: [(acl: Reference, subnet: Reference, address: String)] = []
    var pendingRoutes: [(table: Reference, route: Route)] = []
    var pendingTableAssociations: [(table: Reference, subnet: Reference)] = []
    var pendingMainTables: [(table: Reference, vpc: Reference)] = []
    var pendingEndpointParts: [Attributes] = []
    /// For the second pass, which changes VPCs and prefix lists already built: where each
    /// is in the snapshot (built when first needed), and the CIDR blocks already listed.
    var vpcPositions: [ObjectID: Int]?
    var prefixListPositions: [ObjectID: Int]?
    var newIPv4Blocks = NewElementFilter<ObjectID, Knowable<CIDR>>()
    var newIPv6Blocks = NewElementFilter<ObjectID, Knowable<CIDR>>()
    var newPrefixListEntries = NewElementFilter<ObjectID, CIDR>()
    var pendingRoleParts: [Attributes] = []
    /// The second thread converting security group rules during the pass, if one runs.
    var rulesAhead: RulesAhead?
    /// What that thread converted, by position among the resources with rules; taken
    /// from it when the pass first needs one.
    var rulesFromSecondThread: [[ConvertedRules]]?

    /// Separately managed rules, entries and routes the plan deletes.
    let deleted: [TerraformResourceInstance]

    /// A builder of `instances`; `usingSecondThread` turns its second thread (for
    /// indexing the instances, converting security group rules during the pass and
    /// merging them into their groups) on or off, `nil`: on with two cores, for inputs
    /// large enough to gain from it.
    init(
        instances: [TerraformResourceInstance], documents: [TerraformDocument],
        deleted: [TerraformResourceInstance] = [], usingSecondThread: Bool? = nil
    ) {
        self.instances = instances
        self.deleted = deleted
        self.usingSecondThread = usingSecondThread
        for document in documents {
            configurations[document.file] = TerraformConfiguration(document: document)
        }
        lookups = InstanceLookups(
            instances,
            onTwoThreads: SecondThread.isUsed(
                forced: usingSecondThread, work: instances.count,
                minimum: InstanceLookups.twoThreadsMinimum))
        for instance in instances { registerGatewayPrefixList(instance) }
    }

    /// A builder for converting rules on another thread: it shares this one's lookups,
    /// which no longer change once the instances are indexed, and starts with nothing built.
    init(sharingLookupsOf builder: TerraformModelBuilder) {
        instances = builder.instances
        deleted = []
        usingSecondThread = false
        lookups = builder.lookups
        configurations = builder.configurations
        gatewayPrefixLists = builder.gatewayPrefixLists
    }

    /// Builds the snapshot. Invalid values (CIDRs, ports, protocols) are input errors.
    func build() throws(InputError) -> NetworkSnapshot {
        if let repeated = lookups.repeatedAddress {
            throw Self.repeatedAddressError(instances[repeated.first], instances[repeated.again])
        }
        startConvertingRulesAhead(forced: usingSecondThread)
        defer { rulesAhead?.stop() }
        // Parts that modify an object already built go second, whatever the file's order.
        let secondPass: Set = [
            "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association",
            "aws_ec2_managed_prefix_list_entry", "aws_internet_gateway_attachment",
            "aws_vpn_gateway_attachment",
        ]
        var secondPassIndices: [Int] = []
        for index in instances.indices {
            if secondPass.contains(instances[index].type) {
                secondPassIndices.append(index)
            } else {
                try add(at: index)
            }
        }
        for index in secondPassIndices { try add(at: index) }
        try finish()
        return snapshot
    }

    /// Two resources of one file with the same address: one would silently replace the
    /// other, so the file is refused.
    static func repeatedAddressError(
        _ first: TerraformResourceInstance, _ again: TerraformResourceInstance
    ) -> InputError {
        let document = again.document
        let place = document.location(of: again.values)
        let firstPlace = document.location(of: first.values).map { " (first at line \($0.line))" }
        return InputError(
            file: document.file, line: place?.line, column: place?.column, path: again.address,
            message:
                "the resource address `\(again.address.excerpt())` is written twice\(firstPlace ?? "")",
            hint:
                "`terraform show -json` writes each resource instance once; import files that were merged or edited by hand one at a time"
        )
    }

    private func add(at index: Int) throws(InputError) {
        let instance = instances[index]
        let attributes = Attributes(instance)
        // A string switch compares case by case: the rules and groups, most of a large
        // network's resources, come first.
        switch instance.type {
        case "aws_security_group_rule": try addLegacyRule(attributes, at: index)
        case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
            try addVPCRule(attributes, at: index)
        case "aws_security_group", "aws_default_security_group":
            try addSecurityGroup(attributes, at: index)
        case "aws_vpc", "aws_default_vpc": try addVPC(attributes)
        case "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association":
            try addVPCCIDRAssociation(attributes)
        case "aws_subnet", "aws_default_subnet": try addSubnet(attributes)
        case "aws_network_acl", "aws_default_network_acl": try addNetworkACL(attributes)
        case "aws_network_acl_rule": try addNetworkACLRule(attributes)
        case "aws_network_acl_association": addNetworkACLAssociation(attributes)
        case "aws_route_table", "aws_default_route_table": try addRouteTable(attributes)
        case "aws_route": try addSeparateRoute(attributes)
        case "aws_route_table_association": addRouteTableAssociation(attributes)
        case "aws_main_route_table_association": addMainRouteTableAssociation(attributes)
        case "aws_vpc_endpoint": try addEndpoint(attributes)
        case "aws_vpc_endpoint_policy", "aws_vpc_endpoint_route_table_association",
            "aws_vpc_endpoint_subnet_association", "aws_vpc_endpoint_security_group_association":
            addEndpointPart(attributes)
        case "aws_ec2_managed_prefix_list", "aws_prefix_list": try addPrefixList(attributes)
        case "aws_ec2_managed_prefix_list_entry": try addPrefixListEntry(attributes)
        case "aws_internet_gateway", "aws_egress_only_internet_gateway", "aws_nat_gateway",
            "aws_vpn_gateway", "aws_ec2_transit_gateway":
            try addGateway(attributes)
        case "aws_internet_gateway_attachment", "aws_vpn_gateway_attachment":
            addGatewayAttachment(attributes)
        case "aws_vpc_peering_connection": addPeering(attributes)
        case "aws_vpc_peering_connection_accepter", "aws_vpc_peering_connection_options":
            break  // The connection itself carries both VPCs.
        case "aws_mwaa_environment", "aws_redshift_cluster", "aws_redshiftserverless_workgroup",
            "aws_db_instance", "aws_rds_cluster", "aws_instance", "aws_network_interface",
            "aws_lambda_function", "aws_eks_cluster":
            try addWorkload(attributes)
        case "aws_redshift_subnet_group", "aws_db_subnet_group", "aws_eip", "aws_eip_association",
            "aws_network_interface_sg_attachment":
            break  // Read through the workloads that use them.
        case "aws_iam_role": addRole(attributes)
        case "aws_iam_role_policy", "aws_iam_policy", "aws_iam_role_policy_attachment":
            addRolePolicyPart(attributes)
        default:
            unsupported[instance.isData ? "data.\(instance.type)" : instance.type, default: []]
                .append(instance.address)
        }
    }

    // MARK: - Looking up instances

    /// The instance with AWS id (or ARN) `id` among `types` (any type when empty): the
    /// first managed one in input order, else the first data source.
    private func instance(withID id: String, types: Set<String>) -> TerraformResourceInstance? {
        guard let first = lookups.firstIndexByID[id] else { return nil }
        let matches = { (candidate: TerraformResourceInstance) in
            types.isEmpty || types.contains(candidate.type)
        }
        var firstDataSource: TerraformResourceInstance?
        if matches(instances[first]) {
            if !instances[first].isData { return instances[first] }
            firstDataSource = instances[first]
        }
        for index in lookups.laterIndicesByID[id] ?? [] where matches(instances[index]) {
            if !instances[index].isData { return instances[index] }
            if firstDataSource == nil { firstDataSource = instances[index] }
        }
        return firstDataSource
    }

    /// The reference resolver of an input file, built on first use.
    private func resolver(forFile file: String) -> ReferenceResolver {
        if let resolver = resolvers[file] { return resolver }
        let resolver = ReferenceResolver(instances: instances.filter { $0.document.file == file })
        resolvers[file] = resolver
        return resolver
    }

    func instance(at address: String) -> TerraformResourceInstance? {
        lookups.indexByAddress[address].map { instances[$0] }
    }

    /// The instances of the given types, in input order; a lookup, not a scan of the input.
    func instances(ofType types: Set<String>) -> [TerraformResourceInstance] {
        types.flatMap { lookups.indicesByType[$0] ?? [] }.sorted().map { instances[$0] }
    }

    // MARK: - Resolving references

    /// Resolves an AWS id (or ARN) to the object that has it, among `types`.
    func resolve(id rawID: String, types: Set<String>, from attributes: Attributes, key: String)
        -> Reference
    {
        // Cross-account group references appear as ACCOUNT/sg-….
        let id =
            rawID.hasPrefix("arn:") || !Self.containsSlash(rawID)
            ? rawID : rawID.split(separator: "/").last.map(String.init) ?? rawID
        if let best = instance(withID: id, types: types) {
            return .resolved(ObjectID(best.address))
        }
        if !types.isDisjoint(with: TerraformTypes.prefixList),
            let list = gatewayPrefixLists[id]
        {
            return .resolved(list)
        }
        let unresolved = UnresolvedReference(
            from: attributes.address, attribute: attributes.attributePath(key), target: rawID)
        snapshot.unresolvedReferences.append(unresolved)
        return .unresolved(unresolved)
    }

    /// Whether `text` has a `/`, looked for in its contiguous UTF-8: iterating the UTF-8
    /// view cost about 600 instructions per id resolved.
    private static func containsSlash(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(UInt8(ascii: "/")) }
    }

    /// Resolves the configuration references of an attribute whose value is unknown.
    func configurationTargets(_ attributes: Attributes, _ key: String, types: Set<String>)
        -> [Reference]
    {
        let instance = attributes.instance
        guard let configuration = configurations[instance.document.file] else { return [] }
        let blockPath = attributes.path.split(separator: ".").map {
            String($0.prefix { $0 != "[" })
        }
        guard
            let references = configuration.references(
                modulePath: instance.modulePath, key: instance.configurationKey,
                attribute: blockPath + [key])
        else { return [] }
        let resolver = resolver(forFile: instance.document.file)
        var result: [Reference] = []
        for reference in references {
            for target in resolver.targets(
                of: reference, in: instance.modulePath, configuration: configuration)
            {
                let resolved: Reference
                switch target {
                case .address(let address):
                    guard let type = self.instance(at: address)?.type,
                        types.isEmpty || types.contains(type)
                    else { continue }
                    resolved = .resolved(ObjectID(address))
                case .literal(let id):
                    resolved = resolve(id: id, types: types, from: attributes, key: key)
                }
                if !result.contains(resolved) { result.append(resolved) }
            }
        }
        return result
    }

    /// A single reference attribute: by id when known, else through the configuration,
    /// else explicitly unknown. `nil` when unset.
    func reference(_ attributes: Attributes, _ key: String, to types: Set<String>) -> Reference? {
        switch attributes.string(key) {
        case nil:
            return nil
        case .known(let id):
            return resolve(id: id, types: types, from: attributes, key: key)
        case .unknown(let unknown):
            if let first = configurationTargets(attributes, key, types: types).first {
                return first
            }
            if isComputedOnly(attributes, key) { return nil }
            snapshot.unknownValues.append(unknown)
            return .unknown(unknown)
        }
    }

    /// A list of references: known ids resolved, unknown elements recovered through the
    /// configuration (or kept as unknown).
    func references(_ attributes: Attributes, _ key: String, to types: Set<String>)
        -> [Reference]
    {
        var result = UniqueReferences()
        var unknowns: [UnknownValue] = []
        for element in attributes.strings(key) {
            switch element {
            case .known(let id):
                result.append(resolve(id: id, types: types, from: attributes, key: key))
            case .unknown(let unknown):
                unknowns.append(unknown)
            }
        }
        guard !unknowns.isEmpty else { return result.elements }
        let recovered = configurationTargets(attributes, key, types: types)
        if recovered.isEmpty && isComputedOnly(attributes, key) { return result.elements }
        if recovered.isEmpty {
            snapshot.unknownValues += unknowns
            return result.elements + unknowns.map(Reference.unknown)
        }
        for reference in recovered { result.append(reference) }
        return result.elements
    }

    /// The AWS id of an object: known, unknown until apply, or absent.
    func awsID(_ attributes: Attributes) -> Knowable<String>? { attributes.string("id") }

    /// The `Name` tag, else the `name` attribute.
    func displayName(_ attributes: Attributes) -> String? {
        attributes.raw("tags")?["Name"]?.string ?? attributes.knownString("name")
    }

    /// Whether an unknown attribute is one the provider only computes because the
    /// configuration leaves it out (e.g. `source_security_group_id` on a CIDR rule): the
    /// configuration is there and does not write it, so after apply it stays unset.
    func isComputedOnly(_ attributes: Attributes, _ key: String) -> Bool {
        let instance = attributes.instance
        guard let configuration = configurations[instance.document.file], !configuration.isEmpty,
            configuration.expressions(
                modulePath: instance.modulePath, key: instance.configurationKey) != nil
        else { return false }
        let blockPath = attributes.path.split(separator: ".").map {
            String($0.prefix { $0 != "[" })
        }
        return configuration.references(
            modulePath: instance.modulePath, key: instance.configurationKey,
            attribute: blockPath + [key]) == nil
    }

    /// Whether the resource's configuration writes `key`; `nil` without a configuration.
    func configurationHasAttribute(_ instance: TerraformResourceInstance, _ key: String) -> Bool? {
        configurations[instance.document.file]?.declares(
            modulePath: instance.modulePath, key: instance.configurationKey, attribute: key)
    }

    /// Records an unknown value that makes part of the model unknown.
    func noteUnknown(_ unknown: UnknownValue) { snapshot.unknownValues.append(unknown) }

    func note(_ address: String, _ message: String) {
        snapshot.notes.append(ImportNote(address: address, message: message))
    }

    // MARK: - Finishing

    private func finish() throws(InputError) {
        try finishGroupsAndRules()
        finishNetworkACLs()
        finishRouteTables()
        try removeDeletedMirrors()
        finishEndpoints()
        finishRoles()
        finishWorkloads()
        snapshot.securityGroups = groups.values.sorted { $0.id < $1.id }
        snapshot.networkACLs = acls.values.sorted { $0.id < $1.id }
        snapshot.routeTables = tables.values.sorted { $0.id < $1.id }
        snapshot.vpcEndpoints = endpoints.values.sorted { $0.id < $1.id }
        snapshot.iamRoles = roles.values.sorted { $0.id < $1.id }
        snapshot.vpcs.sort { $0.id < $1.id }
        snapshot.subnets.sort { $0.id < $1.id }
        snapshot.prefixLists.sort { $0.id < $1.id }
        snapshot.gateways.sort { $0.id < $1.id }
        snapshot.peeringConnections.sort { $0.id < $1.id }
        snapshot.workloads.sort { $0.id < $1.id }
        snapshot.iamPolicies.sort { $0.id < $1.id }
        snapshot.unsupportedResources = unsupported.keys.sorted().map {
            UnsupportedResource(type: $0, addresses: unsupported[$0]!)
        }
        snapshot.unresolvedReferences = unique(snapshot.unresolvedReferences)
        snapshot.unknownValues = unique(snapshot.unknownValues)
        let dataSourceVPCs = instances.filter { $0.isData && TerraformTypes.vpc.contains($0.type) }
        snapshot.addImpliedDefaults(excluding: Set(dataSourceVPCs.map { ObjectID($0.address) }))
    }

    /// Each id's first position in `ids`.
    static func firstPositions(of ids: [ObjectID]) -> [ObjectID: Int] {
        Dictionary(ids.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
    }

    private func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }
}
