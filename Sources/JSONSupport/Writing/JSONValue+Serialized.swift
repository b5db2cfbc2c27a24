extension JSONValue {
    /// This value as JSON text; see ``JSONWriter`` for the exact format. There is no
    /// trailing newline.
    public func serialized(pretty: Bool = true) -> String {
        JSONWriter(pretty: pretty).string(from: self)
    }
}
