extension String {
    /// The text as the message of a GitHub Actions workflow command: `%`, CR and LF
    /// percent-encoded.
    var workflowCommandMessage: String {
        var escaped = ""
        for character in unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// The text as a property value of a workflow command (`file=`, `title=`): the
    /// message escaping, and `:` and `,` too.
    var workflowCommandProperty: String {
        var escaped = ""
        for character in workflowCommandMessage.unicodeScalars {
            switch character {
            case ":": escaped += "%3A"
            case ",": escaped += "%2C"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
