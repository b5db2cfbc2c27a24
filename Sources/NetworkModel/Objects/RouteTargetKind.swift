/// The kind of next hop a route sends packets to.
public enum RouteTargetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case local
    case internetGateway = "internet-gateway"
    case egressOnlyInternetGateway = "egress-only-internet-gateway"
    case natGateway = "nat-gateway"
    case vpcEndpoint = "vpc-endpoint"
    case peeringConnection = "peering-connection"
    case transitGateway = "transit-gateway"
    case networkInterface = "network-interface"
    case instance
    case virtualPrivateGateway = "virtual-private-gateway"
    case localGateway = "local-gateway"
    case carrierGateway = "carrier-gateway"
    case coreNetwork = "core-network"
    /// The target attribute is not known until apply.
    case unknown
}
