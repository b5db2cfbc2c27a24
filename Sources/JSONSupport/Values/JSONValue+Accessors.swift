extension JSONValue {
    /// The string, or `nil` when the value is not a string.
    public var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    /// The boolean, or `nil` when the value is not `true` or `false`.
    public var bool: Bool? {
        if case .bool(let value) = kind { return value }
        return nil
    }

    /// The number, or `nil` when the value is not a number.
    public var number: JSONNumber? {
        if case .number(let value) = kind { return value }
        return nil
    }

    /// The number as an `Int`, or `nil` when the value is not an integer that fits.
    public var int: Int? {
        number?.int
    }

    /// The number as a finite `Double`, or `nil` when the value is not such a number.
    public var double: Double? {
        number?.double
    }

    /// The elements, or `nil` when the value is not an array.
    public var array: [JSONValue]? {
        if case .array(let value) = kind { return value }
        return nil
    }

    /// The object, or `nil` when the value is not an object.
    public var object: JSONObject? {
        if case .object(let value) = kind { return value }
        return nil
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The member named `key`, or `nil` when the value is not an object or has no such
    /// member.
    @inlinable
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = kind else { return nil }
        return object[key]
    }

    /// The element at `index`, or `nil` when the value is not an array or the index is
    /// out of range.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = kind, elements.indices.contains(index) else {
            return nil
        }
        return elements[index]
    }

    /// A short name for the kind of value, for messages such as "expected a string,
    /// found an array".
    public var kindDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
