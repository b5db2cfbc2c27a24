/// The hostile network of the `HostileInputTests` at full size: a client instance and a
/// server instance whose group has `ruleCount` rules (blocks of 100 distinct /32s, each
/// block its own port), one of which admits the client on TCP 5439. `swift test` checks
/// 20,000 rules in debug; the benchmark imports a million and asks `why` in release.
public struct HostileGroupGenerator: Sendable {
    public let ruleCount: Int

    public init(ruleCount: Int) {
        self.ruleCount = ruleCount
    }

    /// The question whose answer is known: REACHABLE on 5439, UNREACHABLE on 5440.
    public let whyFrom = "aws_instance.client"
    public let whyTo = "aws_instance.server"

    /// `terraform show -json` of the state.
    public func generate() -> [UInt8] {
        func resource(_ type: String, _ name: String, _ values: String) -> String {
            #"{"address":"\#(type).\#(name)","mode":"managed","type":"\#(type)","name":"\#(name)","values":{\#(values)}}"#
        }
        func block(_ port: Int, _ cidrs: [String]) -> String {
            #"{"protocol":"tcp","from_port":\#(port),"to_port":\#(port),"cidr_blocks":[\#(cidrs.map { "\"\($0)\"" }.joined(separator: ","))],"ipv6_cidr_blocks":[],"prefix_list_ids":[],"security_groups":[],"self":false}"#
        }
        var blocks: [String] = []
        var next = 0
        while next < ruleCount {
            let count = min(100, ruleCount - next)
            let cidrs = (next..<next + count).map {
                "172.\(16 + $0 >> 16).\(($0 >> 8) & 255).\($0 & 255)/32"
            }
            blocks.append(block(1000 + blocks.count % 4000, cidrs))
            next += count
        }
        blocks.insert(block(5439, ["10.0.1.10/32"]), at: min(100, blocks.count))
        let resources = [
            resource("aws_vpc", "main", #""id":"vpc-1","cidr_block":"10.0.0.0/16""#),
            resource(
                "aws_subnet", "client",
                #""id":"subnet-client","vpc_id":"vpc-1","cidr_block":"10.0.1.0/24""#),
            resource(
                "aws_subnet", "server",
                #""id":"subnet-server","vpc_id":"vpc-1","cidr_block":"10.0.2.0/24""#),
            resource(
                "aws_security_group", "client",
                #""id":"sg-client","vpc_id":"vpc-1","ingress":[],"egress":[{"protocol":"-1","from_port":0,"to_port":0,"cidr_blocks":["0.0.0.0/0"]}]"#
            ),
            resource(
                "aws_security_group", "server",
                #""id":"sg-server","vpc_id":"vpc-1","egress":[],"ingress":[\#(blocks.joined(separator: ","))]"#
            ),
            resource(
                "aws_instance", "client",
                #""id":"i-client","subnet_id":"subnet-client","private_ip":"10.0.1.10","public_ip":"","vpc_security_group_ids":["sg-client"]"#
            ),
            resource(
                "aws_instance", "server",
                #""id":"i-server","subnet_id":"subnet-server","private_ip":"10.0.2.20","public_ip":"","vpc_security_group_ids":["sg-server"]"#
            ),
        ]
        return Array(
            #"{"format_version":"1.0","values":{"root_module":{"resources":[\#(resources.joined(separator: ","))]}}}"#
                .utf8)
    }
}
