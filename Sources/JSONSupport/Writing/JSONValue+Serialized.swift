extension JSONValue {
    /// This value as JSON text; see ``JSONWriter`` for the exact format. There is no
    /// trailing newline.
    public func serialized(pretty: Bool = true) -> String {
        JSONWriter(pretty: pretty).string(from: self)
    }

    /// This value as JSON text followed by a line feed, as the commands print it.
    public func serializedLine(pretty: Bool = true) -> String {
        JSONWriter(pretty: pretty).string(from: self, lineFeed: true)
    }
}
