import JSONSupport
import NetworkModel

extension Intents {
    /// Reads an intents document:
    /// `{"require": [{"from": REF, "to": REF, "protocol": "tcp", "ports": "5439"}],
    /// "forbid": [...], "exclude_data_stores": [REF, ...]}`. Every key is optional;
    /// `protocol` defaults to `tcp` and `ports` to the destination's own port.
    public init(bytes: [UInt8], file: String) throws(CheckInputError) {
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw CheckInputError(
                file: file, line: error.location?.line, column: error.location?.column,
                message: "\(error.message)")
        }
        let reader = IntentsReader(document: document, file: file)
        try self.init(reader.read())
    }

    private init(_ intents: Intents) { self = intents }
}
