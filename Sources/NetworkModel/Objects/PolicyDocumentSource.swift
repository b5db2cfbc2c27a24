/// An IAM policy document as text, with where it came from. Evaluated later by
/// `PolicyEvaluation`; the model only carries it.
public struct PolicyDocumentSource: Sendable, Hashable {
    /// The policy's name or ARN.
    public var name: String
    public var document: Knowable<String>
    public var provenance: Provenance

    public init(name: String, document: Knowable<String>, provenance: Provenance) {
        self.name = name
        self.document = document
        self.provenance = provenance
    }
}
