/// A problem in a file `check` reads besides the snapshot (intents, baseline): the file,
/// the place, what is wrong and what to write instead.
public struct CheckInputError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The JSON path of the value, e.g. `require[1].ports`.
    public var path: String?
    public var message: String

    public init(
        file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, message: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    public var description: String {
        let place = line.map { ":\($0):\(column ?? 1)" } ?? ""
        let at = path.map { " at \($0)" } ?? ""
        return "\(file)\(place): error:\(at) \(message)"
    }
}
