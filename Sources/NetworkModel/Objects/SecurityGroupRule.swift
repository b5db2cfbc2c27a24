/// One atomic security group rule: one direction, one protocol and port range, one peer.
///
/// A Terraform rule block naming several CIDRs and groups becomes several of these;
/// identical atomic rules declared twice (inline and as a separate resource) become one,
/// with every declaration kept in `declarations`.
public struct SecurityGroupRule: Sendable, Hashable {
    public var direction: TrafficDirection
    public var traffic: Knowable<TrafficMatch>
    public var peer: SecurityGroupPeer
    public var description: String?
    /// Where the rule is declared; the first is the one to cite.
    public var declarations: [Provenance]

    public init(
        direction: TrafficDirection, traffic: Knowable<TrafficMatch>, peer: SecurityGroupPeer,
        description: String? = nil, declarations: [Provenance]
    ) {
        self.direction = direction
        self.traffic = traffic
        self.peer = peer
        self.description = description
        self.declarations = declarations
    }

    /// The declaration to cite: a separately managed rule resource if there is one.
    public var provenance: Provenance { declarations[0] }
}
