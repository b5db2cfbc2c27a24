import Reachability

/// How what one source reaches of one destination changes: the packets newly let
/// through, those newly stopped, the verdicts before and after, and why.
public struct FlowChange: Sendable {
    /// What kind of change this is, for gates and headings.
    public enum Kind: String, Sendable, Hashable {
        /// Packets that did not get through now do.
        case opened
        /// Packets that got through no longer do.
        case closed
        /// Both: some packets opened, others closed.
        case changed
        /// The change depends on values the input does not know.
        case unknown
    }

    public var from: String
    public var to: String
    /// The verdicts; `nil` where an end is not in that snapshot.
    public var before: Verdict?
    public var after: Verdict?
    /// Packets that certainly get through after and not before.
    public var opened: PacketSet
    /// Packets that certainly got through before and not after.
    public var closed: PacketSet
    /// Packets whose fate may have changed, undecided because of unknown values.
    public var undecided: PacketSet
    /// The unknown values that leave `undecided` open.
    public var unknowns: [String]
    /// The changed resources on the path (addresses, with what changed).
    public var causes: [String]
    /// Set when the source is a subnet's address space rather than a workload: its own
    /// groups are not known, so the sets compare what the rest of the path admits from
    /// it (the destination's groups, the network ACLs and the routes).
    public var fromAddressSpace: Bool = false

    public init(
        from: String, to: String, before: Verdict?, after: Verdict?, opened: PacketSet,
        closed: PacketSet, undecided: PacketSet = .empty, unknowns: [String] = [],
        causes: [String] = []
    ) {
        self.from = from
        self.to = to
        self.before = before
        self.after = after
        self.opened = opened
        self.closed = closed
        self.undecided = undecided
        self.unknowns = unknowns
        self.causes = causes
    }

    public var kind: Kind {
        if !undecided.isEmpty { return .unknown }
        switch (opened.isEmpty, closed.isEmpty) {
        case (false, true): return .opened
        case (true, false): return .closed
        default: return .changed
        }
    }

    /// `reachable → unreachable`, with `absent` for an end not in a snapshot.
    public var verdictChange: String {
        "\(before?.rawValue ?? "absent") → \(after?.rawValue ?? "absent")"
    }

    /// Whether the source is the internet.
    public var isFromInternet: Bool { from == "internet" }
}
