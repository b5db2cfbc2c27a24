/// The parts of a statement that a request is checked against.
public enum StatementElement: String, Sendable, Hashable, CaseIterable {
    /// `Principal`: whom the statement names.
    case principal = "Principal"
    /// `NotPrincipal`: whom the statement excludes.
    case notPrincipal = "NotPrincipal"
    /// `Action`.
    case action = "Action"
    /// `NotAction`.
    case notAction = "NotAction"
    /// `Resource`.
    case resource = "Resource"
    /// `NotResource`.
    case notResource = "NotResource"
    /// One operator and key of `Condition`.
    case condition = "Condition"
}
