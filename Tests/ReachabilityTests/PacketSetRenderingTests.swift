import NetworkModel
import Reachability
import Testing

private typealias F = PacketSetFixtures

@Suite("Packet set rendering")
struct PacketSetRenderingTests {
    @Test(
        "one line per box group",
        arguments: [
            (
                F.rule(
                    "10.0.1.0/24", "10.0.3.0/24", .tcp(PortRange(5439)), sourcePorts: .awsEphemeral),
                ["tcp 10.0.1.0/24:1024-65535 → 10.0.3.0/24:5439"]
            ),
            (F.rule("0.0.0.0/0", "10.0.0.0/16"), ["all 0.0.0.0/0 → 10.0.0.0/16"]),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 8, code: nil))),
                ["icmp 10.0.0.0/16 → 10.0.1.0/24 type 8"]
            ),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 3, code: 4))),
                ["icmp 10.0.0.0/16 → 10.0.1.0/24 type 3 code 4"]
            ),
            (
                F.rule("10.0.0.0/16", "10.0.0.2/32", .udp(PortRange(53))),
                ["udp 10.0.0.0/16 → 10.0.0.2/32:53"]
            ),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", .protocolNumber(50)),
                ["proto 50 10.0.0.0/16 → 10.0.1.0/24"]
            ),
            (
                F.rule("2001:db8::/64", "2001:db8:1::/64", .tcp(PortRange(443))),
                ["tcp 2001:db8::/64 → [2001:db8:1::/64]:443"]
            ),
            (
                F.rule("10.0.1.0/24", "10.0.9.0/24", .tcp(PortRange(443)))
                    .union(F.rule("10.0.3.0/24", "10.0.9.0/24", .tcp(PortRange(443)))),
                ["tcp 10.0.1.0/24, 10.0.3.0/24 → 10.0.9.0/24:443"]
            ),
            (
                PacketSet(boxes: [
                    PacketBox(family: .ipv4, source: 0x0A00_0001...0x0A00_0006, protocols: 7...16)
                ]),
                ["protocols 7-16 10.0.0.1-10.0.0.6 → 0.0.0.0/0"]
            ),
            (
                PacketSet(boxes: [PacketBox(family: .ipv4, destination: 0x0A00_0000...0x0A00_0002)]
                ),
                ["all 0.0.0.0/0 → 10.0.0.0/31, 10.0.0.2/32"]
            ),
            (
                F.rule("0.0.0.0/0", "0.0.0.0/0").subtracting(
                    F.rule("0.0.0.0/0", "0.0.0.0/0", .tcp(PortRange(443)))),
                [
                    "protocols 0-5 0.0.0.0/0 → 0.0.0.0/0",
                    "tcp 0.0.0.0/0 → 0.0.0.0/0:0-442",
                    "tcp 0.0.0.0/0 → 0.0.0.0/0:444-65535",
                    "protocols 7-255 0.0.0.0/0 → 0.0.0.0/0",
                ]
            ),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(.any)).subtracting(
                    F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 8, code: nil)))),
                [
                    "icmp 10.0.0.0/16 → 10.0.1.0/24 types 0-7",
                    "icmp 10.0.0.0/16 → 10.0.1.0/24 types 9-255",
                ]
            ),
            (PacketSet.everything, ["all 0.0.0.0/0 → 0.0.0.0/0", "all ::/0 → ::/0"]),
            (PacketSet.empty, []),
        ])
    func lines(set: PacketSet, expected: [String]) {
        #expect(set.render() == expected)
    }

    @Test("the description joins the lines, or says there are none")
    func description() {
        #expect(PacketSet.empty.description == "no packets")
        #expect(
            PacketSet.everything.description == "all 0.0.0.0/0 → 0.0.0.0/0\nall ::/0 → ::/0")
    }

    @Test(
        "packets",
        arguments: [
            (F.tcp("10.0.1.7", 40000, "10.0.3.9", 5439), "tcp 10.0.1.7:40000 → 10.0.3.9:5439"),
            (F.udp("10.0.1.7", 40000, "10.0.0.2", 53), "udp 10.0.1.7:40000 → 10.0.0.2:53"),
            (
                F.icmp("10.0.1.7", "10.0.3.9", type: 8, code: 0),
                "icmp 10.0.1.7 → 10.0.3.9 type 8 code 0"
            ),
            (
                F.icmp("2001:db8::1", "2001:db8::2", type: 128, code: 0, version6: true),
                "icmpv6 2001:db8::1 → 2001:db8::2 type 128 code 0"
            ),
            (F.other(50, "10.0.1.7", "10.0.3.9"), "proto 50 10.0.1.7 → 10.0.3.9"),
            (
                F.tcp("2001:db8::1", 1024, "2001:db8::2", 443),
                "tcp [2001:db8::1]:1024 → [2001:db8::2]:443"
            ),
        ])
    func packet(packet: Packet, expected: String) {
        #expect(packet.description == expected)
    }
}
