/// Why a file is not valid JSON, and where.
///
/// The description reads `line 3, column 17: expected ',' or '}' after an object member,
/// found ']'`; callers that know the file name print `path:3:17: …` using ``location``.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, phrased so the user can fix it; it says what was expected and
    /// what was found.
    public var message: String
    /// Byte offset of the problem in the UTF-8 text (after any transcoding), or `-1` when
    /// the problem concerns the file as a whole.
    public var offset: Int
    /// Line and column of the problem, or `nil` when it concerns the file as a whole,
    /// such as an empty file.
    public var location: SourceLocation?

    /// Creates an error; the parser fills in `location` from `offset`.
    public init(message: String, offset: Int, location: SourceLocation? = nil) {
        self.message = message
        self.offset = offset
        self.location = location
    }

    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
