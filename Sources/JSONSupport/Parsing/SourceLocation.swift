/// A position in a text file, as editors show it.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The line, starting at 1.
    public var line: Int
    /// The column, starting at 1, counted in Unicode scalars (so `é` is one column).
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line 3, column 17`.
    public var description: String { "line \(line), column \(column)" }
}
