import Foundation
import NetworkModel
import Reachability
import SnapshotImport

/// A small Terraform state to which a test adds one hostile part: VPC 10.0.0.0/16 with
/// a client instance (10.0.1.10, group `sg-client`, all egress) in one subnet and a
/// server instance (10.0.2.20, group `sg-server`) in another. What the server admits
/// is up to the test; every text is built in memory.
struct HostileNetwork {
    /// Extra resources, as JSON objects.
    var resources: [String] = []
    /// Inline ingress blocks of `sg-server`, as JSON objects.
    var serverIngress: [String] = []

    static func resource(_ type: String, _ name: String, values: String) -> String {
        #"{"address":"\#(type).\#(name)","mode":"managed","type":"\#(type)","name":"\#(name)","values":{\#(values)}}"#
    }

    /// An inline or `aws_security_group_rule` rule body: TCP ports from CIDR blocks.
    static func tcpRule(ports: ClosedRange<Int>, cidrs: [String]) -> String {
        let list = cidrs.map { "\"\($0)\"" }.joined(separator: ",")
        return
            #""protocol":"tcp","from_port":\#(ports.lowerBound),"to_port":\#(ports.upperBound),"cidr_blocks":[\#(list)],"ipv6_cidr_blocks":[],"prefix_list_ids":[],"security_groups":[],"self":false"#
    }

    /// The whole state document.
    var text: String {
        let base = [
            Self.resource(
                "aws_vpc", "main",
                values: #""id":"vpc-1","cidr_block":"10.0.0.0/16""#),
            Self.resource(
                "aws_subnet", "client",
                values: #""id":"subnet-client","vpc_id":"vpc-1","cidr_block":"10.0.1.0/24""#),
            Self.resource(
                "aws_subnet", "server",
                values: #""id":"subnet-server","vpc_id":"vpc-1","cidr_block":"10.0.2.0/24""#),
            Self.resource(
                "aws_security_group", "client",
                values:
                    #""id":"sg-client","name":"client","vpc_id":"vpc-1","ingress":[],"egress":[{"protocol":"-1","from_port":0,"to_port":0,"cidr_blocks":["0.0.0.0/0"]}]"#
            ),
            Self.resource(
                "aws_security_group", "server",
                values:
                    #""id":"sg-server","name":"server","vpc_id":"vpc-1","egress":[],"ingress":[\#(serverIngress.map { "{\($0)}" }.joined(separator: ","))]"#
            ),
            Self.resource(
                "aws_instance", "client",
                values:
                    #""id":"i-client","subnet_id":"subnet-client","private_ip":"10.0.1.10","public_ip":"","vpc_security_group_ids":["sg-client"]"#
            ),
            Self.resource(
                "aws_instance", "server",
                values:
                    #""id":"i-server","subnet_id":"subnet-server","private_ip":"10.0.2.20","public_ip":"","vpc_security_group_ids":["sg-server"]"#
            ),
        ]
        let all = (base + resources).joined(separator: ",\n")
        return #"{"format_version":"1.0","values":{"root_module":{"resources":[\#(all)]}}}"#
    }

    /// Imports the document as `hostile.json`.
    func snapshot() throws(InputError) -> NetworkSnapshot {
        try TerraformImporter.load(bytes: Array(text.utf8), file: "hostile.json")
    }

    /// Client to server over TCP `port`.
    static func question(port: UInt16) -> ReachabilityQuestion {
        ReachabilityQuestion(
            from: "aws_instance.client", to: "aws_instance.server", ports: PortRange(port))
    }
}

/// Imports `text` as `file`, returning the error it is rejected with, or `nil`.
func importError(_ text: String, file: String = "hostile.json") -> InputError? {
    importError(Array(text.utf8), file: file)
}

/// Imports `bytes` as `file`, returning the error they are rejected with, or `nil`.
func importError(_ bytes: [UInt8], file: String = "hostile.json") -> InputError? {
    do throws(InputError) {
        _ = try TerraformImporter.load(bytes: bytes, file: file)
        return nil
    } catch {
        return error
    }
}

/// A state with one resource.
func state(_ resources: String...) -> String {
    #"{"format_version":"1.0","values":{"root_module":{"resources":[\#(resources.joined(separator: ","))]}}}"#
}
