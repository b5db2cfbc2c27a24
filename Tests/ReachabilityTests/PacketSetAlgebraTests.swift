import NetworkModel
import Reachability
import Testing

private typealias F = PacketSetFixtures

@Suite("Packet set algebra")
struct PacketSetAlgebraTests {
    /// A named result and the set it must equal.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let actual: PacketSet
        let expected: PacketSet
        var testDescription: String { name }
    }

    static let intersections: [Case] = [
        Case(
            name: "a /24 inside a /16",
            actual: F.rule("10.0.0.0/16", "0.0.0.0/0").intersection(
                F.rule("10.0.1.0/24", "0.0.0.0/0")),
            expected: F.rule("10.0.1.0/24", "0.0.0.0/0")),
        Case(
            name: "disjoint blocks",
            actual: F.rule("10.0.0.0/24", "0.0.0.0/0").intersection(
                F.rule("10.0.1.0/24", "0.0.0.0/0")),
            expected: .empty),
        Case(
            name: "IPv4 and IPv6 never meet",
            actual: PacketSet.all(.ipv4).intersection(.all(.ipv6)), expected: .empty),
        Case(
            name: "overlapping port ranges",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(0, 1023))).intersection(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(443, 8080)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(443, 1023)))),
        Case(
            name: "all traffic narrows to tcp",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24").intersection(
                F.rule("0.0.0.0/0", "0.0.0.0/0", .tcp(PortRange(443)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(443)))),
        Case(
            name: "tcp and udp share no packet",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(.all)).intersection(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .udp(.all))),
            expected: .empty),
        Case(
            name: "protocol 6 is tcp on every port",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .protocolNumber(6)).intersection(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(22)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(22)))),
        Case(
            name: "any icmp narrows to echo request",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(.any)).intersection(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 8, code: nil)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 8, code: nil)))),
        Case(
            name: "echo request and echo reply differ",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 8, code: nil)))
                .intersection(
                    F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 0, code: nil)))),
            expected: .empty),
        Case(
            name: "a type and code inside its type",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 3, code: 4)))
                .intersection(
                    F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 3, code: nil)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 3, code: 4)))),
        Case(
            name: "icmp and icmpv6 are different protocols",
            actual: F.rule("2001:db8::/32", "::/0", .icmp(.any)).intersection(
                F.rule("2001:db8::/32", "::/0", .icmpv6(.any))),
            expected: .empty),
    ]

    static let unions: [Case] = [
        Case(
            name: "two halves make the whole",
            actual: F.rule("10.0.0.0/25", "0.0.0.0/0").union(F.rule("10.0.0.128/25", "0.0.0.0/0")),
            expected: F.rule("10.0.0.0/24", "0.0.0.0/0")),
        Case(
            name: "touching port ranges join",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(0, 100))).union(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(101, 200)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(0, 200)))),
        Case(
            name: "both families are everything",
            actual: PacketSet.all(.ipv4).union(.all(.ipv6)), expected: .everything),
        Case(
            name: "tcp and every other protocol are all traffic",
            actual: F.rule("0.0.0.0/0", "0.0.0.0/0", .tcp(.all)).union(
                PacketSet.all(.ipv4).subtracting(
                    F.rule("0.0.0.0/0", "0.0.0.0/0", .protocolNumber(6)))),
            expected: .all(.ipv4)),
        Case(
            name: "a set within another adds nothing",
            actual: F.rule("10.0.0.0/16", "0.0.0.0/0").union(
                F.rule("10.0.5.0/24", "10.0.0.0/8", .udp(.all))),
            expected: F.rule("10.0.0.0/16", "0.0.0.0/0")),
    ]

    static let differences: [Case] = [
        Case(
            name: "all traffic but tcp 443",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24").subtracting(
                F.rule("0.0.0.0/0", "0.0.0.0/0", .tcp(PortRange(443)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(0, 442)))
                .union(F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(444, 65535))))
                .union(
                    F.rule("10.0.0.0/16", "10.0.1.0/24").subtracting(
                        F.rule("10.0.0.0/16", "10.0.1.0/24", .protocolNumber(6))))),
        Case(
            name: "tcp below the ephemeral range",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(.all)).subtracting(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(.awsEphemeral))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(0, 1023)))),
        Case(
            name: "any icmp but echo request",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(.any)).subtracting(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 8, code: nil)))),
            expected: F.rule("10.0.0.0/16", "10.0.1.0/24").intersection(
                PacketSet(boxes: [
                    box(protocols: 1...1, icmpTypes: 0...7),
                    box(protocols: 1...1, icmpTypes: 9...255),
                ]))),
        Case(
            name: "everything but IPv4 is IPv6",
            actual: PacketSet.everything.subtracting(.all(.ipv4)), expected: .all(.ipv6)),
        Case(
            name: "a set minus itself",
            actual: F.rule("10.0.0.0/16", "10.0.1.0/24", .udp(PortRange(53))).subtracting(
                F.rule("10.0.0.0/16", "10.0.1.0/24", .udp(PortRange(53)))),
            expected: .empty),
        Case(
            name: "an IPv6 rule removes nothing from IPv4",
            actual: PacketSet.all(.ipv4).subtracting(F.rule("::/0", "::/0")), expected: .all(.ipv4)),
    ]

    @Test("intersection", arguments: intersections)
    func intersection(_ example: Case) {
        #expect(example.actual == example.expected, "\(example.actual)")
    }

    @Test("union", arguments: unions)
    func union(_ example: Case) {
        #expect(example.actual == example.expected, "\(example.actual)")
    }

    @Test("difference", arguments: differences)
    func difference(_ example: Case) {
        #expect(example.actual == example.expected, "\(example.actual)")
    }

    @Test(
        "membership",
        arguments: [
            (F.rule("10.0.0.0/16", "10.0.1.0/24"), F.other(50, "10.0.9.9", "10.0.1.1"), true),
            (F.rule("10.0.0.0/16", "10.0.1.0/24"), F.tcp("10.0.9.9", 1, "10.0.2.1", 22), false),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(443))),
                F.tcp("10.0.0.1", 50000, "10.0.1.9", 443), true
            ),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(443))),
                F.udp("10.0.0.1", 50000, "10.0.1.9", 443), false
            ),
            (
                F.rule(
                    "10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(443)), sourcePorts: .awsEphemeral),
                F.tcp("10.0.0.1", 80, "10.0.1.9", 443), false
            ),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", sourcePorts: .awsEphemeral),
                F.icmp("10.0.0.1", "10.0.1.9", type: 8, code: 0), true
            ),
            (
                F.rule("10.0.0.0/16", "10.0.1.0/24", .icmp(ICMPMatch(type: 3, code: 4))),
                F.icmp("10.0.0.1", "10.0.1.9", type: 3, code: 3), false
            ),
            (F.rule("0.0.0.0/0", "0.0.0.0/0"), F.tcp("2001:db8::1", 1, "2001:db8::2", 2), false),
            (
                F.rule("2001:db8::/32", "::/0", .icmpv6(.any)),
                F.icmp("2001:db8::1", "2001:db8::2", type: 128, code: 0, version6: true), true
            ),
        ])
    func membership(set: PacketSet, packet: Packet, expected: Bool) {
        #expect(set.contains(packet) == expected)
    }

    @Test("blocks of different families share no packet")
    func mixedFamilies() {
        #expect(F.rule("10.0.0.0/16", "2001:db8::/32").isEmpty)
    }

    @Test("all traffic spans every protocol, port and ICMP field")
    func allTraffic() {
        let all = F.rule("0.0.0.0/0", "0.0.0.0/0")
        #expect(all == .all(.ipv4))
        #expect(all.boxCount == 1)
        #expect(PacketSet.everything.boxCount == 2)
    }

    @Test("subset and equality compare packets, not boxes")
    func subsetAndEquality() {
        let whole = F.rule("10.0.0.0/24", "0.0.0.0/0")
        let halves = PacketSet(boxes: [
            box(source: 0x0A00_0000...0x0A00_007F), box(source: 0x0A00_0080...0x0A00_00FF),
        ])
        #expect(halves == whole)
        #expect(F.rule("10.0.0.0/25", "0.0.0.0/0").isSubset(of: whole))
        #expect(!whole.isSubset(of: F.rule("10.0.0.0/25", "0.0.0.0/0")))
        #expect(PacketSet.empty.isSubset(of: .empty))
        #expect(whole != .empty)
    }

    @Test("touching CIDR rules merge into few boxes")
    func coalescing() {
        var set = PacketSet.empty
        for third in 0..<256 {
            set = set.union(F.rule("10.0.\(third).0/24", "0.0.0.0/0", .tcp(PortRange(443))))
        }
        #expect(set == F.rule("10.0.0.0/16", "0.0.0.0/0", .tcp(PortRange(443))))
        #expect(set.boxCount == 1)
    }

    @Test("ranges with a gap between them stay apart")
    func gapsStay() {
        let ports = F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(80))).union(
            F.rule("10.0.0.0/16", "10.0.1.0/24", .tcp(PortRange(82))))
        #expect(ports.boxCount == 2)
        #expect(!ports.contains(F.tcp("10.0.0.9", 1024, "10.0.1.9", 81)))
        let addresses = F.rule("10.0.0.0/25", "0.0.0.0/0").union(
            F.rule("10.0.0.129/32", "0.0.0.0/0"))
        #expect(!addresses.contains(F.other(50, "10.0.0.128", "10.0.1.9")))
        #expect(addresses.render() == ["all 10.0.0.0/25, 10.0.0.129/32 → 0.0.0.0/0"])
    }

    @Test("ports given for a protocol without ports are ignored")
    func portsWithoutMeaning() {
        let esp = PacketSet(boxes: [box(protocols: 50...50, sourcePorts: 5...5)])
        #expect(esp == F.rule("0.0.0.0/0", "0.0.0.0/0", .protocolNumber(50)))
        let mixed = PacketSet(boxes: [box(protocols: 5...7, destinationPorts: 22...22)])
        let expected = PacketSet(boxes: [box(protocols: 5...5), box(protocols: 7...7)])
            .union(F.rule("0.0.0.0/0", "0.0.0.0/0", .tcp(PortRange(22))))
        #expect(mixed == expected)
        #expect(
            mixed.boxes.allSatisfy { $0.protocols == 6...6 || $0.destinationPorts == 0...65535 })
    }

    @Test("overlapping boxes become disjoint ones")
    func overlappingBoxes() {
        let set = PacketSet(boxes: [
            box(source: 0...100, protocols: 0...10), box(source: 50...150, protocols: 5...20),
            box(source: 0...150, protocols: 0...20),
        ])
        #expect(F.areDisjoint(set.boxes))
        #expect(set == PacketSet(boxes: [box(source: 0...150, protocols: 0...20)]))
    }

    @Test("box subtraction leaves at most two pieces per field, all disjoint")
    func boxSubtraction() {
        let outer = PacketBox(
            family: .ipv4, source: 0...100, destination: 0...100, protocols: 6...6)
        let inner = PacketBox(
            family: .ipv4, source: 10...20, destination: 10...20, protocols: 6...6,
            sourcePorts: 1024...2000, destinationPorts: 443...443)
        let pieces = outer.subtracting(inner)
        #expect(pieces.count == 8)
        #expect(F.areDisjoint(pieces))
        #expect(pieces.allSatisfy { $0.intersection(inner) == nil && $0.isSubset(of: outer) })
        #expect(PacketSet(boxes: pieces + [inner]) == PacketSet(boxes: [outer]))
        #expect(outer.subtracting(PacketBox(family: .ipv6)) == [outer])
    }
}

/// An IPv4 box, every address unless `source` narrows the sources.
private func box(
    source: ClosedRange<UInt128>? = nil, protocols: ClosedRange<UInt8> = 0...255,
    sourcePorts: ClosedRange<UInt16> = 0...65535, destinationPorts: ClosedRange<UInt16> = 0...65535,
    icmpTypes: ClosedRange<UInt8> = 0...255
) -> PacketBox {
    PacketBox(
        family: .ipv4, source: source, protocols: protocols, sourcePorts: sourcePorts,
        destinationPorts: destinationPorts, icmpTypes: icmpTypes)
}
