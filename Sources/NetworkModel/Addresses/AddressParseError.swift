/// An address, CIDR block or port range that could not be read.
public struct AddressParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text as it was given.
    public let text: String
    /// What is wrong with it, phrased so the user can correct it.
    public let reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "'\(text)' is not valid: \(reason)" }
}
