/// Resources of a type the model does not use, counted per type so nothing is silently
/// ignored.
public struct UnsupportedResource: Sendable, Hashable {
    public var type: String
    public var addresses: [String]

    public init(type: String, addresses: [String]) {
        self.type = type
        self.addresses = addresses
    }
}
