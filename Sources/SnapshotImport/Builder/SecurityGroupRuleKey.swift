import NetworkModel

/// What makes two atomic security group rules the same rule: direction, traffic and
/// peer, with references not in the input compared by what they name rather than by
/// where they were written. The builder keeps one index of these per group so that
/// merging a rule declared twice costs one lookup, not a scan of the group's rules.
struct SecurityGroupRuleKey: Hashable {
    /// A peer reduced to what it names.
    enum Peer: Hashable {
        case cidr(CIDR)
        case prefixList(Target)
        case securityGroup(Target)
        case unknown(UnknownValue)

        init(_ peer: SecurityGroupPeer) {
            switch peer {
            case .cidr(let cidr): self = .cidr(cidr)
            case .prefixList(let reference): self = .prefixList(Target(reference))
            case .securityGroup(let reference): self = .securityGroup(Target(reference))
            case .unknown(let unknown): self = .unknown(unknown)
            }
        }
    }

    /// A reference reduced to what it names: `ACCOUNT/sg-1` and `sg-1` name one group.
    enum Target: Hashable {
        case resolved(ObjectID)
        case unresolved(Substring)
        case unknown(UnknownValue)

        init(_ reference: Reference) {
            switch reference {
            case .resolved(let id): self = .resolved(id)
            case .unresolved(let unresolved):
                self = .unresolved(unresolved.target.split(separator: "/").last ?? "")
            case .unknown(let unknown): self = .unknown(unknown)
            }
        }
    }

    let direction: TrafficDirection
    let traffic: Knowable<TrafficMatch>
    let peer: Peer

    init(_ rule: SecurityGroupRule) {
        direction = rule.direction
        traffic = rule.traffic
        peer = Peer(rule.peer)
    }
}
