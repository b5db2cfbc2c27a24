/// A place in a file a format points at: a path (not yet relative to the repository), a
/// 1-based line, and the column when known.
struct SourcePlace: Sendable, Hashable {
    var path: String
    var line: Int
    var column: Int?
}
