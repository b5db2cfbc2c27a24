import NetworkModel

/// One component a flow passes, in the forward or the reply direction, and what it did.
public struct Hop: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable { case forward, reply }

    public enum Step: String, Sendable, Hashable {
        case securityGroupEgress = "security-group-egress"
        case route
        case networkACLOutbound = "network-acl-outbound"
        case networkACLInbound = "network-acl-inbound"
        case securityGroupIngress = "security-group-ingress"
        case internetGateway = "internet-gateway"
    }

    public enum Outcome: String, Sendable, Hashable {
        case allowed, denied, partial, unknown
    }

    public var direction: Direction
    public var step: Step
    /// The component: group ids, ACL id, route table id…
    public var component: String
    public var outcome: Outcome
    /// The rules that allowed or denied packets here.
    public var rules: [RuleCitation]

    public init(
        direction: Direction, step: Step, component: String, outcome: Outcome, rules: [RuleCitation]
    ) {
        self.direction = direction
        self.step = step
        self.component = component
        self.outcome = outcome
        self.rules = rules
    }
}
