extension TerraformPlanGenerator {
    /// The network under construction: every resource before and after the plan.
    struct Draft {
        let size: BenchmarkSize
        var random: SplitMix64
        var before: [GeneratedResource] = []
        var after: [GeneratedResource] = []
        var ruleCount = 0
        var changedRules = 0

        init(size: BenchmarkSize, random: SplitMix64) {
            self.size = size
            self.random = random
        }

        var vpcCount: Int { size.vpcs }
        var subnetsPerVPC: Int { max(2, size.subnets / vpcCount) }
        var tablesPerVPC: Int { max(1, subnetsPerVPC / 5) }
        var aclsPerVPC: Int { max(1, size.networkACLs / vpcCount) }

        /// An AWS-looking id: `prefix-0` and 16 hex digits, unique per kind and number.
        static func id(_ prefix: String, _ kind: UInt64, _ number: Int) -> String {
            var mixed = kind << 40 ^ UInt64(number) &* 0x9E37_79B9_7F4A_7C15
            mixed ^= mixed >> 29
            let hex = String(mixed, radix: 16)
            return "\(prefix)-0" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        }

        static func arn(_ service: String, _ resource: String) -> String {
            "arn:aws:\(service):\(TerraformPlanGenerator.region):\(TerraformPlanGenerator.account):\(resource)"
        }

        static func tags(_ name: String, team: Int) -> String {
            let own =
                #"{"Name":"\#(name)","Team":"team-\#(team % 40)","CostCenter":"cc-\#(1000 + team % 97)"}"#
            let all =
                #"{"CostCenter":"cc-\#(1000 + team % 97)","ManagedBy":"terraform","Name":"\#(name)","Project":"network","Team":"team-\#(team % 40)"}"#
            return #""tags":\#(own),"tags_all":\#(all)"#
        }

        static func quoted(_ texts: [String]) -> String {
            "[" + texts.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        }

        /// JSON text as a JSON string (for `policy` attributes).
        static func escaped(_ json: String) -> String {
            var result = "\""
            for character in json {
                if character == "\"" || character == "\\" { result.append("\\") }
                result.append(character)
            }
            return result + "\""
        }

        mutating func add(_ type: String, _ name: String, _ index: Int?, _ values: String) {
            let resource = GeneratedResource(type: type, name: name, index: index, values: values)
            before.append(resource)
            after.append(resource)
        }

        /// Adds a resource whose values differ in the plan.
        mutating func add(
            _ type: String, _ name: String, _ index: Int?, before old: String, after new: String
        ) {
            before.append(GeneratedResource(type: type, name: name, index: index, values: old))
            after.append(GeneratedResource(type: type, name: name, index: index, values: new))
        }

        mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(max(1, bound))) }

        // Names of objects other parts refer to.
        func vpcID(_ vpc: Int) -> String { Self.id("vpc", 1, vpc) }
        func subnet(_ vpc: Int, _ slot: Int) -> Int { vpc + vpcCount * (slot % subnetsPerVPC) }
        func subnetID(_ index: Int) -> String { Self.id("subnet", 2, index) }
        func tableID(_ index: Int) -> String { Self.id("rtb", 3, index) }
        func aclID(_ index: Int) -> String { Self.id("acl", 4, index) }
        func natID(_ vpc: Int) -> String { Self.id("nat", 5, vpc) }
        func internetGatewayID(_ vpc: Int) -> String { Self.id("igw", 6, vpc) }
        func peeringID(_ index: Int) -> String { Self.id("pcx", 7, index) }
        func prefixListID(_ index: Int) -> String { Self.id("pl", 8, index) }
        func groupID(_ index: Int) -> String { Self.id("sg", 9, index) }
        func vpcCIDR(_ vpc: Int) -> String { "10.\(vpc).0.0/16" }
        func subnetCIDR(_ index: Int) -> String {
            "10.\(index % vpcCount).\(index / vpcCount).0/24"
        }
    }
}
