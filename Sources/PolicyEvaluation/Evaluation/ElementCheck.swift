/// The result of checking one element of a statement against a request, with the
/// reason in words.
public struct ElementCheck: Sendable, Hashable, CustomStringConvertible {
    /// Which element was checked.
    public let element: StatementElement
    /// The element path, such as `Statement[1].Condition.StringEquals.aws:SourceVpce`.
    public let path: String
    /// Whether the element lets the statement apply to the request.
    public let passed: Bool
    /// Why, naming the pattern or value that matched or failed.
    public let explanation: String

    /// Creates a check result.
    public init(element: StatementElement, path: String, passed: Bool, explanation: String) {
        self.element = element
        self.path = path
        self.passed = passed
        self.explanation = explanation
    }

    public var description: String { "\(path): \(explanation)" }
}
