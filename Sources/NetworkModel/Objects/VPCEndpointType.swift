/// The kinds of VPC endpoint.
public enum VPCEndpointType: String, Sendable, Hashable, Codable, CaseIterable {
    case interface = "Interface"
    case gateway = "Gateway"
    case gatewayLoadBalancer = "GatewayLoadBalancer"
}
