/// The answer to "can this reach that?".
public enum Verdict: String, Sendable, Hashable, Codable {
    /// Every packet of the question gets there and its reply gets back.
    case reachable
    /// Some packets do, some do not.
    case partial
    /// None do.
    case unreachable
    /// The answer depends on values the snapshot does not know.
    case unknown
}
