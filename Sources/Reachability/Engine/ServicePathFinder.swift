import NetworkModel

/// Works out, for one source interface, which path to a service applies and what the
/// destination side of the flow is.
struct ServicePathFinder {
    let snapshot: NetworkSnapshot
    let resolver: EndpointResolver

    /// The path and the destinations it leads to.
    func path(to service: String, from interface: NetworkInterface) -> (
        ServicePath, [ReachabilityAnalyzer.Side]
    ) {
        let inVPC = snapshot.vpcEndpoints.filter {
            $0.shortServiceName == service && interface.vpc != nil
                && $0.vpc == .resolved(interface.vpc!)
        }
        if let endpoint = inVPC.first(where: { $0.type == .interface && $0.privateDNSEnabled }) {
            let interfaces = resolver.interfaces(of: endpoint)
            return (
                .interfaceEndpoint(endpoint.id), interfaces.map(ReachabilityAnalyzer.Side.interface)
            )
        }
        if let subnet = interface.subnet, let table = snapshot.routeTable(forSubnet: subnet)?.table,
            let endpoint = inVPC.first(where: {
                $0.type == .gateway && $0.routeTables.contains(.resolved(table.id))
            })
        {
            let ranges = prefixListRanges(of: endpoint)
            return (
                .gatewayEndpoint(endpoint.id),
                [
                    .service(
                        name: "service:\(service)", ranges, gatewayEndpoint: endpoint.id,
                        unknown: ranges.isEmpty
                            ? UnknownValue(
                                address: endpoint.id.rawValue, attribute: "prefix_list_id",
                                reason: "the service's prefix list entries are not in the input")
                            : nil)
                ]
            )
        }
        let reason: String
        if inVPC.contains(where: { $0.type == .interface }) {
            reason =
                "the interface endpoint for \(service) has private DNS off, so the service's name resolves to its public addresses"
        } else if inVPC.contains(where: { $0.type == .gateway }) {
            reason = "the gateway endpoint for \(service) is not on this subnet's route table"
        } else {
            reason = "no VPC endpoint for \(service) in the VPC"
        }
        let unknown = UnknownValue(
            address: "service:\(service)", attribute: "addresses",
            reason: "the public addresses of \(service) are not in the input")
        return (
            .publicService(reason: reason),
            [
                .service(
                    name: "service:\(service)", [AddressRange(.anyIPv4)], gatewayEndpoint: nil,
                    unknown: unknown)
            ]
        )
    }

    /// The blocks of a gateway endpoint's prefix list, where the input has them.
    private func prefixListRanges(of endpoint: VPCEndpoint) -> [AddressRange] {
        let list = snapshot.prefixLists.first {
            $0.id == ObjectID("\(endpoint.id.rawValue).prefix_list")
                || (endpoint.prefixListID != nil && $0.awsID?.value == endpoint.prefixListID)
        }
        return list?.entries.value?.map(AddressRange.init) ?? []
    }
}
