extension String {
    /// The text as Markdown inline text that renders literally: HTML specials as
    /// entities, Markdown's punctuation backslash-escaped, line breaks as `<br>`; safe in
    /// a table cell (`|` escaped) and in an HTML block.
    var markdownInline: String {
        var escaped = ""
        var previousWasCR = false
        for character in unicodeScalars {
            defer { previousWasCR = character == "\r" }
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r": escaped += "<br>"
            case "\n": if !previousWasCR { escaped += "<br>" }
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!":
                escaped += "\\"
                escaped.unicodeScalars.append(character)
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// The text as a code span (`` `aws_security_group.mwaa` ``) safe in a table cell,
    /// or as ``markdownInline`` text when it holds a backtick or a line break.
    var markdownCode: String {
        guard !contains(where: { $0 == "`" || $0.isNewline }), !isEmpty else {
            return markdownInline
        }
        return "`"
            + split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
            + "`"
    }

    /// The text as HTML character data (for `<summary>`).
    var htmlText: String {
        var escaped = ""
        for character in unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r", "\n": escaped += " "
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A code fence longer than any run of backticks in the text, so it cannot end early.
    var markdownFence: String {
        var longest = 0
        var run = 0
        for character in self {
            run = character == "`" ? run + 1 : 0
            longest = Swift.max(longest, run)
        }
        return String(repeating: "`", count: Swift.max(3, longest + 1))
    }
}
