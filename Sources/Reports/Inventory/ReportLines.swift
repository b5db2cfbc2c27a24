/// A text report being written line by line, each line ended by a line feed.
///
/// Lines go straight into one buffer of UTF-8 bytes rather than into an array of strings
/// joined at the end, which for an XL inventory's 200,000 lines made and copied each of
/// them twice more; table rows are padded in place.
struct ReportLines {
    private var bytes: [UInt8] = []

    /// The report so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Adds `line`, after `indent`.
    mutating func append(_ line: String, indentedBy indent: String = "") {
        bytes += indent.utf8
        bytes += line.utf8
        bytes.append(0x0A)
    }

    /// Adds one row of a table: `indent`, each cell padded to its width as
    /// ``ModelText/pad(_:_:)`` pads it, then `tail`.
    mutating func appendRow(indentedBy indent: String, _ cells: (String, Int)..., then tail: String)
    {
        bytes += indent.utf8
        for (text, width) in cells {
            bytes += text.utf8
            let count = ModelText.characterCount(text)
            bytes.append(contentsOf: repeatElement(0x20, count: count >= width ? 1 : width - count))
        }
        bytes += tail.utf8
        bytes.append(0x0A)
    }
}
