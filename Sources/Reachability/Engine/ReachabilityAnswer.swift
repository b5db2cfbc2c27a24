import NetworkModel

/// The engine's answer: the verdict, the path hop by hop both ways, what blocks which
/// packets, examples, and fixes.
public struct ReachabilityAnswer: Sendable {
    public var question: ReachabilityQuestion
    public var verdict: Verdict
    public var from: String
    public var to: String
    /// The traffic asked about, e.g. `tcp 5439`.
    public var traffic: TrafficMatch
    /// Every packet of the question.
    public var asked: PacketSet
    /// Packets that get there and whose replies get back (lower bound when unknown).
    public var passing: PacketSet
    /// Packets that certainly do not.
    public var failing: PacketSet
    public var hops: [Hop]
    public var blocking: [BlockingReason]
    /// The unknown values the answer depends on.
    public var unknowns: [UnknownValue]
    public var fixes: [Fix]
    /// For a service (`service:sqs`): the paths the sources take to it.
    public var servicePaths: [ServicePath] = []

    public var examplePassing: Packet? { passing.example() }
    public var exampleFailing: Packet? { failing.example() }
}
