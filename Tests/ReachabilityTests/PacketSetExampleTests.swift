import NetworkModel
import Reachability
import Testing

private typealias F = PacketSetFixtures

@Suite("Packet set examples and replies")
struct PacketSetExampleTests {
    @Test(
        "examples are readable members",
        arguments: [
            (
                F.rule("10.0.1.0/24", "10.0.3.0/24", .tcp(PortRange(5439))),
                "tcp 10.0.1.4:1024 → 10.0.3.4:5439"
            ),
            (F.rule("10.0.1.0/24", "10.0.3.0/24"), "tcp 10.0.1.4:1024 → 10.0.3.4:0"),
            (
                F.rule("10.0.1.0/24", "10.0.3.0/24", .icmp(ICMPMatch(type: 8, code: nil))),
                "icmp 10.0.1.4 → 10.0.3.4 type 8 code 0"
            ),
            (
                F.rule("10.0.1.0/24", "10.0.3.0/24", .protocolNumber(50)),
                "proto 50 10.0.1.4 → 10.0.3.4"
            ),
            (
                F.rule(
                    "10.0.1.7/32", "10.0.3.0/30", .udp(PortRange(53)),
                    sourcePorts: PortRange(80, 90)),
                "udp 10.0.1.7:80 → 10.0.3.0:53"
            ),
            (
                F.rule(
                    "10.0.1.0/24", "10.0.3.8/29", .tcp(.all), sourcePorts: PortRange(2000, 3000)),
                "tcp 10.0.1.4:2000 → 10.0.3.12:0"
            ),
            (
                F.rule("2001:db8::/64", "2001:db8:1::/64", .tcp(PortRange(443))),
                "tcp [2001:db8::4]:1024 → [2001:db8:1::4]:443"
            ),
            (
                F.rule("2001:db8::/64", "::/0", .icmpv6(.any)).union(
                    F.rule("10.9.0.0/16", "10.0.0.0/8", .protocolNumber(47))),
                "proto 47 10.9.0.4 → 10.0.0.4"
            ),
        ])
    func examples(set: PacketSet, expected: String) throws {
        let example = try #require(set.example())
        #expect(example.description == expected)
        #expect(set.contains(example))
    }

    @Test("the empty set has no example")
    func emptyExample() {
        #expect(PacketSet.empty.example() == nil)
        #expect(F.rule("10.0.0.0/8", "0.0.0.0/0").subtracting(.all(.ipv4)).example() == nil)
    }

    @Test("an example after cutting still lies in what is left")
    func exampleAfterSubtraction() throws {
        let left = F.rule("10.0.0.0/16", "10.0.1.0/24").subtracting(
            F.rule("10.0.0.0/17", "0.0.0.0/0", .tcp(.all)))
        let example = try #require(left.example())
        #expect(left.contains(example))
        #expect(example.description == "tcp 10.0.128.4:1024 → 10.0.1.4:0")
    }

    @Test("replies exchange addresses and ports, and keep ICMP fields")
    func swapped() {
        let request = F.rule(
            "10.0.1.0/24", "10.0.3.0/24", .tcp(PortRange(5439)), sourcePorts: .awsEphemeral)
        let reply = request.swapped()
        #expect(reply.render() == ["tcp 10.0.3.0/24:5439 → 10.0.1.0/24:1024-65535"])
        #expect(reply.swapped() == request)
        let packet = F.tcp("10.0.1.9", 40000, "10.0.3.7", 5439)
        #expect(request.contains(packet) && reply.contains(packet.swapped()))
        #expect(!reply.contains(packet))

        let echo = F.rule("10.0.1.0/24", "10.0.3.0/24", .icmp(ICMPMatch(type: 8, code: 0)))
        #expect(
            echo.swapped()
                == F.rule("10.0.3.0/24", "10.0.1.0/24", .icmp(ICMPMatch(type: 8, code: 0))))
    }

    @Test("port limits touch only tcp and udp")
    func portLimits() {
        let all = F.rule("10.0.0.0/16", "10.0.1.0/24")
        let limited = all.restricted(sourcePorts: .awsEphemeral)
        #expect(limited == F.rule("10.0.0.0/16", "10.0.1.0/24", sourcePorts: .awsEphemeral))
        #expect(limited.contains(F.tcp("10.0.0.9", 1024, "10.0.1.9", 22)))
        #expect(!limited.contains(F.udp("10.0.0.9", 1023, "10.0.1.9", 53)))
        #expect(limited.contains(F.other(50, "10.0.0.9", "10.0.1.9")))
        let toServer = all.restricted(destinationPorts: PortRange(443))
        #expect(toServer.contains(F.tcp("10.0.0.9", 1, "10.0.1.9", 443)))
        #expect(!toServer.contains(F.tcp("10.0.0.9", 1, "10.0.1.9", 80)))
        #expect(toServer.contains(F.icmp("10.0.0.9", "10.0.1.9", type: 8, code: 0)))
        #expect(PacketSet.clientPorts(.all) == .everything)
    }
}
