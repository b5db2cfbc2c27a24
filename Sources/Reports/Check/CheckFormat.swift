/// The formats `vpcreach check` prints (`--format NAME`).
public enum CheckFormat: String, Sendable, Hashable, CaseIterable {
    /// For people: ``CheckReport/text(color:)``.
    case text
    /// For machines: ``CheckReport/json()`` (docs/check-json.md).
    case json
    /// For code scanning: ``CheckReport/sarif(repository:locate:)``.
    case sarif
    /// For CI test reports: ``CheckReport/junit(repository:locate:)``.
    case junit
    /// For GitHub Actions: ``CheckReport/githubAnnotations(repository:locate:)`` then the
    /// text report.
    case github
    /// For a pull-request comment: ``CheckReport/markdown(failingAt:)``.
    case markdown
}
