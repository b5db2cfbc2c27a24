/// The requests an Amazon MWAA environment's execution role makes through each VPC
/// endpoint, so a restricted endpoint policy can be checked against them.
///
/// From the "Endpoint policies" requirements of the MWAA user guide. Where the guide
/// names a pattern (`s3:GetObject*`, a queue in an AWS-owned account), the requests use
/// a concrete example of it: ``exampleQueueARN``, ``exampleDAGObjectARN``,
/// ``starportLayerObjectARN``. The requests carry no endpoint context; add it with
/// ``PolicyRequest/sent(through:)``.
public struct MWAAEndpointRequirements: Sendable, Hashable {
    /// The endpoint services MWAA needs in private routing, as short names
    /// (`com.amazonaws.REGION.` + name).
    public static let serviceNames = [
        "airflow.api", "airflow.env", "airflow.ops", "sqs", "logs", "monitoring", "kms", "ecr.api",
        "ecr.dkr", "s3",
    ]

    /// `aws`, `aws-cn` or `aws-us-gov`.
    public let partition: String
    /// The environment's region, such as `us-east-1`.
    public let region: String
    /// The customer's 12-digit account.
    public let account: String
    /// The environment's name.
    public let environmentName: String
    /// The execution role ARN with its path, such as
    /// `arn:aws:iam::111122223333:role/service-role/AmazonMWAA-MyEnv-abc123`.
    public let executionRole: RequestPrincipal
    /// The DAG bucket, `arn:aws:s3:::BUCKET`.
    public let dagBucketARN: String
    /// A customer-managed KMS key, or `nil` for the AWS-owned key.
    public let kmsKeyARN: String?

    /// Creates the requirements of one environment.
    ///
    /// - Throws: ``PolicyRequestError`` when the execution role ARN is not a role ARN.
    public init(
        region: String, account: String, environmentName: String, executionRoleARN: String,
        dagBucketARN: String, kmsKeyARN: String? = nil, partition: String = "aws"
    ) throws(PolicyRequestError) {
        let role = try RequestPrincipal(executionRoleARN)
        guard role.kind == .role else {
            throw PolicyRequestError(
                message: "the execution role must be given as a role ARN with its path, such as "
                    + "arn:aws:iam::111122223333:role/service-role/MyRole; found \(executionRoleARN)"
            )
        }
        self.partition = partition
        self.region = region
        self.account = account
        self.environmentName = environmentName
        self.executionRole = role
        self.dagBucketARN = dagBucketARN
        self.kmsKeyARN = kmsKeyARN
    }

    /// An account standing for the AWS-owned accounts that hold MWAA's queues and the
    /// AWS-owned key; never the customer's.
    public var serviceOwnedAccount: String {
        account == "999999999999" ? "888888888888" : "999999999999"
    }

    /// A Celery queue as MWAA creates it, in an AWS-owned account; the guide's pattern is
    /// `arn:aws:sqs:REGION:*:airflow-celery-*`.
    public var exampleQueueARN: String {
        "arn:\(partition):sqs:\(region):\(serviceOwnedAccount):airflow-celery-1234abcd-12ab-34cd-56ef-1234567890ab"
    }

    /// One of the environment's log groups (`airflow-ENVNAME-Task`).
    public var logGroupARN: String {
        "arn:\(partition):logs:\(region):\(account):log-group:airflow-\(environmentName)-Task"
    }

    /// The environment's ARN.
    public var environmentARN: String {
        "arn:\(partition):airflow:\(region):\(account):environment/\(environmentName)"
    }

    /// A DAG file in the DAG bucket.
    public var exampleDAGObjectARN: String { "\(dagBucketARN)/dags/example_dag.py" }

    /// An object in the AWS-owned bucket holding container image layers,
    /// `arn:aws:s3:::prod-REGION-starport-layer-bucket/*`.
    public var starportLayerObjectARN: String {
        "arn:\(partition):s3:::prod-\(region)-starport-layer-bucket/example-layer"
    }

    /// The key KMS requests use: the customer's key, or one in an AWS-owned account.
    public var effectiveKMSKeyARN: String {
        kmsKeyARN
            ?? "arn:\(partition):kms:\(region):\(serviceOwnedAccount):key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }

    /// The requests the execution role makes through the endpoint for `serviceName`
    /// (`sqs`, `logs`, `monitoring`, `s3`, `kms`, `airflow.env`, …). Services the guide
    /// lists no actions for (`airflow.api`, `airflow.ops`, `ecr.api`, `ecr.dkr`) and
    /// names MWAA does not use give no requests.
    public func requests(forService serviceName: String) throws(PolicyRequestError)
        -> [PolicyRequest]
    {
        var requests: [PolicyRequest] = []
        func add(_ actions: [String], on resource: String, context: PolicyContext = PolicyContext())
            throws(PolicyRequestError)
        {
            for action in actions {
                requests.append(
                    try PolicyRequest(
                        principal: executionRole, action: action, resource: resource,
                        context: context))
            }
        }
        switch serviceName {
        case "sqs":
            try add(
                [
                    "sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                    "sqs:GetQueueUrl", "sqs:ReceiveMessage", "sqs:SendMessage",
                ], on: exampleQueueARN)
        case "logs":
            try add(
                [
                    "logs:CreateLogStream", "logs:CreateLogGroup", "logs:PutLogEvents",
                    "logs:GetLogEvents",
                    "logs:GetLogRecord", "logs:GetLogGroupFields", "logs:GetQueryResults",
                ], on: logGroupARN)
            try add(["logs:DescribeLogGroups"], on: "*")
        case "monitoring":
            try add(["cloudwatch:PutMetricData"], on: "*")
        case "airflow.env":
            try add(["airflow:PublishMetrics"], on: environmentARN)
        case "s3":
            try add(["s3:GetObject"], on: exampleDAGObjectARN)
            try add(["s3:GetBucketPublicAccessBlock", "s3:ListBucket"], on: dagBucketARN)
            try add(["s3:GetObject"], on: starportLayerObjectARN)
        case "kms":
            for service in ["sqs", "s3"] {
                try add(
                    ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey", "kms:Encrypt"],
                    on: effectiveKMSKeyARN,
                    context: ["kms:ViaService": ["\(service).\(region).amazonaws.com"]])
            }
        default:
            break
        }
        return requests
    }
}
