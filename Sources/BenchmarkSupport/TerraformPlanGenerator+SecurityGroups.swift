extension TerraformPlanGenerator.Draft {
    /// How a group's rules are declared.
    enum RuleStyle: Int {
        case inline = 0
        case vpcRuleResources = 1
        case legacyRuleResources = 2
    }

    static let commonPorts = [22, 80, 443, 3306, 5432, 5439, 6379, 8080, 8443, 9092, 9200, 27017]

    /// The general groups (a third each with inline rules, `aws_vpc_security_group_*_rule`
    /// and `aws_security_group_rule`), then the MWAA, Redshift and endpoint groups.
    mutating func addSecurityGroups() {
        let generalRules = max(generalGroupCount, size.rules - 3 * size.mwaaEnvironments)
        var ruleNumbers: [String: Int] = [:]
        for group in 0..<generalGroupCount {
            let count =
                generalRules / generalGroupCount
                + (group < generalRules % generalGroupCount ? 1 : 0)
            let rules = (0..<count).map { _ in randomRule(group: group) }
            addGroup(
                group, vpc: group % vpcCount, style: RuleStyle(rawValue: group % 3)!, rules: rules,
                ruleNumbers: &ruleNumbers)
        }
        for environment in 0..<size.mwaaEnvironments {
            addGroup(
                mwaaGroup(environment), vpc: environment % vpcCount, style: .inline,
                rules: [
                    GeneratedRule(
                        isIngress: true, protocolName: "-1", ports: 0...0, peer: .itself,
                        description: "Airflow components"),
                    GeneratedRule(
                        isIngress: false, protocolName: "-1", ports: 0...0,
                        peer: .cidr("0.0.0.0/0"), description: "Everything out"),
                ], ruleNumbers: &ruleNumbers)
            addGroup(
                redshiftGroup(environment), vpc: environment % vpcCount, style: .vpcRuleResources,
                rules: [
                    GeneratedRule(
                        isIngress: true, protocolName: "tcp", ports: 5439...5439,
                        peer: .group(groupID(mwaaGroup(environment))),
                        description: "Redshift from MWAA")
                ], ruleNumbers: &ruleNumbers, changes: false)
        }
        for vpc in 0..<vpcCount {
            addGroup(
                endpointGroup(vpc), vpc: vpc, style: .inline,
                rules: [
                    GeneratedRule(
                        isIngress: true, protocolName: "tcp", ports: 443...443,
                        peer: .cidr("10.0.0.0/8"), description: "HTTPS to endpoints")
                ], ruleNumbers: &ruleNumbers)
        }
    }

    private mutating func randomRule(group: Int) -> GeneratedRule {
        let vpc = group % vpcCount
        let isIngress = next(4) != 0
        let protocolRoll = next(20)
        let protocolName = protocolRoll == 0 ? "-1" : protocolRoll < 3 ? "udp" : "tcp"
        let ports: ClosedRange<Int>
        if next(4) == 0 {
            let start = 1024 + next(60000)
            ports = start...(start + next(100))
        } else {
            let port = Self.commonPorts[next(Self.commonPorts.count)]
            ports = port...port
        }
        let peer: GeneratedRule.Peer
        switch next(20) {
        case 0..<9:
            peer =
                next(2) == 0
                ? .cidr("10.\(next(vpcCount)).\(next(256)).0/24")
                : .cidr("172.\(16 + next(16)).\(next(256)).\(next(16) * 16)/28")
        case 9..<16:
            let sameVPC = (group / vpcCount + 1 + next(max(1, generalGroupCount / vpcCount - 1)))
            let other = min(generalGroupCount - 1, vpc + vpcCount * sameVPC)
            peer = .group(groupID(other % vpcCount == vpc ? other : group))
        case 16..<18: peer = .prefixList(prefixListID(next(size.prefixLists)))
        default: peer = .itself
        }
        return GeneratedRule(
            isIngress: isIngress, protocolName: protocolName, ports: ports, peer: peer,
            description: "rule \(next(100_000)) for service-\(next(500))")
    }

    private mutating func addGroup(
        _ group: Int, vpc: Int, style: RuleStyle, rules: [GeneratedRule],
        ruleNumbers: inout [String: Int],
        changes: Bool = true
    ) {
        var planned = rules
        if style != .inline {
            for (position, rule) in rules.enumerated() {
                let type =
                    style == .vpcRuleResources
                    ? "aws_vpc_security_group_\(rule.direction)_rule" : "aws_security_group_rule"
                let number = ruleNumbers[type, default: 0]
                ruleNumbers[type] = number + 1
                let id = Self.id("sgr", 21, ruleNumbers.values.reduce(0, +))
                let moved = changes && next(100) == 0 ? rule.moved : nil
                if let moved { planned[position] = moved }
                func values(_ rule: GeneratedRule) -> String {
                    style == .vpcRuleResources
                        ? rule.vpcRuleValues(group: groupID(group), id: id)
                        : rule.legacyRuleValues(group: groupID(group), id: id)
                }
                if let moved {
                    changedRules += 1
                    add(type, "app", number, before: values(rule), after: values(moved))
                } else {
                    add(type, "app", number, values(rule))
                }
            }
        }
        ruleCount += rules.count
        func values(_ rules: [GeneratedRule]) -> String {
            let ingress = rules.filter(\.isIngress).map(\.inlineBlock).joined(separator: ",")
            let egress = rules.filter { !$0.isIngress }.map(\.inlineBlock).joined(separator: ",")
            return
                #"{"arn":"\#(Self.arn("ec2", "security-group/\(groupID(group))"))","description":"Managed by Terraform","egress":[\#(egress)],"id":"\#(groupID(group))","ingress":[\#(ingress)],"name":"group-\#(group)","name_prefix":"","owner_id":"\#(TerraformPlanGenerator.account)","revoke_rules_on_delete":false,\#(Self.tags("group-\(group)", team: group)),"timeouts":null,"vpc_id":"\#(vpcID(vpc))"}"#
        }
        add("aws_security_group", "group", group, before: values(rules), after: values(planned))
    }
}
