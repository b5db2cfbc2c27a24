import NetworkModel
import Testing

@Suite("Protocols, ports and ICMP")
struct TrafficMatchTests {
    @Test(
        "every protocol spelling",
        arguments: [
            ("-1", IPProtocol.all), ("all", .all), ("ALL", .all), ("tcp", .tcp), ("6", .tcp),
            ("udp", .udp), ("17", .udp), ("icmp", .icmp), ("1", .icmp), ("icmpv6", .icmpv6),
            ("58", .icmpv6), ("50", .number(50)), ("0", .number(0)), ("TCP", .tcp),
            ("IcmpV6", .icmpv6),
        ])
    func spellings(text: String, expected: IPProtocol) throws {
        #expect(try IPProtocol(awsName: text) == expected)
    }

    @Test("unknown protocol names are errors", arguments: ["http", "256", "-2", ""])
    func badProtocols(text: String) {
        #expect(throws: AddressParseError.self) { try IPProtocol(awsName: text) }
    }

    @Test(
        "all traffic ignores whatever ports the input gives",
        arguments: [(0, 0), (0, 65535), (-1, -1)] as [(Int?, Int?)] + [(nil, nil)])
    func allTrafficHasNoPorts(from: Int?, to: Int?) throws {
        #expect(try TrafficMatch(protocol: .all, from: from, to: to) == .all)
    }

    @Test("tcp and udp keep their range")
    func portRanges() throws {
        #expect(try TrafficMatch(protocol: .tcp, from: 443, to: 443) == .tcp(PortRange(443)))
        #expect(try TrafficMatch(protocol: .udp, from: 1024, to: 65535) == .udp(.awsEphemeral))
        #expect(try TrafficMatch(protocol: .tcp, from: -1, to: -1) == .tcp(.all))
    }

    @Test(
        "ports outside 0–65535 or reversed are errors",
        arguments: [(70000, 70000), (-5, 10), (443, 80), (0, 65536)])
    func badPorts(from: Int, to: Int) {
        #expect(throws: AddressParseError.self) {
            try TrafficMatch(protocol: .tcp, from: from, to: to)
        }
    }

    @Test("ICMP uses from_port as type and to_port as code, -1 meaning any")
    func icmp() throws {
        #expect(try TrafficMatch(protocol: .icmp, from: -1, to: -1) == .icmp(.any))
        #expect(
            try TrafficMatch(protocol: .icmp, from: 8, to: 0) == .icmp(ICMPMatch(type: 8, code: 0)))
        #expect(
            try TrafficMatch(protocol: .icmpv6, from: 128, to: -1)
                == .icmpv6(ICMPMatch(type: 128, code: nil)))
        #expect(ICMPMatch(type: 3, code: nil).matches(type: 3, code: 4))
        #expect(!ICMPMatch(type: 3, code: 1).matches(type: 3, code: 4))
    }

    @Test("port range text")
    func portText() throws {
        #expect(try PortRange("1024-65535") == .awsEphemeral)
        #expect(try PortRange("443") == PortRange(443))
        #expect(throws: AddressParseError.self) { try PortRange("80-22") }
        #expect(throws: AddressParseError.self) { try PortRange("http") }
    }

    @Test("rule numbers are 1 to 32766, with 32767 as AWS's final entry")
    func ruleNumbers() throws {
        #expect(throws: AddressParseError.self) { try RuleNumber(0) }
        #expect(throws: AddressParseError.self) { try RuleNumber(40000) }
        #expect(RuleNumber.final.description == "*")
        #expect(try RuleNumber(100) < RuleNumber(200))
    }
}
