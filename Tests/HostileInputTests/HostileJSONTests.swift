import NetworkModel
import SnapshotImport
import Testing

@Suite("Hostile JSON gets an error naming the file and place")
struct HostileJSONTests {
    @Test(
        "nesting 100,000 deep stops at the depth limit", arguments: ["[", #"{"a":"#, #"[{"a":"#])
    func deepNesting(opener: String) throws {
        let error = try #require(importError(String(repeating: opener, count: 100_000)))
        #expect(error.file == "hostile.json")
        #expect(error.message.contains("nested more than 512 levels deep"))
        #expect(error.line == 1)
        #expect(error.column == 512 * opener.utf8.count / (opener == #"[{"a":"# ? 2 : 1) + 1)
    }

    @Test(
        "numbers that are not ports are errors at the attribute",
        arguments: [
            ("1e400", "`1e400` is not a whole number"),
            ("443.5", "`443.5` is not a whole number"),
            ("-1", "ports must be from 0 to 65535"),
            ("65536", "ports must be from 0 to 65535"),
            ("99999999999999999999999", "is not a whole number"),
            (#""4e3x""#, "`4e3x` is not a whole number"),
            ("true", "expected a number, found boolean"),
        ])
    func badPort(port: String, message: String) throws {
        let text = state(
            HostileNetwork.resource(
                "aws_security_group_rule", "r",
                values:
                    #""type":"ingress","security_group_id":"sg-1","protocol":"tcp","from_port":\#(port),"to_port":443,"cidr_blocks":["10.0.0.0/8"]"#
            ))
        let error = try #require(importError(text))
        #expect(error.message.contains(message))
        #expect(error.path == "aws_security_group_rule.r.from_port")
        #expect(error.line == 1)
        #expect(error.column != nil)
    }

    @Test(
        "numbers that denote whole ports are those ports",
        arguments: [("-0", 0), ("0e5", 0), ("4.43e2", 443), ("44300e-2", 443), (#""443""#, 443)])
    func wholePorts(port: String, value: Int) throws {
        var network = HostileNetwork()
        network.serverIngress = [
            #""protocol":"tcp","from_port":\#(port),"to_port":\#(port),"cidr_blocks":["10.0.1.0/24"]"#
        ]
        let snapshot = try network.snapshot()
        let rule = try #require(
            snapshot.securityGroups.first { $0.id.rawValue.hasSuffix("server") }
        )
        .ingress.first
        #expect(rule?.traffic.value == .tcp(PortRange(UInt16(value))))
    }

    @Test("a duplicate member name is an error naming both places")
    func duplicateKeys() throws {
        let text = "{\n  \"format_version\": \"1.0\",\n  \"format_version\": \"1.1\"\n}"
        let error = try #require(importError(text))
        #expect(error.message.contains(#"duplicate member name "format_version""#))
        #expect(error.message.contains("it already appears at line 2, column 3"))
        #expect(error.line == 3)
        #expect(error.column == 3)
    }

    @Test(
        "invalid UTF-8 is an error at its line and column",
        arguments: [
            [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
        ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) throws {
        let text = Array("{\n\"format_version\": \"1.".utf8) + bytes + Array("0\"}".utf8)
        let error = try #require(importError(text))
        #expect(error.message.contains("UTF-8"))
        #expect(error.line == 2)
        #expect(error.column == 22)
    }

    @Test(
        "lone surrogates are errors at their escape",
        arguments: [#"\uD800"#, #"\uDC00"#, #"\uDBFF\u0041"#, #"\uD800\uD800"#])
    func loneSurrogates(escape: String) throws {
        let error = try #require(importError("{\"format_version\": \"1.0\(escape)\"}"))
        #expect(error.message.contains("unpaired surrogate"))
        #expect(error.line == 1)
        #expect(error.column == 24)
    }

    @Test("a 10 MB description imports; a 10 MB CIDR is an error with a short message")
    func tenMegabyteStrings() throws {
        let huge = String(repeating: "a", count: 10_000_000)
        var network = HostileNetwork()
        network.serverIngress = [
            #""description":"\#(huge)","protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["10.0.1.0/24"]"#
        ]
        let snapshot = try network.snapshot()
        #expect(
            snapshot.securityGroups.first { $0.id.rawValue.hasSuffix("server") }?
                .ingress.first?.description?.utf8.count == 10_000_000)

        network.serverIngress = [
            #""protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["10.\#(huge)/8"]"#
        ]
        let error = try #require(importError(network.text))
        #expect(error.message.contains("invalid CIDR block"))
        #expect(error.path == "aws_security_group.server.ingress[0].cidr_blocks")
        #expect(error.description.utf8.count < 1_000)
    }

    @Test("a 10 MB member name that repeats is reported without repeating it whole")
    func tenMegabyteDuplicateKey() throws {
        let key = String(repeating: "k", count: 10_000_000)
        let error = try #require(importError("{\"\(key)\": 1, \"\(key)\": 2}"))
        #expect(error.message.contains("duplicate member name"))
        #expect(error.description.utf8.count < 1_000)
        #expect(error.column == 10_000_009)
    }
}
