import JSONSupport

extension CheckInputError {
    /// Parses a file `check` reads besides the snapshot; a syntax error names its place.
    static func parse(_ bytes: [UInt8], file: String) throws(CheckInputError) -> JSONDocument {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw CheckInputError(
                file: file, line: error.location?.line, column: error.location?.column,
                message: error.message)
        }
    }
}
