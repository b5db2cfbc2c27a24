/// The context keys of a request (`aws:SourceVpce`, `kms:ViaService`, …) with their
/// values, looked up without regard to the case of the key.
///
/// A key with an empty list of values counts as absent, everywhere: positive operators
/// are false, negated ones true, `…IfExists` true, `Null: "true"` true,
/// `ForAllValues:` true and `ForAnyValue:` false. Setting a key to `[]` therefore
/// removes it, also one the request would otherwise derive.
public struct PolicyContext: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// Lowercased key → the key as first written and its values.
    private var entries: [String: (name: String, values: [String])]

    /// Creates an empty context.
    public init() {
        entries = [:]
    }

    /// Creates a context from keys and values; keys differing only in case are the
    /// same key, and their values are combined.
    public init(_ keys: [String: [String]]) {
        entries = [:]
        for key in keys.keys.sorted() { add(key, keys[key] ?? []) }
    }

    /// Creates a context from a literal such as `["aws:SourceVpc": ["vpc-1"]]`.
    public init(dictionaryLiteral elements: (String, [String])...) {
        entries = [:]
        for (key, values) in elements { add(key, values) }
    }

    /// The values of `key` (any case), or `nil` when the key is absent or has no values.
    public subscript(key: String) -> [String]? {
        guard let values = entries[key.lowercased()]?.values, !values.isEmpty else { return nil }
        return values
    }

    /// Whether `key` was set at all, even to an empty list (which marks it absent).
    public func isSet(_ key: String) -> Bool {
        entries[key.lowercased()] != nil
    }

    /// The keys with at least one value, as first written, sorted.
    public var keys: [String] {
        entries.values.filter { !$0.values.isEmpty }.map(\.name).sorted()
    }

    /// Replaces the values of `key`; `[]` marks the key absent.
    public mutating func set(_ key: String, _ values: [String]) {
        let name = entries[key.lowercased()]?.name ?? key
        entries[key.lowercased()] = (name, values)
    }

    /// Adds values to `key`, keeping earlier ones.
    public mutating func add(_ key: String, _ values: [String]) {
        let lowered = key.lowercased()
        if let existing = entries[lowered] {
            let added = values.filter { !existing.values.contains($0) }
            entries[lowered] = (existing.name, existing.values + added)
        } else {
            entries[lowered] = (key, values)
        }
    }

    /// This context with every key of `other` replacing the same key here.
    public func overlaid(with other: PolicyContext) -> PolicyContext {
        var result = self
        for (lowered, entry) in other.entries { result.entries[lowered] = entry }
        return result
    }

    public static func == (lhs: PolicyContext, rhs: PolicyContext) -> Bool {
        lhs.entries.count == rhs.entries.count
            && lhs.entries.allSatisfy { key, entry in rhs.entries[key]?.values == entry.values }
    }
}
