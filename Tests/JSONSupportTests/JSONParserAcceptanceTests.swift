import Foundation
import JSONSupport
import Testing

@Suite("Parsing valid JSON")
struct JSONParserAcceptanceTests {
    @Test(
        "compact documents come back unchanged from the compact writer",
        arguments: [
            #"{}"#,
            #"[]"#,
            #"null"#,
            #"true"#,
            #"-0"#,
            #""just a string""#,
            #"{"b":1,"a":[true,false,null],"c":"x"}"#,
            #"[1,[2,[3,[]]],{"k":{}}]"#,
            #"[0,-1,1.5,-2.25e-3,1E3,1e+3,12.50]"#,
            #"{"tags":{"Name":"web","env":"prod"},"count":2}"#,
            #"["é","日本","🙂","a/b"]"#,
        ])
    func roundTrip(text: String) throws {
        let document = try JSONParser.parse(text)
        #expect(document.root.serialized(pretty: false) == text)
    }

    @Test(
        "whitespace between tokens is allowed and ignored",
        arguments: [
            " { \"a\" : [ 1 , 2 ] } ",
            "\n\t{\r\n\"a\":\n[1,\t2]\n}\n",
        ])
    func whitespace(text: String) throws {
        let document = try JSONParser.parse(text)
        #expect(document.root == ["a": [1, 2]])
    }

    @Test(
        "escapes decode to the characters they stand for",
        arguments: [
            (#""\"""#, "\""),
            (#""\\""#, "\\"),
            (#""\/""#, "/"),
            (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
            (#""\u0041\u00e9\u00E9""#, "Aéé"),
            (#""\u0000""#, "\u{0}"),
            (#""\ud83d\ude00""#, "😀"),
            (#""a\u2028b""#, "a\u{2028}b"),
            (#""tab\tin the middle of é text""#, "tab\tin the middle of é text"),
        ])
    func escapes(json: String, expected: String) throws {
        #expect(try JSONParser.parse(json).root.string == expected)
    }

    @Test("a string of every non-ASCII length and position decodes intact")
    func nonASCIIStrings() throws {
        for length in 0..<40 {
            let text = String(repeating: "aé", count: length) + "€𝄞"
            let document = try JSONParser.parse("\"\(text)\"")
            #expect(document.root.string == text)
        }
    }

    @Test("repeated long strings parse to equal values")
    func repeatedStrings() throws {
        let value = "registry.terraform.io/hashicorp/aws"
        let document = try JSONParser.parse(#"["\#(value)","\#(value)","\#(value)x"]"#)
        #expect(document.root == [.string(value), .string(value), .string(value + "x")])
    }

    @Test("the Data overload reads the same bytes")
    func dataOverload() throws {
        let text = #"{"a":[1,2]}"#
        let fromData = try JSONParser.parse(Data(text.utf8))
        #expect(fromData.root == (try JSONParser.parse(text)).root)
    }
}
