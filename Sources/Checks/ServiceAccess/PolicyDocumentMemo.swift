import PolicyEvaluation
import Synchronization

/// Endpoint policies read once each, shared by every thread asking about them.
///
/// `check` asks for each environment's services through the same few hundred endpoints:
/// reading an endpoint's policy text anew for every question was about a twentieth of
/// the checks at XL. Two threads may read the same text at once; both get the same
/// document, and one is kept.
final class PolicyDocumentMemo: Sendable {
    private let documents = Mutex<[String: Result<PolicyDocument, PolicyError>]>([:])

    /// The document `text` reads as (a resource-based policy), or why it cannot be read.
    func document(_ text: String) -> Result<PolicyDocument, PolicyError> {
        if let known = documents.withLock({ $0[text] }) { return known }
        let read = Result { () throws(PolicyError) in try PolicyDocument(text: text) }
        documents.withLock { $0[text] = read }
        return read
    }
}
