import Testing

@testable import Reports

/// Table rows written in place pad each cell as `ModelText.pad` does: to the characters
/// Swift counts, with one space after a cell as wide as its column or wider.
@Suite("Writing a text report's lines and rows")
struct ReportLinesTests {
    @Test(
        "a cell is padded to its width in characters",
        arguments: [
            ("tcp", 6, "tcp   "), ("ingress", 7, "ingress "), ("longer text", 4, "longer text "),
            ("→ igw", 7, "→ igw  "), ("é", 3, "é  "), ("\r\n", 3, "\r\n  "), ("", 2, "  "),
        ])
    func padding(text: String, width: Int, padded: String) {
        #expect(ModelText.pad(text, width) == padded)
        var lines = ReportLines()
        lines.appendRow(indentedBy: "> ", (text, width), then: "|")
        #expect(lines.text == "> " + padded + "|\n")
    }

    @Test("lines and rows follow one another, each ended by a line feed")
    func lines() {
        var lines = ReportLines()
        lines.append("Title")
        lines.appendRow(indentedBy: "  ", ("ingress", 8), ("tcp 443", 10), then: "rule.a")
        lines.append("none", indentedBy: "    ")
        #expect(lines.text == "Title\n  ingress tcp 443   rule.a\n    none\n")
    }
}
