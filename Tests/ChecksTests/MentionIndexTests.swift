import Testing

@testable import Checks

/// Which changed resources an answer's components and rules mention, for a flow's causes.
@Suite("Finding the resources an answer mentions")
struct MentionIndexTests {
    static let addresses = [
        "aws_security_group.app", "aws_security_group.app_db", "aws_network_acl.data",
        "aws_subnet.a", "module.net.aws_route_table.private",
    ]

    @Test(
        "a text mentions an address it is, starts with before a space, dot or comma, or holds after a space",
        arguments: [
            ("aws_security_group.app", ["aws_security_group.app"]),
            ("aws_security_group.app.ingress[0]", ["aws_security_group.app"]),
            ("aws_security_group.app_db", ["aws_security_group.app_db"]),
            (
                "aws_security_group.app_db, aws_security_group.app",
                ["aws_security_group.app", "aws_security_group.app_db"]
            ),
            (
                "aws_network_acl.data (subnet aws_subnet.a)",
                ["aws_network_acl.data", "aws_subnet.a"]
            ),
            ("module.net.aws_route_table.private", ["module.net.aws_route_table.private"]),
            ("aws_security_group.application", []),
            ("xaws_subnet.a", []),
            ("aws_subnet.ab (no security groups)", []),
            // After a space, an address counts even as the start of a longer name.
            ("rule of aws_subnet.ab", ["aws_subnet.a"]),
            ("", []),
        ])
    func mentions(text: String, expected: [String]) {
        let index = MentionIndex(addresses: Self.addresses)
        #expect(index.mentioned(in: [text]) == Set(expected))
    }

    @Test("positions follow the list the index was built from, repeats included")
    func positions() {
        let index = MentionIndex(addresses: ["b", "a", "b"])
        #expect(index.positions(of: "b") == [0, 2])
        #expect(index.positions(of: "a") == [1])
        #expect(index.positions(of: "c") == [])
    }
}
