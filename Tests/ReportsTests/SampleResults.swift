import Checks
import Reports

/// Small results built by hand: two environments, every severity, a finding without a
/// location, and a message with everything the formats must escape.
enum SampleResults {
    static let analytics = "aws_mwaa_environment.analytics"
    static let reporting = "module.reporting.aws_mwaa_environment.this"

    /// `%`, `,`, `:`, a CR LF and an LF, XML and HTML specials, and non-ASCII text.
    static let trickyMessage = "100% open: 0.0.0.0/0, ::/0\r\nsecond line\nthird <&\"'> — café ✓"

    static let metadataRule = CheckRule(
        id: "mwaa-metadata-db", severity: .error,
        title: "The environment reaches its metadata database",
        description: "MWAA's workers talk to the metadata database on TCP 5432 within the group.",
        help: "Allow TCP 5432 from the environment's security group to itself.",
        source: "https://docs.aws.amazon.com/mwaa/latest/userguide/vpc-security.html",
        securitySeverity: 8, tags: ["mwaa", "network"])

    static let openRule = CheckRule(
        id: "open-to-world", severity: .warning,
        title: "No group admits the whole internet",
        description: "A security group admits 0.0.0.0/0 or ::/0.",
        help: "Narrow the source to the blocks that need access.",
        source: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
        securitySeverity: 6.45, tags: ["network", "exposure"])

    static let unknownRule = CheckRule(
        id: "unknown-value", severity: .note, title: "A value is known only after apply",
        description: "The verdict depends on a value the plan does not know.",
        help: "Apply, then check the state.", source: "docs/semantics.md",
        securitySeverity: 1, tags: ["plan"])

    static let metadataFinding = Finding(
        rule: "mwaa-metadata-db", severity: .error,
        message: "The environment cannot reach its metadata database on TCP 5432.",
        environment: analytics,
        resources: [
            FindingResource(
                address: "aws_security_group.mwaa", awsID: "sg-0123456789abcdef0",
                file: "examples/plan.json", line: 120, column: 7),
            FindingResource(address: "aws_mwaa_environment.analytics", file: "examples/plan.json"),
        ],
        evidence: Evidence(
            summary: "blocked at security-group-ingress",
            details: [
                "tcp 10.0.1.0/24:1024-65535 → 10.0.1.0/24:5432",
                "blocked at security-group-ingress sg-0123456789abcdef0 (no rule admits it)",
            ]),
        fixes: [
            FindingFix(
                summary: "Allow TCP 5432 within the group",
                terraform: """
                    resource "aws_vpc_security_group_ingress_rule" "mwaa_self_postgres" {
                      security_group_id            = aws_security_group.mwaa.id
                      referenced_security_group_id = aws_security_group.mwaa.id
                      ip_protocol                  = "tcp"
                      from_port                    = 5432
                      to_port                      = 5432
                    }
                    """),
            FindingFix(summary: "Or remove the deny rule"),
        ])

    static let trickyFinding = Finding(
        rule: "open-to-world", severity: .warning, message: trickyMessage,
        environment: reporting,
        resources: [
            FindingResource(
                address: "module.exposure.aws_security_group.this[\"a,b\"]",
                file: "plan, v2.json", line: 40)
        ],
        evidence: Evidence(summary: "admits 0.0.0.0/0 <all>", details: ["tcp 0.0.0.0/0 → *:22"]),
        fixes: [FindingFix(summary: "Narrow the source", terraform: "cidr_ipv4 = \"10.0.0.0/8\"")])

    static let unlocatedFinding = Finding(
        rule: "unknown-value", severity: .note,
        message: "The route's target is known only after apply.",
        resources: [FindingResource(address: "aws_route.private_nat")],
        evidence: Evidence(summary: "aws_route.private_nat.nat_gateway_id is (known after apply)"))

    /// Findings of every severity in two environments and in none, three suppressed.
    static let mixed = CheckResult(
        findings: [metadataFinding, trickyFinding, unlocatedFinding], suppressedCount: 3,
        environments: [analytics, reporting], inputs: ["examples/plan.json", "network.json"],
        rules: [metadataRule, openRule, unknownRule])

    /// Two environments, nothing found.
    static let clean = CheckResult(
        findings: [], environments: [analytics, reporting], inputs: ["examples/plan.json"],
        rules: [metadataRule, openRule, unknownRule])

    static func report(_ result: CheckResult) -> CheckReport {
        CheckReport(result: result, toolVersion: "0.1.0")
    }
}
