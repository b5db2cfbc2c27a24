/// How an MWAA environment reaches AWS services: through NAT (public routing) or only
/// through VPC endpoints (private routing).
public enum RoutingMode: String, Sendable, Hashable {
    /// A subnet sends 0.0.0.0/0 to a NAT gateway.
    case publicRouting = "public"
    /// No NAT route: every service through a VPC endpoint.
    case privateRouting = "private"
}
