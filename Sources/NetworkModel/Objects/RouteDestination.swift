/// Where a route sends packets to: a block or a prefix list's entries.
public enum RouteDestination: Sendable, Hashable, CustomStringConvertible {
    case cidr(CIDR)
    case prefixList(Reference)
    case unknown(UnknownValue)

    public var description: String {
        switch self {
        case .cidr(let cidr): cidr.description
        case .prefixList(let reference): "prefix list \(reference)"
        case .unknown: "(known after apply)"
        }
    }
}
