import JSONSupport

/// Why a policy document cannot be used, and where: the element path (such as
/// `Statement[2].Condition.StringEquals`) and the line and column in the text.
///
/// Reads `3:17: Statement[0].Effect: Effect must be "Allow" or "Deny" …`.
public struct PolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let message: String
    /// The element path; empty for problems with the document as a whole.
    public let path: String
    /// Line and column in the policy text, when the problem has a place.
    public let location: SourceLocation?

    /// Creates an error.
    public init(message: String, path: String, location: SourceLocation?) {
        self.message = message
        self.path = path
        self.location = location
    }

    /// The line, or `nil`.
    public var line: Int? { location?.line }
    /// The column, or `nil`.
    public var column: Int? { location?.column }

    public var description: String {
        var text = ""
        if let location { text += "\(location.line):\(location.column): " }
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}
