/// One numbered network ACL entry. Entries are evaluated in ascending number and the
/// first that matches decides.
public struct NetworkACLEntry: Sendable, Hashable {
    public var direction: TrafficDirection
    public var ruleNumber: RuleNumber
    public var action: RuleAction
    public var traffic: Knowable<TrafficMatch>
    /// The block the entry matches: the source for ingress, the destination for egress.
    public var cidr: Knowable<CIDR>
    public var declarations: [Provenance]

    public init(
        direction: TrafficDirection, ruleNumber: RuleNumber, action: RuleAction,
        traffic: Knowable<TrafficMatch>, cidr: Knowable<CIDR>, declarations: [Provenance]
    ) {
        self.direction = direction
        self.ruleNumber = ruleNumber
        self.action = action
        self.traffic = traffic
        self.cidr = cidr
        self.declarations = declarations
    }

    public var provenance: Provenance { declarations[0] }
}
