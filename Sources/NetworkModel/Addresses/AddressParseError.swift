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

    /// The text shortened for messages: whole up to 80 bytes, else its start and length.
    public var excerpt: String {
        guard text.utf8.count > 80 else { return text }
        return "\(text.prefix(60))… (\(text.utf8.count) bytes)"
    }

    public var description: String { "'\(excerpt)' is not valid: \(reason)" }
}
