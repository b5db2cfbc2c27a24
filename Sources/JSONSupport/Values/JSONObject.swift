/// A JSON object: members in the order they were written, with fast lookup by key.
///
/// Order matters to people reading our output, so the object keeps it; callers building
/// output decide the order by the order they add members. Keys are unique: the parser
/// rejects duplicates, and setting an existing key replaces its value in place.
public struct JSONObject: Sendable {
    /// The members in order.
    public private(set) var members: [Member]
    /// Key → position in `members`; only built for objects larger than
    /// `Self.linearSearchLimit`, below which a scan is faster than hashing.
    @usableFromInline var positions: [String: Int]?

    /// Objects up to this many members are searched linearly.
    static let linearSearchLimit = 24

    /// Creates an empty object.
    public init() {
        members = []
        positions = nil
    }

    /// Creates an object from key-value pairs in order; a repeated key replaces the
    /// earlier value and keeps the earlier position.
    public init(_ pairs: [(key: String, value: JSONValue)]) {
        self.init()
        // Sized once: reports build hundreds of thousands of small objects, and growing
        // each one member by member was two fifths of building an XL inventory's JSON.
        members.reserveCapacity(pairs.count)
        for pair in pairs { self[pair.key] = pair.value }
    }

    /// Creates an object from members in order; a repeated key replaces the earlier
    /// member and keeps the earlier position.
    public init(members: [Member]) {
        self.init()
        self.members.reserveCapacity(members.count)
        for member in members { set(member) }
    }

    /// Wraps members whose keys the parser has already checked for uniqueness, with the
    /// key index the parser built for large objects.
    init(uniqueMembers: [Member], positions: [String: Int]?) {
        self.members = uniqueMembers
        self.positions = positions
        if positions == nil, uniqueMembers.count > Self.linearSearchLimit {
            self.positions = Self.index(of: uniqueMembers)
        }
    }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// The position of the member named `key` in ``members``, if there is one.
    @inlinable
    public func position(ofKey key: String) -> Int? {
        if let positions { return positions[key] }
        // Comparing stored fingerprints skips `==`, which costs about a hundred
        // instructions for two short keys that differ, for almost every member that is
        // not the one asked for.
        let fingerprint = KeyFingerprint.short(of: key)
        return members.withUnsafeBufferPointer { buffer in
            for position in buffer.indices
            where buffer[position].keyFingerprint == fingerprint && buffer[position].key == key {
                return position
            }
            return nil
        }
    }

    /// The member named `key`, including where its key was written.
    public func member(forKey key: String) -> Member? {
        position(ofKey: key).map { members[$0] }
    }

    /// The value of the member named `key`; setting `nil` removes the member, setting a
    /// new key appends it.
    public subscript(key: String) -> JSONValue? {
        @inlinable get { position(ofKey: key).map { members[$0].value } }
        set {
            if let newValue {
                set(Member(key: key, value: newValue))
            } else {
                removeMember(forKey: key)
            }
        }
    }

    /// Replaces the member with the same key, or appends `member` if the key is new.
    public mutating func set(_ member: Member) {
        if let position = position(ofKey: member.key) {
            members[position] = member
            return
        }
        members.append(member)
        if positions != nil {
            positions?[member.key] = members.count - 1
        } else if members.count > Self.linearSearchLimit {
            positions = Self.index(of: members)
        }
    }

    /// Removes the member named `key`, if there is one, and returns it.
    @discardableResult
    public mutating func removeMember(forKey key: String) -> Member? {
        guard let position = position(ofKey: key) else { return nil }
        let removed = members.remove(at: position)
        positions = members.count > Self.linearSearchLimit ? Self.index(of: members) : nil
        return removed
    }

    private static func index(of members: [Member]) -> [String: Int] {
        var positions = [String: Int](minimumCapacity: members.count)
        for (position, member) in members.enumerated() { positions[member.key] = position }
        return positions
    }
}

extension JSONObject: Equatable {
    /// Two objects are equal when they have the same keys in the same order with equal
    /// values.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members == rhs.members
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object whose members keep the order written in the literal.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }
}
