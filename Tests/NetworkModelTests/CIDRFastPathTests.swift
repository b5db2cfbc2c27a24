import Testing

@testable import NetworkModel

@Suite("The IPv4 fast path reads exactly what the general CIDR parser reads")
struct CIDRFastPathTests {
    static func general(_ text: String) -> CIDR? { try? CIDR(parsingInGeneral: text) }

    @Test(
        "typical and edge-case texts",
        arguments: [
            "10.0.0.0/16", "0.0.0.0/0", "255.255.255.255/32", "10.1.2.3", "10.1.2.3/24",
            "010.0.0.0/8", "1.2.3.4/033", "1.2.3.4/0032", "1.2.3.4/33", "256.0.0.0/8", "1.2.3/8",
            "1.2.3.4.5", "1.2.3.4/", "/8", "1..2.3", "1.2.3.4/8/8", "", ".", "1.2.3.4 ",
            "1.2.3.00", "0.0.0.0", "1.2.3.4/-1", "::/0",
        ])
    func sameAnswer(text: String) {
        if let fast = CIDR.fastIPv4(text) {
            #expect(Self.general(text) == fast)
        }
        #expect((try? CIDR(text)) == Self.general(text))
    }

    @Test("20,000 random texts over digits, dots and slashes")
    func randomTexts() {
        var state: UInt64 = 0x5EED
        let alphabet = Array("0123456789./")
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59) + 1
            var text = ""
            var bits = state
            for _ in 0..<length {
                bits = bits &* 6_364_136_223_846_793_005 &+ 1
                text.append(alphabet[Int(bits >> 60) % alphabet.count])
            }
            if let fast = CIDR.fastIPv4(text) {
                #expect(Self.general(text) == fast, "\(text)")
            }
        }
    }
}
