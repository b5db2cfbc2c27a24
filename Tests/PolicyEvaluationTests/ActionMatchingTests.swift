import PolicyEvaluation
import Testing

@Suite("Action and NotAction")
struct ActionMatchingTests {
    static let cases: [(pattern: String, action: String, matches: Bool)] = [
        ("*", "s3:GetObject", true),
        ("*", "sqs:SendMessage", true),
        ("s3:*", "s3:GetObject", true),
        ("s3:*", "sqs:SendMessage", false),
        ("s3:Get*", "s3:GetObject", true),
        ("s3:Get*", "s3:GetBucketPolicy", true),
        ("s3:Get*", "s3:PutObject", false),
        ("s3:GetObject", "s3:GetObject", true),
        ("s3:GetObject", "s3:GetObjectVersion", false),
        ("s3:GetObject*", "s3:GetObject", true),
        ("s3:GetObject*", "s3:GetObjectVersion", true),
        ("S3:GETOBJECT", "s3:GetObject", true),
        ("s3:getobject", "S3:GetObject", true),
        ("SQS:send*", "sqs:SendMessage", true),
        ("s3:Get?bject", "s3:GetObject", true),
        ("s3:Get?bject", "s3:GetObbject", false),
        ("s3:?etObject", "s3:GetObject", true),
        ("s3:GetObject?", "s3:GetObject", false),
        ("s3:*Object", "s3:PutObject", true),
        ("s3:*Object", "s3:PutObjectAcl", false),
        ("s3:*Object*", "s3:PutObjectAcl", true),
        ("sqs:*Message", "sqs:SendMessage", true),
        ("sqs:*Message", "sqs:SendMessageBatch", false),
        ("sqs:*Message*", "sqs:SendMessageBatch", true),
        ("kms:GenerateDataKey*", "kms:GenerateDataKey", true),
        ("kms:GenerateDataKey*", "kms:GenerateDataKeyWithoutPlaintext", true),
        ("kms:GenerateDataKey", "kms:GenerateDataKeyPair", false),
        ("s3:List*", "s3:ListBucket", true),
        ("s3:List*", "s3:GetBucketList", false),
        ("*:GetObject", "s3:GetObject", true),
        ("*:GetObject", "s3:PutObject", false),
        ("ec2:*", "ec2messages:GetMessages", false),
        ("logs:Get*", "logs:GetLogEvents", true),
        ("logs:Get*", "logs:DescribeLogGroups", false),
        ("cloudwatch:PutMetricData", "monitoring:PutMetricData", false),
        ("airflow:PublishMetrics", "airflow:PublishMetrics", true),
        ("s3:*Get*", "s3:GetObject", true),
        ("s3:**", "s3:GetObject", true),
        ("s3:G*t*O*", "s3:GetObject", true),
        ("s3:G*t*X*", "s3:GetObject", false),
    ]

    @Test("Action matches service:name patterns with * and ?, ignoring case", arguments: cases)
    func action(pattern: String, action: String, matches: Bool) throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "Action": "\#(pattern)", "Resource": "*""#)
        let outcome = try Sample.outcome(text, Sample.request(action: action))
        #expect(outcome == (matches ? .allow : .implicitDeny))
    }

    @Test("NotAction with Allow covers every action not listed", arguments: cases)
    func notAction(pattern: String, action: String, matches: Bool) throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "NotAction": "\#(pattern)", "Resource": "*""#)
        let outcome = try Sample.outcome(text, Sample.request(action: action))
        #expect(outcome == (matches ? .implicitDeny : .allow))
    }

    @Test(
        "a list of actions matches when any entry matches; a single string is a list of one",
        arguments: [
            (#"["sqs:SendMessage", "s3:GetObject"]"#, "s3:GetObject", true),
            (#"["sqs:SendMessage", "s3:GetObject"]"#, "sqs:SendMessage", true),
            (#"["sqs:SendMessage", "s3:GetObject"]"#, "s3:PutObject", false),
            (#"["s3:GetObject"]"#, "s3:GetObject", true),
            (#""s3:GetObject""#, "s3:GetObject", true),
        ])
    func lists(actions: String, action: String, matches: Bool) throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "Action": \#(actions), "Resource": "*""#)
        #expect(
            try Sample.outcome(text, Sample.request(action: action))
                == (matches ? .allow : .implicitDeny))
        let negated = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "NotAction": \#(actions), "Resource": "*""#)
        #expect(
            try Sample.outcome(negated, Sample.request(action: action))
                == (matches ? .implicitDeny : .allow))
    }

    @Test("the verdict names the action pattern that matched or failed")
    func explanation() throws {
        let policy = try PolicyDocument(
            text: Sample.policy(
                #""Effect": "Allow", "Principal": "*", "Action": ["sqs:*", "s3:Get*"], "Resource": "*""#
            ))
        let allowed = PolicyEvaluator.evaluate(policy, try Sample.request(action: "s3:GetObject"))
        let check = try #require(allowed.statements.first?.checks.first { $0.element == .action })
        #expect(check.explanation == "Action \"s3:Get*\" matches s3:GetObject")
        #expect(check.path == "Statement[0].Action")
        let denied = PolicyEvaluator.evaluate(policy, try Sample.request(action: "s3:PutObject"))
        let failure = try #require(denied.statements.first?.failures.first)
        #expect(failure.element == .action)
        #expect(
            failure.explanation.contains(
                "no Action pattern (\"sqs:*\", \"s3:Get*\") matches s3:PutObject"))
    }
}
