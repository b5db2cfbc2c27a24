extension String {
    /// The text as an XML attribute value: ``xmlText`` with `"` and `'` escaped too and
    /// tab and line feed written as character references, which attribute-value
    /// normalization would otherwise turn into spaces.
    var xmlAttribute: String { xmlEscaped(isAttribute: true) }

    /// The text as XML character data: `&`, `<` and `>` escaped, carriage returns written
    /// as `&#13;` (parsers would drop them), and the characters XML 1.0 forbids (other
    /// control characters, U+FFFE and U+FFFF) left out.
    var xmlText: String { xmlEscaped(isAttribute: false) }

    private func xmlEscaped(isAttribute: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where isAttribute: escaped += "&quot;"
            case "'" where isAttribute: escaped += "&apos;"
            case "\t" where isAttribute: escaped += "&#9;"
            case "\n" where isAttribute: escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
