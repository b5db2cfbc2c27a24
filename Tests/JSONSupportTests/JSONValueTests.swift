import JSONSupport
import Testing

@Suite("Values")
struct JSONValueTests {
    @Test("literals build the matching kinds")
    func literals() {
        let value: JSONValue = ["s": "x", "i": 1, "d": 1.5, "b": true, "n": nil, "a": [1]]
        #expect(value["s"]?.string == "x")
        #expect(value["i"]?.int == 1)
        #expect(value["d"]?.double == 1.5)
        #expect(value["b"]?.bool == true)
        #expect(value["n"]?.isNull == true)
        #expect(value["a"]?.array == [1])
        #expect(value.object?.keys == ["s", "i", "d", "b", "n", "a"])
    }

    @Test("accessors return nil for the wrong kind or a missing member")
    func accessorsOnWrongKind() {
        let number: JSONValue = 3
        #expect(number.string == nil)
        #expect(number.bool == nil)
        #expect(number.array == nil)
        #expect(number.object == nil)
        #expect(number.isNull == false)
        #expect(number["key"] == nil)
        #expect(number[0] == nil)
        let array: JSONValue = [1, 2]
        #expect(array[2] == nil)
        #expect(array[-1] == nil)
        #expect(array["key"] == nil)
    }

    @Test("static constructors match literals")
    func constructors() {
        #expect(JSONValue.null == nil)
        #expect(JSONValue.bool(false) == false)
        #expect(JSONValue.string("a") == "a")
        #expect(JSONValue.number(2) == 2)
        #expect(JSONValue.number(2.5) == 2.5)
        #expect(JSONValue.array([1]) == [1])
        #expect(JSONValue.object(["a": 1]) == ["a": 1])
    }

    @Test("equality ignores where values came from")
    func equalityIgnoresOffsets() throws {
        let parsed = try JSONParser.parse(#"  {"a": [1, "b"]}"#).root
        #expect(parsed.offset == 2)
        #expect(parsed == ["a": [1, "b"]])
    }

    @Test("kind descriptions fit messages like 'expected a string, found an array'")
    func kindDescription() {
        let values: [JSONValue] = [nil, true, 1, "s", [], [:]]
        #expect(
            values.map(\.kindDescription)
                == ["null", "a boolean", "a number", "a string", "an array", "an object"])
    }
}
