import Foundation

extension JSONParser {
    /// Parses a whole file read with Foundation.
    public func parse(_ data: Data) throws(JSONSyntaxError) -> JSONDocument {
        try parse([UInt8](data))
    }

    /// Parses a whole file read with Foundation, with the given limits.
    public static func parse(_ data: Data, options: Options = Options())
        throws(JSONSyntaxError) -> JSONDocument
    {
        try JSONParser(options: options).parse(data)
    }
}
