import NetworkModel
import PolicyEvaluation
import Testing

@Suite("What MWAA needs through each endpoint")
struct MWAAEndpointRequirementsTests {
    static func requirements(kmsKeyARN: String? = nil) throws -> MWAAEndpointRequirements {
        try MWAAEndpointRequirements(
            region: "us-east-1", account: "111122223333", environmentName: "MyEnv",
            executionRoleARN: Sample.roleARN, dagBucketARN: "arn:aws:s3:::dag-bucket",
            kmsKeyARN: kmsKeyARN)
    }

    @Test(
        "each service's requests",
        arguments: [
            (
                "sqs", 6, "sqs:ReceiveMessage",
                "arn:aws:sqs:us-east-1:999999999999:airflow-celery-1234abcd-12ab-34cd-56ef-1234567890ab"
            ),
            (
                "logs", 8, "logs:PutLogEvents",
                "arn:aws:logs:us-east-1:111122223333:log-group:airflow-MyEnv-Task"
            ),
            ("logs", 8, "logs:DescribeLogGroups", "*"),
            ("monitoring", 1, "cloudwatch:PutMetricData", "*"),
            (
                "airflow.env", 1, "airflow:PublishMetrics",
                "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv"
            ),
            ("s3", 4, "s3:GetObject", "arn:aws:s3:::dag-bucket/dags/example_dag.py"),
            ("s3", 4, "s3:ListBucket", "arn:aws:s3:::dag-bucket"),
            (
                "s3", 4, "s3:GetObject",
                "arn:aws:s3:::prod-us-east-1-starport-layer-bucket/example-layer"
            ),
            (
                "kms", 8, "kms:Decrypt",
                "arn:aws:kms:us-east-1:999999999999:key/1234abcd-12ab-34cd-56ef-1234567890ab"
            ),
        ] as [(String, Int, String, String)])
    func requests(service: String, count: Int, action: String, resource: String) throws {
        let requests = try Self.requirements().requests(forService: service)
        #expect(requests.count == count)
        #expect(requests.contains { $0.action == action && $0.resource == resource })
        #expect(requests.allSatisfy { $0.principal.principalARN == Sample.roleARN })
    }

    @Test(
        "services the guide lists no actions for give no requests",
        arguments: ["airflow.api", "airflow.ops", "ecr.api", "ecr.dkr", "ec2"])
    func noRequests(service: String) throws {
        #expect(try Self.requirements().requests(forService: service).isEmpty)
    }

    @Test("KMS requests name the service they come through")
    func kmsViaService() throws {
        let requests = try Self.requirements(kmsKeyARN: "arn:aws:kms:us-east-1:111122223333:key/k")
            .requests(forService: "kms")
        let via = Set(requests.compactMap { $0.effectiveContext["kms:ViaService"]?.first })
        #expect(via == ["sqs.us-east-1.amazonaws.com", "s3.us-east-1.amazonaws.com"])
        #expect(requests.allSatisfy { $0.resource == "arn:aws:kms:us-east-1:111122223333:key/k" })
    }

    @Test("the queue belongs to an account other than the customer's")
    func queueAccount() throws {
        let own = try MWAAEndpointRequirements(
            region: "eu-west-1", account: "999999999999", environmentName: "E",
            executionRoleARN: "arn:aws:iam::999999999999:role/R", dagBucketARN: "arn:aws:s3:::b")
        #expect(!own.exampleQueueARN.contains(":999999999999:"))
    }

    @Test(
        "the execution role must be a role ARN",
        arguments: [Sample.sessionARN, Sample.userARN, "MyRole"])
    func badRole(arn: String) {
        #expect(throws: PolicyRequestError.self) {
            try MWAAEndpointRequirements(
                region: "us-east-1", account: "111122223333", environmentName: "E",
                executionRoleARN: arn,
                dagBucketARN: "arn:aws:s3:::b")
        }
    }

    @Test(
        "the default endpoint policy lets every MWAA request through, on either endpoint type",
        arguments: MWAAEndpointRequirements.serviceNames)
    func defaultPolicyAllows(service: String) throws {
        let type: VPCEndpointType = service == "s3" ? .gateway : .interface
        let endpoint = EndpointContext(
            type: type, vpcID: "vpc-1", endpointID: "vpce-1", sourceIP: "10.0.1.5")
        for request in try Self.requirements().requests(forService: service) {
            #expect(
                PolicyEvaluator.evaluate(.defaultEndpointPolicy, request.sent(through: endpoint))
                    .isAllowed)
        }
    }

    @Test(
        "restricted endpoint policies that break MWAA",
        arguments: [
            // Pins the resource account to the customer's: the queue is in an AWS-owned account.
            (
                "sqs",
                #""Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceAccount": "111122223333"}}"#,
                false
            ),
            (
                "sqs",
                #""Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": "arn:aws:sqs:us-east-1:*:airflow-celery-*""#,
                true
            ),
            // Names the role without its service-role/ path.
            (
                "logs",
                #""Effect": "Allow", "Principal": "*", "Action": "logs:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/MWAA-Exec"}}"#,
                false
            ),
            (
                "logs",
                #""Effect": "Allow", "Principal": "*", "Action": "logs:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}}"#,
                true
            ),
            (
                "logs",
                #""Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}, "Action": "logs:*", "Resource": "*""#,
                true
            ),
            (
                "monitoring",
                #""Effect": "Allow", "Principal": "*", "Action": "cloudwatch:PutMetricData", "Resource": "*""#,
                true
            ),
            (
                "monitoring",
                #""Effect": "Allow", "Principal": "*", "Action": "cloudwatch:PutMetricData", "Resource": "arn:aws:cloudwatch:*:*:*""#,
                false
            ),
            (
                "airflow.env",
                #""Effect": "Allow", "Principal": "*", "Action": "airflow:*", "Resource": "arn:aws:airflow:us-east-1:111122223333:environment/*""#,
                true
            ),
        ] as [(String, String, Bool)])
    func restrictedPolicies(service: String, members: String, allowsAll: Bool) throws {
        let policy = try PolicyDocument(text: Sample.policy(members))
        let endpoint = EndpointContext(
            type: .interface, vpcID: "vpc-1", endpointID: "vpce-1", sourceIP: "10.0.1.5")
        let requests = try Self.requirements().requests(forService: service)
        let allowed = requests.allSatisfy {
            PolicyEvaluator.evaluate(policy, $0.sent(through: endpoint)).isAllowed
        }
        #expect(allowed == allowsAll)
    }
}
