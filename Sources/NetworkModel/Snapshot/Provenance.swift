/// Where an object came from: the input file, the place in it, and its names there.
public struct Provenance: Sendable, Hashable, CustomStringConvertible {
    /// The input file as the user named it.
    public var file: String
    /// The Terraform address (with module path and index) or the AWS id.
    public var address: String
    /// A JSON path inside the resource for parts of one (`ingress[2]`), else `nil`.
    public var attributePath: String?
    /// 1-based line and column of the JSON value in the input, when known.
    public var line: Int?
    public var column: Int?

    public init(
        file: String, address: String, attributePath: String? = nil, line: Int? = nil,
        column: Int? = nil
    ) {
        self.file = file
        self.address = address
        self.attributePath = attributePath
        self.line = line
        self.column = column
    }

    /// `address.attributePath` — the name a user searches for in their code.
    public var qualifiedName: String {
        attributePath.map { "\(address).\($0)" } ?? address
    }

    /// `file:line:column`, or just the file when the place is unknown.
    public var location: String {
        guard let line else { return file }
        return "\(file):\(line):\(column ?? 1)"
    }

    public var description: String { "\(qualifiedName) (\(location))" }
}
