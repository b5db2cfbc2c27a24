import JSONSupport

/// Parses `text`, returning the error it is rejected with, or `nil` if it parses.
func syntaxError(parsing text: String, options: JSONParser.Options = .init())
    -> JSONSyntaxError?
{
    syntaxError(parsing: Array(text.utf8), options: options)
}

/// Parses `bytes`, returning the error they are rejected with, or `nil` if they parse.
func syntaxError(parsing bytes: [UInt8], options: JSONParser.Options = .init())
    -> JSONSyntaxError?
{
    do throws(JSONSyntaxError) {
        _ = try JSONParser.parse(bytes, options: options)
        return nil
    } catch {
        return error
    }
}

/// `line:column` of an error, or `"none"` when it has no location.
func position(of error: JSONSyntaxError?) -> String {
    guard let location = error?.location else { return "none" }
    return "\(location.line):\(location.column)"
}

/// The bytes of `text` encoded as UTF-16 with a byte-order mark.
func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}
