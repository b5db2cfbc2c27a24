import NetworkModel
import Testing

@Suite("CIDR blocks")
struct CIDRTests {
    @Test(
        "parses and prints canonical blocks",
        arguments: [
            ("10.0.0.0/16", "10.0.0.0/16"),
            ("10.0.1.7/24", "10.0.1.0/24"),
            ("0.0.0.0/0", "0.0.0.0/0"),
            ("192.168.1.1", "192.168.1.1/32"),
            ("2001:db8::/32", "2001:db8::/32"),
            ("2001:DB8:0:0:1::/80", "2001:db8:0:0:1::/80"),
            ("::/0", "::/0"),
            ("::ffff:10.0.0.1/128", "::ffff:a00:1/128"),
            ("fe80:0:0:0:0:0:0:1/128", "fe80::1/128"),
        ])
    func parses(text: String, canonical: String) throws {
        #expect(try CIDR(text).description == canonical)
    }

    @Test(
        "rejects what AWS rejects",
        arguments: [
            "10.0.0.300/24", "10.0.0.0/33", "10.0.0/24", "10.0.0.0/", "/24", "", "10.0.0.0/-1",
            "10.0.0.0/24/1", "abc", "2001:db8::/129", "2001:db8:::1/64", "1:2:3:4:5:6:7:8:9/64",
            "010.0.0.0/8", "10.0.0.0/+8",
        ])
    func rejects(text: String) {
        #expect(throws: AddressParseError.self) { try CIDR(text) }
    }

    @Test("the error names the text and the reason")
    func errorMessage() {
        #expect(
            throws: AddressParseError(
                text: "10.0.0.0/33", reason: "the prefix length must be a number from 0 to 32")
        ) {
            try CIDR("10.0.0.0/33")
        }
    }

    @Test(
        "containment",
        arguments: [
            ("10.0.0.0/16", "10.0.1.0/24", true),
            ("10.0.1.0/24", "10.0.0.0/16", false),
            ("0.0.0.0/0", "10.0.1.0/24", true),
            ("0.0.0.0/0", "::/0", false),
            ("10.0.1.0/24", "10.0.1.0/24", true),
            ("10.0.1.0/24", "10.0.2.0/24", false),
        ])
    func containment(outer: String, inner: String, expected: Bool) throws {
        #expect(try CIDR(outer).contains(CIDR(inner)) == expected)
    }

    @Test("first and last addresses")
    func bounds() throws {
        let block = try CIDR("10.0.1.0/24")
        #expect(IPAddress(family: .ipv4, value: block.firstAddress).description == "10.0.1.0")
        #expect(IPAddress(family: .ipv4, value: block.lastAddress).description == "10.0.1.255")
        #expect(try CIDR("::/0").lastAddress == UInt128.max)
        #expect(try CIDR("10.0.1.0/24").contains(IPAddress("10.0.1.200")))
        #expect(try !CIDR("10.0.1.0/24").contains(IPAddress("10.0.2.1")))
    }
}
