/// One atomic security group rule of a generated plan, written in each of the three
/// shapes Terraform has for it.
struct GeneratedRule {
    enum Peer {
        case cidr(String)
        case group(String)
        case prefixList(String)
        case itself
    }

    var isIngress: Bool
    /// `tcp`, `udp` or `-1`.
    var protocolName: String
    var ports: ClosedRange<Int>
    var peer: Peer
    var description: String

    var direction: String { isIngress ? "ingress" : "egress" }

    /// The same rule one port higher (a plan's change), when it has ports to move.
    var moved: GeneratedRule? {
        guard protocolName != "-1", ports.upperBound < 65535 else { return nil }
        var result = self
        result.ports = (ports.lowerBound + 1)...(ports.upperBound + 1)
        return result
    }

    private var fromPort: Int { protocolName == "-1" ? 0 : ports.lowerBound }
    private var toPort: Int { protocolName == "-1" ? 0 : ports.upperBound }

    /// An `ingress` / `egress` block of `aws_security_group` (inline, or the provider's
    /// mirror of a separate rule).
    var inlineBlock: String {
        var cidrs = "[]"
        var groups = "[]"
        var lists = "[]"
        var isSelf = false
        switch peer {
        case .cidr(let cidr): cidrs = #"["\#(cidr)"]"#
        case .group(let id): groups = #"["\#(id)"]"#
        case .prefixList(let id): lists = #"["\#(id)"]"#
        case .itself: isSelf = true
        }
        return
            #"{"cidr_blocks":\#(cidrs),"description":"\#(description)","from_port":\#(fromPort),"ipv6_cidr_blocks":[],"prefix_list_ids":\#(lists),"protocol":"\#(protocolName)","security_groups":\#(groups),"self":\#(isSelf),"to_port":\#(toPort)}"#
    }

    /// `aws_vpc_security_group_ingress_rule` / `_egress_rule` values.
    func vpcRuleValues(group: String, id: String) -> String {
        var cidr = "null"
        var referenced = "null"
        var list = "null"
        switch peer {
        case .cidr(let block): cidr = "\"\(block)\""
        case .group(let other): referenced = "\"\(other)\""
        case .prefixList(let other): list = "\"\(other)\""
        case .itself: referenced = "\"\(group)\""
        }
        let ports =
            protocolName == "-1"
            ? #""from_port":null,"to_port":null"#
            : #""from_port":\#(ports.lowerBound),"to_port":\#(ports.upperBound)"#
        return
            #"{"arn":"arn:aws:ec2:eu-west-1:111122223333:security-group-rule/\#(id)","cidr_ipv4":\#(cidr),"cidr_ipv6":null,"description":"\#(description)",\#(ports),"id":"\#(id)","ip_protocol":"\#(protocolName)","prefix_list_id":\#(list),"referenced_security_group_id":\#(referenced),"security_group_id":"\#(group)","security_group_rule_id":"\#(id)","tags":null,"tags_all":{}}"#
    }

    /// `aws_security_group_rule` values.
    func legacyRuleValues(group: String, id: String) -> String {
        var cidrs = "[]"
        var source = "null"
        var lists = "[]"
        var isSelf = false
        switch peer {
        case .cidr(let cidr): cidrs = #"["\#(cidr)"]"#
        case .group(let other): source = "\"\(other)\""
        case .prefixList(let other): lists = #"["\#(other)"]"#
        case .itself: isSelf = true
        }
        return
            #"{"cidr_blocks":\#(cidrs),"description":"\#(description)","from_port":\#(fromPort),"id":"sgrule-\#(id.dropFirst(5))","ipv6_cidr_blocks":[],"prefix_list_ids":\#(lists),"protocol":"\#(protocolName)","security_group_id":"\#(group)","security_group_rule_id":"\#(id)","self":\#(isSelf),"source_security_group_id":\#(source),"timeouts":null,"to_port":\#(toPort),"type":"\#(direction)"}"#
    }
}
