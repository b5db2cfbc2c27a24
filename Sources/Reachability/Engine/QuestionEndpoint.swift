import NetworkModel

/// One side of a reachability question, resolved against a snapshot.
public enum QuestionEndpoint: Sendable, Hashable {
    /// Interfaces in the modeled network (a workload, an endpoint, a group's members…).
    case interfaces(name: String, [NetworkInterface])
    /// Addresses outside the modeled network: the internet or a CIDR block.
    case external(name: String, [AddressRange])
    /// An AWS service (`service:sqs`): reached through an endpoint or the public service,
    /// depending on where the source is.
    case service(name: String)

    /// The addresses the end stands for: its interfaces' or the external ranges; none
    /// for a service, whose addresses depend on where the source is.
    public var addresses: [AddressRange] {
        switch self {
        case .interfaces(_, let interfaces): interfaces.flatMap(\.addresses)
        case .external(_, let ranges): ranges
        case .service: []
        }
    }

    public var name: String {
        switch self {
        case .interfaces(let name, _), .external(let name, _): name
        case .service(let name): "service:\(name)"
        }
    }
}
