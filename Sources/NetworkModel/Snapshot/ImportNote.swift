/// Something the importer noticed that the user should know but that did not stop the
/// import: a conflict between two declarations of one NACL entry, a gateway route-table
/// association (edge routing) the model does not use, an assumption it made.
public struct ImportNote: Sendable, Hashable, CustomStringConvertible {
    public var address: String
    public var message: String

    public init(address: String, message: String) {
        self.address = address
        self.message = message
    }

    public var description: String { "\(address): \(message)" }
}
