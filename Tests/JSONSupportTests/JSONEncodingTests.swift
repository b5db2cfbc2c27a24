import JSONSupport
import Testing

@Suite("Reading files saved in other encodings")
struct JSONEncodingTests {
    static let sample = "{\n  \"name\": \"café 🙂\",\n  \"n\": 1\n}"

    @Test("UTF-16 with a byte-order mark is transcoded", arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) throws {
        let document = try JSONParser.parse(utf16Bytes(Self.sample, bigEndian: bigEndian))
        #expect(document.root == ["name": "café 🙂", "n": 1])
        #expect(document.text.bytes == Array(Self.sample.utf8))
    }

    @Test("positions in UTF-16 files count characters, not code units", arguments: [false, true])
    func utf16Positions(bigEndian: Bool) throws {
        let text = "{\n  \"name\": \"café 🙂\",\n  \"n\": x\n}"
        let error = try #require(syntaxError(parsing: utf16Bytes(text, bigEndian: bigEndian)))
        #expect(position(of: error) == "3:8")
    }

    @Test("a UTF-8 byte-order mark is skipped and does not shift columns")
    func utf8BOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": x}"#.utf8)
        let error = try #require(syntaxError(parsing: bytes))
        #expect(position(of: error) == "1:7")
        let document = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(document.root == [1])
        #expect(document.root.offset == 0)
    }

    @Test(
        "encodings other than UTF-8 and UTF-16 with BOM are refused with advice",
        arguments: [
            ([0xFF, 0xFE, 0x00, 0x00, 0x5B, 0x00, 0x00, 0x00], "UTF-32"),
            ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x5B], "UTF-32"),
            ([0x5B, 0x00, 0x5D, 0x00], "without a byte-order mark"),
            ([0x00, 0x5B, 0x00, 0x5D], "without a byte-order mark"),
        ] as [([UInt8], String)])
    func unsupportedEncodings(bytes: [UInt8], expected: String) throws {
        let error = try #require(syntaxError(parsing: bytes))
        #expect(error.message.contains(expected))
        #expect(error.message.hasSuffix("save it as UTF-8"))
    }

    @Test(
        "broken UTF-16 is reported at the character where it breaks",
        arguments: [
            (
                [0xFF, 0xFE, 0x5B, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x5D, 0x00], "2:1",
                "high surrogate"
            ),
            ([0xFF, 0xFE, 0x5B, 0x00, 0x00, 0xDC], "1:2", "low surrogate"),
            ([0xFF, 0xFE, 0x5B, 0x00, 0x5D], "1:2", "ends in the middle of a character"),
        ] as [([UInt8], String, String)])
    func brokenUTF16(bytes: [UInt8], expectedPosition: String, expected: String) throws {
        let error = try #require(syntaxError(parsing: bytes))
        #expect(position(of: error) == expectedPosition)
        #expect(error.message.contains(expected))
    }

    @Test(
        "a file holding only a byte-order mark is empty",
        arguments: [
            [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
        ] as [[UInt8]])
    func onlyBOM(bytes: [UInt8]) throws {
        let error = try #require(syntaxError(parsing: bytes))
        #expect(error.message.hasPrefix("the file is empty"))
    }
}
