import NetworkModel
import Reachability
import Testing

@Suite("Covering address ranges with CIDR blocks")
struct PacketSetCIDRCoverTests {
    @Test(
        "fewest blocks, in order",
        arguments: [
            ("10.0.0.0", "10.0.0.255", ["10.0.0.0/24"]),
            ("0.0.0.0", "255.255.255.255", ["0.0.0.0/0"]),
            ("10.0.0.1", "10.0.0.6", ["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"]),
            ("10.0.0.0", "10.0.1.127", ["10.0.0.0/24", "10.0.1.0/25"]),
            ("10.0.0.5", "10.0.0.5", ["10.0.0.5/32"]),
            ("255.255.255.255", "255.255.255.255", ["255.255.255.255/32"]),
            ("0.0.0.0", "9.255.255.255", ["0.0.0.0/5", "8.0.0.0/7"]),
            (
                "11.0.0.0", "255.255.255.255",
                [
                    "11.0.0.0/8", "12.0.0.0/6", "16.0.0.0/4", "32.0.0.0/3", "64.0.0.0/2",
                    "128.0.0.0/1",
                ]
            ),
            ("::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", ["::/0"]),
            ("2001:db8::", "2001:db8::ffff", ["2001:db8::/112"]),
            ("2001:db8::1", "2001:db8::2", ["2001:db8::1/128", "2001:db8::2/128"]),
        ])
    func cover(first: String, last: String, expected: [String]) throws {
        let low = try IPAddress(first)
        let high = try IPAddress(last)
        let blocks = CIDRCover.blocks(covering: low.value...high.value, family: low.family)
        #expect(blocks.map(\.description) == expected)
    }

    @Test("blocks tile the range exactly and no two neighbours could be one block")
    func tiling() {
        var state: UInt64 = 0x1234_5678
        for _ in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let family: AddressFamily = state & 1 == 0 ? .ipv4 : .ipv6
            let spread = UInt128(state >> 40)
            let low = family == .ipv4 ? UInt128(state >> 33) : UInt128(state) << 64
            let high = min(low + spread, family.maxValue)
            let blocks = CIDRCover.blocks(covering: low...high, family: family)
            #expect(blocks.first?.firstAddress == low && blocks.last?.lastAddress == high)
            for (block, next) in zip(blocks, blocks.dropFirst()) {
                #expect(block.lastAddress + 1 == next.firstAddress)
                let joined = CIDR(
                    family: family, network: block.network, prefixLength: block.prefixLength - 1)
                #expect(
                    !(block.prefixLength == next.prefixLength && joined.contains(next)
                        && joined.network == block.network))
            }
        }
    }
}
