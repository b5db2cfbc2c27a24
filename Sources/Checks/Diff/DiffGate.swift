/// What makes `vpcreach diff` fail (`--fail-on`).
public enum DiffGate: String, Sendable, Hashable, CaseIterable {
    /// Packets from the internet newly (or possibly) get through, or an exposure finding
    /// is introduced (`internet-exposure`, `public-data-store`, `open-to-world`,
    /// `intent-forbidden`).
    case newExposure = "new-exposure"
    /// Packets that got through no longer do.
    case newBlock = "new-block"
    /// A `check` error or warning is introduced.
    case newFinding = "new-finding"
    /// Any flow changes, or any finding comes or goes.
    case anyChange = "any-change"

    static let exposureRules: Set<String> = [
        "internet-exposure", "public-data-store", "open-to-world", "intent-forbidden",
    ]
}
