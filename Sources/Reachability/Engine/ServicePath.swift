import NetworkModel

/// How an interface reaches an AWS service: through an interface endpoint in its VPC
/// with private DNS, through a gateway endpoint on its subnet's route table (S3,
/// DynamoDB), or through the public service over NAT or an internet gateway.
public enum ServicePath: Sendable, Hashable, CustomStringConvertible {
    case interfaceEndpoint(ObjectID)
    case gatewayEndpoint(ObjectID)
    /// No endpoint serves the source (or its private DNS is off): the service's public
    /// addresses, through whatever the routes say.
    case publicService(reason: String)

    public var endpoint: ObjectID? {
        switch self {
        case .interfaceEndpoint(let id), .gatewayEndpoint(let id): id
        case .publicService: nil
        }
    }

    public var description: String {
        switch self {
        case .interfaceEndpoint(let id): "interface endpoint \(id) (private DNS on), TCP 443"
        case .gatewayEndpoint(let id):
            "gateway endpoint \(id) through its prefix-list route, TCP 443"
        case .publicService(let reason): "the public service endpoint: \(reason)"
        }
    }
}
