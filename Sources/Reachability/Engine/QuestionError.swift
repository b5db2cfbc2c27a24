/// A question that cannot be asked of this snapshot: an endpoint that is not in it, a
/// malformed port or protocol. The command line exits with status 2 on it.
public struct QuestionError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
