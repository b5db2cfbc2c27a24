import JSONSupport
import NetworkModel

extension Intents {
    /// Reads an intents document:
    /// `{"require": [{"from": REF, "to": REF, "protocol": "tcp", "ports": "5439"}],
    /// "forbid": [...], "exclude_data_stores": [REF, ...]}`. Every key is optional;
    /// `protocol` defaults to `tcp` and `ports` to the destination's own port.
    public init(bytes: [UInt8], file: String) throws(CheckInputError) {
        let document = try CheckInputError.parse(bytes, file: file)
        self = try IntentsReader(document: document, file: file).read()
    }
}
