import NetworkModel
import Reachability
import SnapshotImport
import Testing

/// Huge but valid inputs import and answer correctly. `swift test` runs in debug, so the
/// security group here has 20,000 rules; `vpcreach-bench --hostile` builds the same group
/// with a million in a release build.
@Suite("Huge inputs import and answer `why` correctly")
struct HostileSizeTests {
    static let debugRuleCount = 20_000

    @Test("a security group with 20,000 rules: import, dedup and why")
    func manyRules() throws {
        var network = HostileNetwork()
        network.serverIngress = Self.manyRuleBlocks(ruleCount: Self.debugRuleCount)
        let snapshot = try network.snapshot()
        let server = try #require(snapshot.securityGroups.first { $0.awsID?.value == "sg-server" })
        // Every block's CIDRs are distinct except the repeated admitting block.
        #expect(server.ingress.count == Self.debugRuleCount + 1)
        #expect(server.ingress.filter { $0.declarations.count == 2 }.count == 1)

        let analyzer = ReachabilityAnalyzer(snapshot: snapshot)
        let open = try analyzer.answer(HostileNetwork.question(port: 5439))
        #expect(open.verdict == .reachable)
        let ingressHop = try #require(open.hops.first { $0.step == .securityGroupIngress })
        #expect(ingressHop.rules.map(\.address) == ["aws_security_group.server.ingress[100]"])

        let closed = try analyzer.answer(HostileNetwork.question(port: 5440))
        #expect(closed.verdict == .unreachable)
        #expect(closed.blocking.map(\.code) == ["ENI_SG_RULES_MISMATCH"])
    }

    /// Blocks of 100 rules (TCP port 1000 + block from 100 distinct /32s in 172.16.0.0/12),
    /// with a block admitting the client on 5439 at position 100, written twice.
    static func manyRuleBlocks(ruleCount: Int) -> [String] {
        var blocks: [String] = []
        var next = 0
        while next < ruleCount {
            let count = min(100, ruleCount - next)
            let cidrs = (next..<next + count).map { index in
                "172.\(16 + index >> 16).\((index >> 8) & 255).\(index & 255)/32"
            }
            let port = 1000 + blocks.count % 4000
            blocks.append(HostileNetwork.tcpRule(ports: port...port, cidrs: cidrs))
            next += count
        }
        let admitting = HostileNetwork.tcpRule(ports: 5439...5439, cidrs: ["10.0.1.10/32"])
        blocks.insert(admitting, at: min(100, blocks.count))
        blocks.append(admitting)
        return blocks
    }

    @Test("a network ACL with every rule number 1–32766 decides by the first match")
    func everyRuleNumber() throws {
        var network = HostileNetwork()
        network.serverIngress = [HostileNetwork.tcpRule(ports: 0...65535, cidrs: ["10.0.0.0/16"])]
        network.resources.append(Self.aclWithEveryRuleNumber())
        let snapshot = try network.snapshot()
        let acl = try #require(snapshot.networkACLs.first { $0.awsID?.value == "acl-server" })
        #expect(acl.entries(.ingress).count == 32766)
        #expect(acl.entries(.ingress).map(\.ruleNumber.rawValue) == Array(1...32766))

        let analyzer = ReachabilityAnalyzer(snapshot: snapshot)
        let open = try analyzer.answer(HostileNetwork.question(port: 5439))
        #expect(open.verdict == .reachable)
        let inbound = try #require(
            open.hops.first { $0.step == .networkACLInbound && $0.direction == .forward })
        #expect(inbound.rules.compactMap(\.ruleNumber) == ["20000"])

        let denied = try analyzer.answer(HostileNetwork.question(port: 5440))
        #expect(denied.verdict == .unreachable)
        #expect(denied.blocking.compactMap(\.rule?.ruleNumber) == ["10000"])

        let unmatched = try analyzer.answer(HostileNetwork.question(port: 5441))
        #expect(unmatched.verdict == .unreachable)
        #expect(unmatched.blocking.compactMap(\.rule?.ruleNumber) == ["*"])
        // No number is free for the entry that would fix it, so no ACL fix is offered.
        #expect(!unmatched.fixes.contains { $0.terraform.contains("aws_network_acl_rule") })
    }

    /// Ingress: 10000 denies 5440 from the client subnet, 20000 allows 5439, 30000 denies
    /// 5439 (too late to matter), every other number denies a /32 in 172.16.0.0/12;
    /// egress allows everything.
    static func aclWithEveryRuleNumber() -> String {
        func entry(_ number: Int, _ action: String, _ port: Int, _ cidr: String) -> String {
            #"{"rule_no":\#(number),"action":"\#(action)","protocol":"6","from_port":\#(port),"to_port":\#(port),"cidr_block":"\#(cidr)","icmp_code":0,"icmp_type":0,"ipv6_cidr_block":""}"#
        }
        let ingress = (1...32766).map { number in
            switch number {
            case 10000: entry(number, "deny", 5440, "10.0.1.0/24")
            case 20000: entry(number, "allow", 5439, "10.0.1.0/24")
            case 30000: entry(number, "deny", 5439, "10.0.1.0/24")
            default:
                entry(number, "deny", 1024 + number, "172.16.\(number >> 8).\(number & 255)/32")
            }
        }
        let egress =
            #"{"rule_no":100,"action":"allow","protocol":"-1","from_port":0,"to_port":0,"cidr_block":"0.0.0.0/0"}"#
        return HostileNetwork.resource(
            "aws_network_acl", "server",
            values:
                #""id":"acl-server","vpc_id":"vpc-1","subnet_ids":["subnet-server"],"egress":[\#(egress)],"ingress":[\#(ingress.joined(separator: ","))]"#
        )
    }

    @Test("a CIDR list of 100,000 entries becomes 100,000 rules; the one that matches decides")
    func hugeCIDRList() throws {
        var cidrs = (0..<99_999).map { "172.\(16 + $0 >> 16).\(($0 >> 8) & 255).\($0 & 255)/32" }
        cidrs.insert("10.0.1.0/24", at: 50_000)
        var network = HostileNetwork()
        network.serverIngress = [HostileNetwork.tcpRule(ports: 5439...5439, cidrs: cidrs)]
        let snapshot = try network.snapshot()
        let server = try #require(snapshot.securityGroups.first { $0.awsID?.value == "sg-server" })
        #expect(server.ingress.count == 100_000)
        let answer = try ReachabilityAnalyzer(snapshot: snapshot).answer(
            HostileNetwork.question(port: 5439))
        #expect(answer.verdict == .reachable)
    }

    @Test("a CIDR list repeating one block 100,000 times is one rule")
    func repeatedCIDRList() throws {
        var network = HostileNetwork()
        network.serverIngress = [
            HostileNetwork.tcpRule(
                ports: 5439...5439, cidrs: Array(repeating: "10.0.1.0/24", count: 100_000))
        ]
        let snapshot = try network.snapshot()
        let server = try #require(snapshot.securityGroups.first { $0.awsID?.value == "sg-server" })
        #expect(server.ingress.count == 1)
        #expect(server.ingress.first?.declarations.count == 1)
    }

    @Test("100,000 group references not in the input are each listed once")
    func hugeGroupReferenceList() throws {
        var network = HostileNetwork()
        let ids = (0..<100_000).map { "\"sg-\(String($0, radix: 16))\"" }.joined(separator: ",")
        network.serverIngress = [
            #""protocol":"tcp","from_port":5439,"to_port":5439,"cidr_blocks":[],"security_groups":[\#(ids),"sg-client"]"#
        ]
        let snapshot = try network.snapshot()
        let server = try #require(snapshot.securityGroups.first { $0.awsID?.value == "sg-server" })
        #expect(server.ingress.count == 100_001)
        #expect(snapshot.unresolvedReferences.count == 100_000)
        let answer = try ReachabilityAnalyzer(snapshot: snapshot).answer(
            HostileNetwork.question(port: 5439))
        #expect(answer.verdict == .reachable)
    }
}
