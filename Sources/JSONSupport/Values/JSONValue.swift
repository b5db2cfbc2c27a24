/// One JSON value together with where it was read from.
///
/// Values read by ``JSONParser`` carry the byte offset of their first byte, which
/// ``JSONDocument/location(ofOffset:)`` turns into a line and column for messages.
/// Values built in code have offset `-1`. Equality looks at the value only, never at
/// offsets, so a parsed document compares equal to the same document built in code.
public struct JSONValue: Sendable {
    /// What the value is: null, a boolean, a number, a string, an array or an object.
    public var kind: Kind
    /// The offset in 32 bits: a parsed plan holds millions of values, and this keeps a
    /// value at 24 bytes instead of 32. ``JSONParser`` rejects files over 2 GiB.
    private var storedOffset: Int32

    /// Byte offset of the value's first byte in the parsed UTF-8 text, or `-1` when the
    /// value was built in code.
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    /// Creates a value of the given kind; `offset` is `-1` unless the value was parsed.
    public init(kind: Kind, offset: Int = -1) {
        self.kind = kind
        self.storedOffset = Int32(clamping: offset)
    }
}

extension JSONValue: Equatable {
    /// Two values are equal when their kinds are equal; offsets are ignored.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.kind == rhs.kind
    }
}
