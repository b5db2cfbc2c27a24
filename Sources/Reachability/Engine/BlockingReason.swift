import NetworkModel

/// Why some packets of a question do not get through: where, which rule, and which
/// packets. Codes follow AWS Reachability Analyzer's names where one fits.
public struct BlockingReason: Sendable, Equatable {
    /// e.g. `ENI_SG_RULES_MISMATCH`, `SUBNET_ACL_RESTRICTION`, `NO_ROUTE_TO_DESTINATION`.
    public var code: String
    public var direction: Hop.Direction
    public var step: Hop.Step
    public var component: String
    /// The deciding rule, when one rule decides (a deny entry, the implied final entry).
    public var rule: RuleCitation?
    /// The packets of the question stopped here (forward packets, also for reply hops).
    public var packets: PacketSet
    /// What the engine knows about the two ends, for writing a fix.
    var context: FixContext

    public init(
        code: String, direction: Hop.Direction, step: Hop.Step, component: String,
        rule: RuleCitation?,
        packets: PacketSet
    ) {
        self.init(
            code: code, direction: direction, step: step, component: component, rule: rule,
            packets: packets, context: FixContext())
    }

    init(
        code: String, direction: Hop.Direction, step: Hop.Step, component: String,
        rule: RuleCitation?,
        packets: PacketSet, context: FixContext
    ) {
        self.code = code
        self.direction = direction
        self.step = step
        self.component = component
        self.rule = rule
        self.packets = packets
        self.context = context
    }

    public static func == (lhs: BlockingReason, rhs: BlockingReason) -> Bool {
        lhs.code == rhs.code && lhs.direction == rhs.direction && lhs.step == rhs.step
            && lhs.component == rhs.component && lhs.rule == rhs.rule && lhs.packets == rhs.packets
    }
}

/// The ends of a blocked flow, as a fix needs them.
struct FixContext: Sendable, Equatable {
    var sourceGroup: ObjectID?
    var destinationGroup: ObjectID?
    /// CIDR blocks naming the two sides (their subnets'), one per interface pair merged.
    var sourceBlocks: [String] = []
    var destinationBlocks: [String] = []
    var networkACL: ObjectID?
    var ruleNumbersInUse: [Int] = []
    var blockingRuleNumber: Int?

    /// Combines the contexts of two merged blocks: every side's blocks, in order.
    mutating func merge(_ other: FixContext) {
        for block in other.sourceBlocks where !sourceBlocks.contains(block) {
            sourceBlocks.append(block)
        }
        for block in other.destinationBlocks where !destinationBlocks.contains(block) {
            destinationBlocks.append(block)
        }
    }
}
