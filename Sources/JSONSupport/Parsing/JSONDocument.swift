/// A parsed JSON file: its root value and what is needed to turn offsets into lines
/// and columns.
public struct JSONDocument: Sendable {
    /// The top-level value.
    public let root: JSONValue
    /// The UTF-8 text the offsets refer to (transcoded if the file was UTF-16, without
    /// a byte-order mark).
    public let text: JSONText
    let lines: LineTable

    init(root: JSONValue, text: JSONText, lines: LineTable) {
        self.root = root
        self.text = text
        self.lines = lines
    }

    /// The line and column of a byte offset in ``text``; offsets outside the text are
    /// clamped to it.
    public func location(ofOffset offset: Int) -> SourceLocation {
        text.withUnsafeBufferPointer { lines.location(ofOffset: offset, in: $0) }
    }

    /// Where `value` starts, or `nil` for a value built in code.
    public func location(of value: JSONValue) -> SourceLocation? {
        value.offset < 0 ? nil : location(ofOffset: value.offset)
    }

    /// Where the name of `member` is written, or `nil` for a member built in code.
    public func location(of member: JSONObject.Member) -> SourceLocation? {
        member.keyOffset < 0 ? nil : location(ofOffset: member.keyOffset)
    }
}
