import JSONSupport
import Testing

@Suite("Numbers")
struct JSONNumberTests {
    @Test(
        "int is set only for integers that Int holds exactly",
        arguments: [
            ("5", 5),
            ("5.0", 5),
            ("5e0", 5),
            ("50e-1", 5),
            ("1.5e3", 1500),
            ("1E2", 100),
            ("12.30e1", 123),
            ("-0", 0),
            ("0.000", 0),
            ("0e99999999999999999999", 0),
            ("1e18", 1_000_000_000_000_000_000),
            ("9223372036854775807", Int.max),
            ("-9223372036854775808", Int.min),
            ("5.5", nil),
            ("12.34e1", nil),
            ("1e400", nil),
            ("1e19", nil),
            ("9223372036854775808", nil),
            ("-9223372036854775809", nil),
            ("123456789012345678901234567890", nil),
            ("1e-400", nil),
        ] as [(String, Int?)])
    func int(text: String, expected: Int?) throws {
        let number = try #require(JSONParser.parse(text).root.number)
        #expect(number.int == expected)
        #expect(number.text == text)
    }

    @Test(
        "double is the nearest Double, or nil when it would be infinite",
        arguments: [
            ("1.5e3", 1500.0),
            ("-0", -0.0),
            ("0.1", 0.1),
            ("9223372036854775808", 9_223_372_036_854_775_808.0),
            ("1e-400", 0.0),
            ("1e400", nil),
            ("-1e400", nil),
        ] as [(String, Double?)])
    func double(text: String, expected: Double?) throws {
        let number = try #require(JSONParser.parse(text).root.number)
        #expect(number.double == expected)
    }

    @Test("numbers compare by value, so 5, 5.0 and 5e0 are equal")
    func equality() {
        #expect(JSONNumber(text: "5") == JSONNumber(text: "5.0"))
        #expect(JSONNumber(text: "5e0") == JSONNumber(5))
        #expect(JSONNumber(text: "0.5") == JSONNumber(0.5))
        #expect(JSONNumber(text: "5") != JSONNumber(text: "5.5"))
        #expect(JSONNumber(text: "1e400") == JSONNumber(text: "1e400"))
        #expect(JSONNumber(text: "1e400") != JSONNumber(text: "2e400"))
    }

    @Test(
        "only text in JSON number grammar makes a number",
        arguments: [
            ("12", true), ("-0.5e+7", true), ("+1", false), (".5", false), ("05", false),
            (" 5", false), ("NaN", false), ("1.", false), ("", false),
        ])
    func grammar(text: String, valid: Bool) {
        #expect((JSONNumber(text: text) != nil) == valid)
    }

    @Test("numbers built from Doubles use the shortest text that reads back the same")
    func fromDouble() {
        #expect(JSONNumber(0.1)?.text == "0.1")
        #expect(JSONNumber(1e300)?.text == "1e+300")
        #expect(JSONNumber(Double.nan) == nil)
        #expect(JSONNumber(-Double.infinity) == nil)
    }
}
