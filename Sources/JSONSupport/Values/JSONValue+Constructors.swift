extension JSONValue {
    /// The `null` value.
    public static let null = JSONValue(kind: .null)

    /// A boolean value.
    public static func bool(_ value: Bool) -> JSONValue {
        JSONValue(kind: .bool(value))
    }

    /// A string value.
    public static func string(_ value: String) -> JSONValue {
        JSONValue(kind: .string(value))
    }

    /// A number value.
    public static func number(_ value: JSONNumber) -> JSONValue {
        JSONValue(kind: .number(value))
    }

    /// An integer number value.
    public static func number(_ value: Int) -> JSONValue {
        JSONValue(kind: .number(JSONNumber(value)))
    }

    /// A floating-point number value; NaN and infinities have no JSON form and become
    /// `null`, as in JavaScript's `JSON.stringify`.
    public static func number(_ value: Double) -> JSONValue {
        guard let number = JSONNumber(value) else { return .null }
        return JSONValue(kind: .number(number))
    }

    /// An array value.
    public static func array(_ elements: [JSONValue]) -> JSONValue {
        JSONValue(kind: .array(elements))
    }

    /// An object value.
    public static func object(_ object: JSONObject) -> JSONValue {
        JSONValue(kind: .object(object))
    }
}
