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
        let inVPC =
            interface.vpc.map { resolver.index.vpcEndpoints(inVPC: $0, service: service) } ?? []
        if let endpoint = inVPC.first(where: { $0.type == .interface && $0.privateDNSEnabled }) {
            let interfaces = resolver.interfaces(of: endpoint)
            return (
                .interfaceEndpoint(endpoint.id), interfaces.map(ReachabilityAnalyzer.Side.interface)
            )
        }
        if let subnet = interface.subnet,
            let table = resolver.index.routeTable(forSubnet: subnet)?.table,
            let endpoint = inVPC.first(where: {
                $0.type == .gateway && $0.routeTables.contains(.resolved(table.id))
            })
        {
            var ranges = prefixListRanges(of: endpoint)
            if ranges.isEmpty, let region = region(of: endpoint) {
                // The prefix list's entries are AWS's published blocks for the service.
                ranges = publishedRanges(service, region: region)
            }
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
        // Without AWS's published ranges, or with only Amazon's shared ones, which of the
        // blocks the service uses is not known: only all-or-nothing answers are certain.
        let published = region(near: interface).map { publishedRanges(service, region: $0) } ?? []
        let unknown = UnknownValue(
            address: "service:\(service)", attribute: "addresses",
            reason: published.isEmpty
                ? "the public addresses of \(service) are not in the input (give --aws-ip-ranges)"
                : "\(service) uses some of Amazon's published blocks in the region, not known which"
        )
        let ranges = published.isEmpty ? [AddressRange(.anyIPv4)] : published
        return (
            .publicService(reason: reason),
            [.service(name: "service:\(service)", ranges, gatewayEndpoint: nil, unknown: unknown)]
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

    private func publishedRanges(_ service: String, region: String) -> [AddressRange] {
        guard let ranges = snapshot.awsAddressRanges else { return [] }
        return ranges.blocks(
            service: AWSAddressRanges.serviceName(forEndpointService: service), region: region
        )
        .map(AddressRange.init)
    }

    /// The region of an endpoint, from its service name (`com.amazonaws.REGION.…`).
    private func region(of endpoint: VPCEndpoint) -> String? {
        let parts = endpoint.serviceName.value?.split(separator: ".") ?? []
        return parts.count >= 4 ? String(parts[2]) : nil
    }

    /// The region an interface is in: from its subnet's availability zone, else from any
    /// endpoint's service name.
    private func region(near interface: NetworkInterface) -> String? {
        if let subnet = interface.subnet.flatMap(snapshot.subnet),
            let zone = subnet.availabilityZone?.value, zone.last?.isLetter == true
        {
            return String(zone.dropLast())
        }
        return snapshot.vpcEndpoints.lazy.compactMap(region(of:)).first
    }
}
