/// The other end of a security group rule.
public enum SecurityGroupPeer: Sendable, Hashable, CustomStringConvertible {
    /// An IPv4 or IPv6 block.
    case cidr(CIDR)
    /// The entries of a managed prefix list.
    case prefixList(Reference)
    /// The interfaces that carry a security group (possibly the rule's own group).
    case securityGroup(Reference)
    /// Not known until apply.
    case unknown(UnknownValue)

    public var description: String {
        switch self {
        case .cidr(let cidr): cidr.description
        case .prefixList(let reference): "prefix list \(reference)"
        case .securityGroup(let reference): "group \(reference)"
        case .unknown: "(known after apply)"
        }
    }
}
