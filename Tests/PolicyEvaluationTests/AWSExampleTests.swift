import NetworkModel
import PolicyEvaluation
import Testing

/// Policies as AWS documents them, filled in for one environment.
@Suite("AWS's documented policies")
struct AWSExampleTests {
    /// The MWAA user guide's execution-role policy for an environment using the
    /// AWS-owned KMS key (region us-east-1, account 111122223333, environment MyEnv,
    /// bucket dag-bucket).
    static let executionPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "airflow:PublishMetrics",
             "Resource": "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv"},
            {"Effect": "Deny", "Action": "s3:ListAllMyBuckets",
             "Resource": ["arn:aws:s3:::dag-bucket", "arn:aws:s3:::dag-bucket/*"]},
            {"Effect": "Allow", "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
             "Resource": ["arn:aws:s3:::dag-bucket", "arn:aws:s3:::dag-bucket/*"]},
            {"Effect": "Allow",
             "Action": ["logs:CreateLogStream", "logs:CreateLogGroup", "logs:PutLogEvents", "logs:GetLogEvents",
                        "logs:GetLogRecord", "logs:GetLogGroupFields", "logs:GetQueryResults"],
             "Resource": ["arn:aws:logs:us-east-1:111122223333:log-group:airflow-MyEnv-*"]},
            {"Effect": "Allow", "Action": ["logs:DescribeLogGroups"], "Resource": ["*"]},
            {"Effect": "Allow", "Action": ["s3:GetAccountPublicAccessBlock"], "Resource": ["*"]},
            {"Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*"},
            {"Effect": "Allow",
             "Action": ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                        "sqs:GetQueueUrl", "sqs:ReceiveMessage", "sqs:SendMessage"],
             "Resource": "arn:aws:sqs:us-east-1:*:airflow-celery-*"},
            {"Effect": "Allow", "Action": ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey*", "kms:Encrypt"],
             "NotResource": "arn:aws:kms:*:111122223333:key/*",
             "Condition": {"StringLike": {"kms:ViaService": ["sqs.us-east-1.amazonaws.com"]}}}
          ]
        }
        """

    static let requirements = try! MWAAEndpointRequirements(
        region: "us-east-1", account: "111122223333", environmentName: "MyEnv",
        executionRoleARN: Sample.roleARN,
        dagBucketARN: "arn:aws:s3:::dag-bucket")

    @Test(
        "the execution policy allows what MWAA needs",
        arguments: ["sqs", "logs", "monitoring", "airflow.env"])
    func executionPolicyAllows(service: String) throws {
        let policy = try PolicyDocument(text: Self.executionPolicy, kind: .identityBased)
        for request in try Self.requirements.requests(forService: service) {
            let decision = PolicyEvaluator.evaluate(policy, request)
            #expect(decision.isAllowed, "\(request.action) on \(request.resource): \(decision)")
        }
    }

    @Test(
        "the execution policy's KMS statement: NotResource plus kms:ViaService",
        arguments: [
            // The AWS-owned key is in another account, so NotResource covers it.
            (
                "kms:Decrypt", "arn:aws:kms:us-east-1:999999999999:key/k",
                "sqs.us-east-1.amazonaws.com", PolicyDecision.Outcome.allow
            ),
            (
                "kms:GenerateDataKeyWithoutPlaintext", "arn:aws:kms:us-east-1:999999999999:key/k",
                "sqs.us-east-1.amazonaws.com", .allow
            ),
            (
                "kms:Encrypt", "arn:aws:kms:eu-west-1:999999999999:key/k",
                "sqs.us-east-1.amazonaws.com", .allow
            ),
            // Only through SQS in this example.
            (
                "kms:Decrypt", "arn:aws:kms:us-east-1:999999999999:key/k",
                "s3.us-east-1.amazonaws.com", .implicitDeny
            ),
            ("kms:Decrypt", "arn:aws:kms:us-east-1:999999999999:key/k", nil, .implicitDeny),
            // The customer's own keys are excluded by NotResource.
            (
                "kms:Decrypt", "arn:aws:kms:us-east-1:111122223333:key/k",
                "sqs.us-east-1.amazonaws.com", .implicitDeny
            ),
            (
                "kms:CreateGrant", "arn:aws:kms:us-east-1:999999999999:key/k",
                "sqs.us-east-1.amazonaws.com", .implicitDeny
            ),
        ] as [(String, String, String?, PolicyDecision.Outcome)])
    func kmsStatement(action: String, key: String, via: String?, expected: PolicyDecision.Outcome)
        throws
    {
        let request = try Sample.request(
            action: action, resource: key, context: via.map { ["kms:ViaService": [$0]] } ?? [:])
        #expect(try Sample.outcome(Self.executionPolicy, request, kind: .identityBased) == expected)
    }

    @Test(
        "the execution policy on S3",
        arguments: [
            ("s3:GetObject", "arn:aws:s3:::dag-bucket/dags/a.py", PolicyDecision.Outcome.allow),
            ("s3:GetObjectVersion", "arn:aws:s3:::dag-bucket/requirements.txt", .allow),
            ("s3:GetBucketPublicAccessBlock", "arn:aws:s3:::dag-bucket", .allow),
            ("s3:ListBucket", "arn:aws:s3:::dag-bucket", .allow),
            ("s3:PutObject", "arn:aws:s3:::dag-bucket/dags/a.py", .implicitDeny),
            ("s3:GetObject", "arn:aws:s3:::other-bucket/a.py", .implicitDeny),
            ("s3:ListAllMyBuckets", "arn:aws:s3:::dag-bucket", .explicitDeny),
            ("s3:ListAllMyBuckets", "*", .implicitDeny),
            ("s3:GetAccountPublicAccessBlock", "*", .allow),
        ] as [(String, String, PolicyDecision.Outcome)])
    func executionPolicyS3(action: String, resource: String, expected: PolicyDecision.Outcome)
        throws
    {
        #expect(
            try Sample.outcome(
                Self.executionPolicy, Sample.request(action: action, resource: resource),
                kind: .identityBased) == expected)
    }

    /// Amazon ECR's documented minimum S3 gateway endpoint policy, with the DAG bucket
    /// MWAA also reads.
    static func gatewayPolicy(
        layerBucket: String = "prod-us-east-1-starport-layer-bucket", principal: String = #""*""#
    ) -> String {
        """
        {
          "Statement": [
            {"Sid": "Access-to-specific-bucket-only", "Principal": \(principal), "Action": ["s3:GetObject"],
             "Effect": "Allow", "Resource": ["arn:aws:s3:::\(layerBucket)/*"]},
            {"Sid": "DagBucket", "Principal": \(principal), "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
             "Effect": "Allow", "Resource": ["arn:aws:s3:::dag-bucket", "arn:aws:s3:::dag-bucket/*"]}
          ]
        }
        """
    }

    static let gateway = EndpointContext(
        type: .gateway, vpcID: "vpc-1", endpointID: "vpce-0s3", sourceIP: "10.0.1.5")

    @Test(
        "the S3 gateway endpoint policy must allow the starport layer bucket",
        arguments: [
            (gatewayPolicy(), true),
            (gatewayPolicy(layerBucket: "prod-eu-west-1-starport-layer-bucket"), false),
            (gatewayPolicy(layerBucket: "prod-starport-layer-bucket"), false),
            (gatewayPolicy(layerBucket: "prod-*-starport-layer-bucket"), true),
            (gatewayPolicy(principal: #"{"AWS": "*"}"#), true),
            // Through a gateway endpoint an account principal means only the root user.
            (gatewayPolicy(principal: #"{"AWS": "111122223333"}"#), false),
            (gatewayPolicy(principal: #"{"AWS": "arn:aws:iam::111122223333:root"}"#), false),
        ] as [(String, Bool)])
    func gatewayEndpoint(text: String, allowsAll: Bool) throws {
        let policy = try PolicyDocument(text: text)
        let requests = try Self.requirements.requests(forService: "s3")
        let starport = try #require(requests.last)
        #expect(
            starport.resource == "arn:aws:s3:::prod-us-east-1-starport-layer-bucket/example-layer")
        let allowed = requests.allSatisfy {
            PolicyEvaluator.evaluate(policy, $0.sent(through: Self.gateway)).isAllowed
        }
        #expect(allowed == allowsAll)
    }

    @Test("an account principal works on an interface endpoint but not a gateway one")
    func accountPrincipalByEndpointType() throws {
        let policy = try PolicyDocument(
            text: Self.gatewayPolicy(principal: #"{"AWS": "111122223333"}"#))
        let request = try #require(try Self.requirements.requests(forService: "s3").first)
        let interface = EndpointContext(type: .interface, vpcID: "vpc-1", endpointID: "vpce-1")
        #expect(PolicyEvaluator.evaluate(policy, request.sent(through: interface)).isAllowed)
        #expect(!PolicyEvaluator.evaluate(policy, request.sent(through: Self.gateway)).isAllowed)
    }

    /// aws-samples/data-perimeter-policy-examples' default endpoint policy, with an
    /// organization ID filled in.
    static let dataPerimeterPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "AllowRequestsByOrgsIdentitiesToOrgsResources", "Effect": "Allow", "Principal": "*",
             "Action": "*", "Resource": "*",
             "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:ResourceOrgID": "o-a1b2c3d4e5"}}},
            {"Sid": "AllowRequestsByAWSServicePrincipals", "Effect": "Allow", "Principal": "*",
             "Action": "*", "Resource": "*",
             "Condition": {"Bool": {"aws:PrincipalIsAWSService": "true"}}},
            {"Sid": "AllowRequestsByOrgsIdentitiesToAnyResources", "Effect": "Allow", "Principal": "*",
             "Action": "*", "Resource": "*",
             "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:PrincipalTag/dp:exclude:resource": "true"}}}
          ]
        }
        """

    @Test(
        "the data-perimeter endpoint policy blocks MWAA's queue, which is outside the organization",
        arguments: [
            (
                ["aws:PrincipalOrgID": ["o-a1b2c3d4e5"], "aws:ResourceOrgID": ["o-a1b2c3d4e5"]],
                PolicyDecision.Outcome.allow
            ),
            (["aws:PrincipalOrgID": ["o-a1b2c3d4e5"]], .implicitDeny),
            (
                ["aws:PrincipalOrgID": ["o-a1b2c3d4e5"], "aws:ResourceOrgID": ["o-mwaaowned00"]],
                .implicitDeny
            ),
            (
                [
                    "aws:PrincipalOrgID": ["o-a1b2c3d4e5"],
                    "aws:PrincipalTag/dp:exclude:resource": ["true"],
                ], .allow
            ),
            (["aws:PrincipalIsAWSService": ["true"]], .allow),
        ] as [([String: [String]], PolicyDecision.Outcome)])
    func dataPerimeter(context: [String: [String]], expected: PolicyDecision.Outcome) throws {
        let queue = try #require(try Self.requirements.requests(forService: "sqs").first)
        let request = try PolicyRequest(
            principal: queue.principal, action: queue.action, resource: queue.resource,
            context: PolicyContext(context))
        let endpoint = EndpointContext(type: .interface, vpcID: "vpc-1", endpointID: "vpce-1")
        #expect(
            PolicyEvaluator.evaluate(
                try PolicyDocument(text: Self.dataPerimeterPolicy), request.sent(through: endpoint)
            ).outcome == expected)
        #expect(
            try PolicyDocument(text: Self.dataPerimeterPolicy).permissiveStatements.map(\.sid) == [
                "AllowRequestsByOrgsIdentitiesToOrgsResources",
                "AllowRequestsByAWSServicePrincipals",
                "AllowRequestsByOrgsIdentitiesToAnyResources",
            ])
    }
}
