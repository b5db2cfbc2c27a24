extension JSONObject {
    /// One `"key": value` pair of an object.
    public struct Member: Sendable {
        /// The key, with escapes decoded.
        public var key: String {
            get { storedKey }
            set {
                storedKey = newValue
                keyFingerprint = KeyFingerprint.short(of: newValue)
            }
        }
        /// The value.
        public var value: JSONValue
        private var storedKey: String
        /// The key offset in 32 bits, like ``JSONValue/offset``.
        private var storedKeyOffset: Int32
        /// The key's ``KeyFingerprint/short(of:)``, which look-ups compare before the key:
        /// it fits in the space the 32-bit offset leaves, so a member is still 48 bytes.
        @usableFromInline private(set) var keyFingerprint: UInt32

        /// Byte offset of the key's opening quote in the parsed text, or `-1` when the
        /// member was built in code.
        public var keyOffset: Int {
            get { Int(storedKeyOffset) }
            set { storedKeyOffset = Int32(clamping: newValue) }
        }

        /// Creates a member; `keyOffset` is `-1` unless the member was parsed.
        public init(key: String, value: JSONValue, keyOffset: Int = -1) {
            self.init(
                key: key, value: value, keyOffset: keyOffset,
                keyFingerprint: KeyFingerprint.short(of: key))
        }

        /// A member whose key's fingerprint the parser has already computed.
        init(key: String, value: JSONValue, keyOffset: Int, keyFingerprint: UInt32) {
            self.storedKey = key
            self.value = value
            self.storedKeyOffset = Int32(clamping: keyOffset)
            self.keyFingerprint = keyFingerprint
        }
    }
}

extension JSONObject.Member: Equatable {
    /// Two members are equal when their keys and values are equal; offsets are ignored.
    public static func == (lhs: JSONObject.Member, rhs: JSONObject.Member) -> Bool {
        lhs.key == rhs.key && lhs.value == rhs.value
    }
}
