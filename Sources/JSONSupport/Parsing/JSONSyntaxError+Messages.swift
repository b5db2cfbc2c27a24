/// The parser's messages, in one place so their wording stays consistent: each says
/// what was expected, what was found, and where it helps, how to fix it.
extension JSONSyntaxError {
    static let emptyFile = JSONSyntaxError(
        message: "the file is empty; expected a JSON value", offset: -1)

    static let fileTooLarge = JSONSyntaxError(
        message: "the file is larger than 2 GiB, the most this tool reads", offset: -1)

    static func unsupportedEncoding(_ what: String) -> JSONSyntaxError {
        JSONSyntaxError(message: "the file is \(what); save it as UTF-8", offset: -1)
    }

    static func invalidUTF16(_ reason: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: "invalid UTF-16: \(reason)", offset: offset)
    }

    static func expectedValue(found: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: "expected a JSON value, \(found)", offset: offset)
    }

    static func trailingComma(before closing: Character, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "expected a value after ',', found '\(closing)'; "
                + "JSON does not allow a comma after the last item",
            offset: offset)
    }

    static func expectedKey(afterComma: Bool, found: String, at offset: Int) -> JSONSyntaxError {
        let expected = afterComma ? "a member name in double quotes" : "a member name or '}'"
        return JSONSyntaxError(message: "expected \(expected), \(found)", offset: offset)
    }

    static func expectedColon(after key: String, found: String, at offset: Int)
        -> JSONSyntaxError
    {
        JSONSyntaxError(
            message: "expected ':' after the member name \"\(key.excerpt())\", \(found)",
            offset: offset)
    }

    static func expectedObjectSeparator(found: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "expected ',' or '}' after an object member, \(found)", offset: offset)
    }

    static func expectedArraySeparator(found: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "expected ',' or ']' after an array element, \(found)", offset: offset)
    }

    static func trailingContent(found: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "expected end of input after the JSON value, \(found); "
                + "a JSON file holds exactly one value",
            offset: offset)
    }

    static func duplicateKey(_ key: String, first: SourceLocation, at offset: Int)
        -> JSONSyntaxError
    {
        JSONSyntaxError(
            message: "duplicate member name \"\(key.excerpt())\"; it already appears at \(first)",
            offset: offset)
    }

    static func tooDeep(limit: Int, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "arrays and objects are nested more than \(limit) levels deep",
            offset: offset)
    }

    static func invalidLiteral(expected: String, found: String, at offset: Int)
        -> JSONSyntaxError
    {
        JSONSyntaxError(message: "expected '\(expected)', \(found)", offset: offset)
    }

    static func leadingZero(at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "numbers must not start with 0 followed by another digit", offset: offset)
    }

    static func expectedDigit(after what: String, found: String, at offset: Int)
        -> JSONSyntaxError
    {
        JSONSyntaxError(message: "expected a digit after \(what), \(found)", offset: offset)
    }

    static func unterminatedString(at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "string is never closed: expected '\"' before end of input", offset: offset)
    }

    static func controlCharacter(_ byte: UInt8, at offset: Int) -> JSONSyntaxError {
        let message: String
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            message =
                "expected '\"' before the end of the line, found a line break; "
                + "write a line break inside a string as \\n"
        case UInt8(ascii: "\t"):
            message = "strings must not contain a raw tab; write it as \\t"
        default:
            message =
                "strings must not contain control character "
                + "U+\(FoundDescription.hexScalar(UInt32(byte))); "
                + "write it as \\u\(FoundDescription.hexScalar(UInt32(byte)))"
        }
        return JSONSyntaxError(message: message, offset: offset)
    }

    static func invalidEscape(found: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "invalid escape \(found); JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                + "and \\u followed by four hex digits",
            offset: offset)
    }

    static func invalidUnicodeEscape(found: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "expected four hex digits after \\u, \(found)", offset: offset)
    }

    static func unpairedSurrogate(_ unit: UInt16, at offset: Int) -> JSONSyntaxError {
        let escape = "\\u\(FoundDescription.hexScalar(UInt32(unit)))"
        let advice =
            (0xD800...0xDBFF).contains(unit)
            ? "it must be followed by a low surrogate \\uDC00 to \\uDFFF"
            : "it must follow a high surrogate \\uD800 to \\uDBFF"
        return JSONSyntaxError(
            message: "unpaired surrogate \(escape) in a string; \(advice)", offset: offset)
    }

    static func invalidUTF8(_ reason: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            message: "invalid UTF-8 in a string: \(reason); save the file as UTF-8",
            offset: offset)
    }
}
