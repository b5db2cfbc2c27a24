/// Generates a realistic, deterministic organisation network as Terraform JSON: VPCs
/// peered in a chain, subnets, route tables, NACLs (inline and separate entries),
/// security groups with inline rules, `aws_vpc_security_group_*_rule` and
/// `aws_security_group_rule` resources (with the provider's inline mirrors), group
/// references and prefix lists, MWAA environments with Redshift clusters and roles,
/// and VPC endpoints with policies. The same size and seed give the same bytes.
public struct TerraformPlanGenerator: Sendable {
    public let size: BenchmarkSize
    public let seed: UInt64

    static let account = "111122223333"
    static let region = "eu-west-1"

    public init(size: BenchmarkSize, seed: UInt64 = 7) {
        self.size = size
        self.seed = seed
    }

    /// Builds the state and the plan.
    public func generate() -> GeneratedPlan {
        var draft = Draft(size: size, random: SplitMix64(seed: seed))
        draft.addNetwork()
        draft.addPrefixLists()
        draft.addWorkloads()
        draft.addEndpoints()
        draft.addSecurityGroups()
        return GeneratedPlan(
            state: Self.stateDocument(draft.before), plan: Self.planDocument(draft),
            resourceCount: draft.before.count, ruleCount: draft.ruleCount,
            changedRules: draft.changedRules, whyFrom: "aws_mwaa_environment.env[0]",
            whyTo: "aws_redshift_cluster.dw[0]")
    }

    static func stateDocument(_ resources: [GeneratedResource]) -> [UInt8] {
        var text =
            #"{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{"resources":["#
        append(resources.map(\.stateObject), to: &text)
        text += "]}}}"
        return Array(text.utf8)
    }

    static func planDocument(_ draft: Draft) -> [UInt8] {
        var text =
            #"{"format_version":"1.2","terraform_version":"1.9.8","planned_values":{"root_module":{"resources":["#
        append(draft.after.map(\.stateObject), to: &text)
        text += #"]}},"resource_changes":["#
        append(
            zip(draft.before, draft.after).map { GeneratedResource.change(before: $0, after: $1) },
            to: &text)
        text +=
            #"],"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{"resources":["#
        append(draft.before.map(\.stateObject), to: &text)
        text +=
            #"]}}},"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","expressions":{"region":{"constant_value":"eu-west-1"}}}},"root_module":{"resources":["#
        append(configurationResources(draft.before), to: &text)
        text +=
            #"]}},"timestamp":"2026-01-01T00:00:00Z","applyable":true,"complete":true,"errored":false}"#
        return Array(text.utf8)
    }

    /// One configuration entry per resource block, with its `count`.
    static func configurationResources(_ resources: [GeneratedResource]) -> [String] {
        var counts: [String: Int] = [:]
        var order: [GeneratedResource] = []
        for resource in resources {
            let key = "\(resource.type).\(resource.name)"
            if counts[key] == nil { order.append(resource) }
            counts[key, default: 0] += 1
        }
        return order.map { resource in
            let key = "\(resource.type).\(resource.name)"
            return
                #"{"address":"\#(key)","mode":"managed","type":"\#(resource.type)","name":"\#(resource.name)","provider_config_key":"aws","expressions":{},"schema_version":0,"count_expression":{"constant_value":\#(counts[key]!)}}"#
        }
    }

    private static func append(_ parts: [String], to text: inout String) {
        var first = true
        for part in parts {
            if !first { text += "," }
            text += part
            first = false
        }
    }
}
