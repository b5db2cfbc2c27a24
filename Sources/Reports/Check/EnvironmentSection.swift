import Checks

/// The findings of one MWAA environment, or of no environment, in report order.
struct EnvironmentSection: Sendable {
    /// The environment's Terraform address; `nil` for findings that belong to none.
    var environment: String?
    var findings: [Finding]

    /// The heading people read: the environment's address, or "Other resources".
    var title: String { environment ?? "Other resources" }

    /// A short name for machine formats: the environment's address, or `other`.
    var name: String { environment ?? "other" }
}
