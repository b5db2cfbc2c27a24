import NetworkModel

/// Input the importer cannot use: it names the file and the place, says what is wrong,
/// and, where it can, what to do. The command line exits with status 2 on it.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line and column, when the problem has a place in the text.
    public var line: Int?
    public var column: Int?
    /// The JSON path or Terraform resource address (with attribute) of the problem.
    public var path: String?
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(
        file: String, line: Int? = nil, column: Int? = nil, path: String? = nil,
        message: String, hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line):\(column ?? 1)" }
        var text = "\(place): error: \(message)"
        if let path { text += "\n  at \(path)" }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
