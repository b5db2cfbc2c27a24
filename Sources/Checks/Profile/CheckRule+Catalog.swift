extension CheckRule {
    private static let guide = "Amazon MWAA User Guide"

    public static let subnets = CheckRule(
        id: "mwaa-subnets", severity: .error,
        title: "An MWAA environment has exactly two subnets in two availability zones",
        description:
            "MWAA places its schedulers, workers and endpoints in exactly two subnets, which must be in different availability zones and in the VPC of the environment's security groups; otherwise creating or updating the environment fails.",
        help:
            "Set network_configuration.subnet_ids to two subnets of the environment's VPC in different availability zones.",
        source:
            "\(guide): About networking on Amazon MWAA; AWS::MWAA::Environment NetworkConfiguration",
        securitySeverity: 4.0, tags: ["mwaa", "availability"])

    public static let privateSubnets = CheckRule(
        id: "mwaa-private-subnets", severity: .error,
        title: "The environment's subnets are private",
        description:
            "MWAA requires private subnets: a route to an internet gateway from an environment subnet is rejected by MWAA and would expose its interfaces.",
        help:
            "Associate the environment's subnets with a route table without an internet gateway route; reach the internet through a NAT gateway in a public subnet if needed.",
        source: "\(guide): About networking on Amazon MWAA",
        securitySeverity: 6.0, tags: ["mwaa", "security", "routing"])

    public static let outboundRoute = CheckRule(
        id: "mwaa-outbound-route", severity: .error,
        title: "Public routing: both subnets route 0.0.0.0/0 to a NAT gateway in a public subnet",
        description:
            "With public routing, MWAA reaches its AWS services and PyPI through NAT: each environment subnet's route table must send 0.0.0.0/0 to a NAT gateway that sits in a subnet routing 0.0.0.0/0 to an internet gateway.",
        help:
            "Add aws_route resources sending 0.0.0.0/0 to a NAT gateway in a public subnet, for each environment subnet's route table.",
        source: "\(guide): Networking — public routing",
        securitySeverity: 4.0, tags: ["mwaa", "availability", "routing"])

    public static let vpcEndpoints = CheckRule(
        id: "mwaa-vpc-endpoints", severity: .error,
        title: "Private routing: every VPC endpoint MWAA needs exists and serves both subnets",
        description:
            "Without a NAT route, MWAA reaches airflow.api, airflow.env, airflow.ops, SQS, CloudWatch Logs, CloudWatch, ECR (api and dkr) and KMS (with a customer key) only through interface endpoints with private DNS on and an interface in each subnet's availability zone, and S3 through a gateway endpoint on both subnets' route tables. A missing or misconfigured endpoint leaves the environment in INCORRECT_CONFIGURATION.",
        help:
            "Create the missing aws_vpc_endpoint (Interface, private_dns_enabled = true, subnet_ids = the environment's subnets; Gateway for S3 with route_table_ids = the subnets' tables).",
        source:
            "\(guide): Managing access to VPC endpoints; Creating the required VPC service endpoints",
        securitySeverity: 4.0, tags: ["mwaa", "availability", "vpc-endpoint"])

    public static let selfReference = CheckRule(
        id: "mwaa-self-reference", severity: .error,
        title: "The environment's security groups admit themselves on TCP 5432 and 443",
        description:
            "MWAA's components talk to the metadata database (5432) and the web server (443) through endpoints carrying the environment's own groups; without a self-referencing ingress rule the environment is stuck creating (\"scheduler does not appear to be running\").",
        help:
            "Add aws_vpc_security_group_ingress_rule resources with referenced_security_group_id = the group's own id for TCP 5432 and 443 (or all traffic).",
        source: "\(guide): Security in your VPC on Amazon MWAA",
        securitySeverity: 4.0, tags: ["mwaa", "availability", "security-group"])

    public static let metadataDatabase = CheckRule(
        id: "mwaa-metadata-db", severity: .error,
        title:
            "TCP 5432 reaches the metadata database endpoint from both subnets, replies included",
        description:
            "Schedulers and workers in each subnet connect to the Aurora PostgreSQL metadata database through endpoint interfaces in both subnets; the flow must pass the groups, both subnets' network ACLs (including the stateless replies on ephemeral ports) and the routes.",
        help:
            "Apply the fix shown: the security group rule, network ACL entry or route that lets TCP 5432 and its replies through.",
        source: "\(guide): Security in your VPC; network ACLs",
        securitySeverity: 4.0, tags: ["mwaa", "availability", "reachability"])

    public static let webServer = CheckRule(
        id: "mwaa-webserver", severity: .error,
        title: "TCP 443 reaches a private web server from the environment and its users",
        description:
            "In PRIVATE_ONLY mode the Airflow web server is an interface endpoint in the environment's subnets carrying its groups; the environment itself and the networks users come from (--webserver-clients, by default the VPC) must reach it on 443, replies included.",
        help:
            "Apply the fix shown, or pass --webserver-clients with the networks your users really come from.",
        source: "\(guide): Apache Airflow access modes",
        securitySeverity: 3.0, tags: ["mwaa", "availability", "reachability"])

    public static let servicePath = CheckRule(
        id: "mwaa-service-path", severity: .error,
        title: "Every AWS service MWAA needs is reachable from both subnets",
        description:
            "Each required service must be reachable on 443 through its interface endpoint, the S3 gateway endpoint, or NAT — through the groups, network ACLs and routes in both directions.",
        help: "Apply the fix shown: the missing endpoint, egress rule, network ACL entry or route.",
        source: "\(guide): About networking on Amazon MWAA",
        securitySeverity: 4.0, tags: ["mwaa", "availability", "reachability"])

    public static let endpointPolicy = CheckRule(
        id: "mwaa-endpoint-policy", severity: .error,
        title: "Each endpoint's policy allows the requests MWAA makes through it",
        description:
            "A restricted endpoint policy must still allow the execution role's SQS, CloudWatch, S3 (DAG bucket and the ECR image-layer bucket) and KMS requests; a deny there breaks the environment although every packet gets through.",
        help:
            "Change the statement named in the evidence so that it allows the denied request (queues live in an MWAA-owned account; image layers in prod-REGION-starport-layer-bucket).",
        source: "\(guide): Managing access to VPC endpoints; Amazon MWAA execution role",
        securitySeverity: 4.0, tags: ["mwaa", "availability", "endpoint-policy"])

    public static let dataStore = CheckRule(
        id: "mwaa-data-store", severity: .error,
        title: "Each data store the environment depends on is reachable on its port",
        description:
            "The workers connect to the environment's data stores — by default every Redshift cluster and workgroup in its VPC or a peered VPC, plus those named in --intents — on their port (Redshift 5439), through both ends' groups, network ACLs and routes, replies included.",
        help:
            "Apply the fix shown, typically an ingress rule on the data store's group referencing the environment's group; list stores the environment does not use under exclude_data_stores in --intents.",
        source: "\(guide): Security in your VPC (data stores admitting the environment's group)",
        securitySeverity: 4.0, tags: ["mwaa", "availability", "reachability"])

    public static let executionRole = CheckRule(
        id: "mwaa-execution-role", severity: .warning,
        title: "The execution role allows what MWAA needs, and no more than it should",
        description:
            "The execution role's own policies must allow MWAA's SQS, CloudWatch, S3 (DAG bucket) and KMS requests; a `*` action or an unscoped s3:* grants far more than MWAA needs.",
        help:
            "Use the least-privilege execution policy of the MWAA guide: the actions it lists on the environment's own resources.",
        source: "\(guide): Amazon MWAA execution role",
        securitySeverity: 5.0, tags: ["mwaa", "iam", "least-privilege"])

    public static let trustPolicy = CheckRule(
        id: "mwaa-trust-policy", severity: .warning,
        title: "The execution role trusts MWAA only on behalf of this environment",
        description:
            "airflow.amazonaws.com and airflow-env.amazonaws.com must be able to assume the role, and conditions on aws:SourceAccount and aws:SourceArn must keep other accounts' environments from using it (the confused-deputy problem).",
        help:
            "Allow sts:AssumeRole to both service principals with StringEquals aws:SourceAccount = the account and ArnLike aws:SourceArn = the environment's ARN.",
        source: "\(guide): Cross-service confused deputy prevention",
        securitySeverity: 5.0, tags: ["mwaa", "iam", "confused-deputy"])

    public static let internetExposure = CheckRule(
        id: "internet-exposure", severity: .error,
        title:
            "Nothing of the environment, its data stores or endpoints is reachable from the internet",
        description:
            "Computed over every packet: a public address, an internet gateway route, both network ACLs and the security groups all let these packets in from the internet.",
        help:
            "Remove the public address or the internet gateway route, or narrow the group and network ACL rules named in the evidence.",
        source: "AWS network semantics (security groups, network ACLs, routes)",
        securitySeverity: 9.0, tags: ["security", "exposure"])

    public static let openToWorld = CheckRule(
        id: "open-to-world", severity: .warning,
        title: "No security group of these resources admits 0.0.0.0/0 or ::/0",
        description:
            "A rule admitting every address is one route table change away from internet exposure, even when no path reaches it today.",
        help:
            "Replace the CIDR with the group or networks that really connect (referenced_security_group_id).",
        source: "AWS security group best practices",
        securitySeverity: 7.0, tags: ["security", "exposure", "security-group"])

    public static let excessIngress = CheckRule(
        id: "excess-ingress", severity: .warning,
        title: "Security groups admit only what the profile and the intents need",
        description:
            "The ingress a group admits, beyond the flows the MWAA profile needs (self on 5432/443 or all traffic, web-server clients on 443, the environment to its data stores and endpoints) and the required intents, computed exactly per rule.",
        help:
            "Narrow or remove the rules named in the evidence, or declare the flow in --intents if it is needed.",
        source: "Least privilege (AWS Well-Architected, security pillar)",
        securitySeverity: 5.0, tags: ["security", "least-privilege", "security-group"])

    public static let permissiveNACL = CheckRule(
        id: "permissive-nacl", severity: .note,
        title: "Network ACLs of these subnets filter something",
        description:
            "A network ACL allowing all traffic from anywhere (as the default ACL does) adds no defence in depth.",
        help: "Give the subnets a network ACL that allows the flows they need and their replies.",
        source: "Amazon VPC User Guide: Control subnet traffic with network ACLs",
        securitySeverity: 2.0, tags: ["security", "defence-in-depth", "network-acl"])

    public static let permissiveEndpointPolicy = CheckRule(
        id: "permissive-endpoint-policy", severity: .note,
        title: "Endpoint policies fix who may use the endpoint",
        description:
            "A full-access endpoint policy, or one allowing Principal \"*\" with no condition fixing the caller, lets any credentials use the endpoint — including ones from other accounts (a data-exfiltration path).",
        help:
            "Restrict the policy to the execution role or the account (aws:PrincipalAccount), keeping the requests MWAA needs.",
        source: "Amazon VPC: Control access to VPC endpoints using endpoint policies",
        securitySeverity: 3.0, tags: ["security", "endpoint-policy"])

    public static let publicDataStore = CheckRule(
        id: "public-data-store", severity: .error,
        title: "Data stores are not public",
        description:
            "A data store flagged publicly accessible, or reachable on its port from outside its VPC and peered VPCs, exposes the warehouse or database.",
        help: "Set publicly_accessible = false and remove the path named in the evidence.",
        source: "Amazon Redshift / Amazon RDS: publicly accessible clusters",
        securitySeverity: 9.5, tags: ["security", "exposure", "data-store"])

    public static let intentRequired = CheckRule(
        id: "intent-required", severity: .error,
        title: "Every flow required in --intents gets through",
        description:
            "A flow the team declared as required is blocked, or only partly gets through.",
        help: "Apply the fix shown, or correct the intent.",
        source: "The intents file given with --intents",
        securitySeverity: 4.0, tags: ["intent", "reachability"])

    public static let intentForbidden = CheckRule(
        id: "intent-forbidden", severity: .error,
        title: "No flow forbidden in --intents gets through",
        description: "Some packets of a flow the team declared as forbidden get through.",
        help: "Remove or narrow the rules on the path named in the evidence.",
        source: "The intents file given with --intents",
        securitySeverity: 8.0, tags: ["intent", "security"])

    public static let unknownValue = CheckRule(
        id: "unknown-value", severity: .warning,
        title: "Verdicts do not depend on values the snapshot does not know",
        description:
            "A check's answer depends on a value Terraform knows only after apply, or on something not in the input; vpcreach does not guess. Error with --unknown fail.",
        help:
            "Check again on the state after apply, or add the missing input (e.g. --aws-ip-ranges, the other stack's state).",
        source: "vpcreach: exact or honest",
        securitySeverity: 3.0, tags: ["unknown"])

    /// Every rule, in the order findings are listed.
    public static let catalog: [CheckRule] = [
        subnets, privateSubnets, outboundRoute, vpcEndpoints, selfReference, metadataDatabase,
        webServer, servicePath, endpointPolicy, dataStore, executionRole, trustPolicy,
        internetExposure, publicDataStore, openToWorld, excessIngress, permissiveNACL,
        permissiveEndpointPolicy, intentRequired, intentForbidden, unknownValue,
    ]
}
