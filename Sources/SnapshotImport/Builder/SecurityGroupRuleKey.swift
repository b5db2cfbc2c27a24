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

    /// A rule's `Knowable<TrafficMatch>` as a type of this module, so that comparing
    /// keys is not a call through the generic `Knowable`.
    enum Traffic: Hashable {
        case known(TrafficMatch)
        case unknown(UnknownValue)

        init(_ traffic: Knowable<TrafficMatch>) {
            switch traffic {
            case .known(let match): self = .known(match)
            case .unknown(let unknown): self = .unknown(unknown)
            }
        }
    }

    /// The direction: there are two.
    let isIngress: Bool
    let traffic: Traffic
    let peer: Peer

    init(_ rule: SecurityGroupRule) {
        isIngress = rule.direction == .ingress
        traffic = Traffic(rule.traffic)
        peer = Peer(rule.peer)
    }

    /// Hashes the numbers and names a rule is made of directly: the synthesized hash went
    /// through each enum's generic or raw-value conformance and cost more than the lookup.
    /// Equality stays synthesized; keys equal by it hash alike.
    func hash(into hasher: inout Hasher) {
        hasher.combine(isIngress)
        switch traffic {
        case .known(let match): Self.hash(match, into: &hasher)
        case .unknown(let unknown):
            hasher.combine(UInt8(255))
            hasher.combine(unknown)
        }
        switch peer {
        case .cidr(let cidr):
            hasher.combine(UInt8(0))
            hasher.combine(cidr.family == .ipv4)
            hasher.combine(cidr.network)
            hasher.combine(cidr.prefixLength)
        case .prefixList(let target):
            hasher.combine(UInt8(1))
            Self.hash(target, into: &hasher)
        case .securityGroup(let target):
            hasher.combine(UInt8(2))
            Self.hash(target, into: &hasher)
        case .unknown(let unknown):
            hasher.combine(UInt8(3))
            hasher.combine(unknown)
        }
    }

    private static func hash(_ match: TrafficMatch, into hasher: inout Hasher) {
        switch match {
        case .all: hasher.combine(UInt8(0))
        case .tcp(let ports):
            hasher.combine(UInt8(1))
            hasher.combine(ports.lowerBound)
            hasher.combine(ports.upperBound)
        case .udp(let ports):
            hasher.combine(UInt8(2))
            hasher.combine(ports.lowerBound)
            hasher.combine(ports.upperBound)
        case .icmp(let icmp):
            hasher.combine(UInt8(3))
            hasher.combine(icmp.type)
            hasher.combine(icmp.code)
        case .icmpv6(let icmp):
            hasher.combine(UInt8(4))
            hasher.combine(icmp.type)
            hasher.combine(icmp.code)
        case .protocolNumber(let number):
            hasher.combine(UInt8(5))
            hasher.combine(number)
        }
    }

    private static func hash(_ target: Target, into hasher: inout Hasher) {
        switch target {
        case .resolved(let id):
            hasher.combine(UInt8(0))
            hasher.combine(id.rawValue)
        case .unresolved(let name):
            hasher.combine(UInt8(1))
            hasher.combine(name)
        case .unknown(let unknown):
            hasher.combine(UInt8(2))
            hasher.combine(unknown)
        }
    }
}
