/// Which picture of a plan to import.
public enum SnapshotView: String, Sendable, CaseIterable {
    /// The state after the plan is applied (`planned_values`); for a state, the state.
    case planned
    /// The state before the plan (`prior_state`); for a state, the state.
    case prior
}
