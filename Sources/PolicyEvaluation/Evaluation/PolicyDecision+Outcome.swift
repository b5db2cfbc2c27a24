extension PolicyDecision {
    /// The three outcomes of an evaluation, without the statements.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// An Allow applies and no Deny does.
        case allow
        /// A Deny applies.
        case explicitDeny
        /// Nothing applies.
        case implicitDeny
    }
}
