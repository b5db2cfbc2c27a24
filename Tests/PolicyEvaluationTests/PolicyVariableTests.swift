import PolicyEvaluation
import Testing

@Suite("Policy variables")
struct PolicyVariableTests {
    static let alice = Sample.userARN

    /// (Version, statement members, principal, resource, context, outcome).
    typealias Case = (
        version: String?, members: String, principal: String, resource: String,
        context: [String: [String]],
        outcome: PolicyDecision.Outcome
    )

    static let userFolder =
        #""Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*""#
    static let withDefault =
        #""Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username, 'shared'}/*""#
    static let ownAccountQueue =
        #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:*""#
    static let notUserFolder =
        #""Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::home/${aws:username}/*""#

    static let resourceCases: [Case] = [
        ("2012-10-17", userFolder, alice, "arn:aws:s3:::home/alice/notes.txt", [:], .allow),
        ("2012-10-17", userFolder, alice, "arn:aws:s3:::home/bob/notes.txt", [:], .implicitDeny),
        (
            "2012-10-17", userFolder, Sample.roleARN, "arn:aws:s3:::home/alice/notes.txt", [:],
            .implicitDeny
        ),
        (
            "2012-10-17", userFolder, Sample.roleARN, "arn:aws:s3:::home/${aws:username}/notes.txt",
            [:], .implicitDeny
        ),
        (
            "2012-10-17", userFolder, alice, "arn:aws:s3:::home/x/notes.txt",
            ["aws:username": ["x"]], .allow
        ),
        (
            "2012-10-17", userFolder, alice, "arn:aws:s3:::home/*/notes.txt",
            ["aws:username": ["*"]], .allow
        ),
        (
            "2012-10-17", userFolder, alice, "arn:aws:s3:::home/bob/notes.txt",
            ["aws:username": ["*"]], .implicitDeny
        ),
        (
            "2012-10-17", userFolder, alice, "arn:aws:s3:::home/a/notes.txt",
            ["aws:username": ["a", "b"]], .implicitDeny
        ),
        ("2008-10-17", userFolder, alice, "arn:aws:s3:::home/alice/notes.txt", [:], .implicitDeny),
        (
            "2008-10-17", userFolder, alice, "arn:aws:s3:::home/${aws:username}/notes.txt", [:],
            .allow
        ),
        (nil, userFolder, alice, "arn:aws:s3:::home/alice/notes.txt", [:], .implicitDeny),
        (nil, userFolder, alice, "arn:aws:s3:::home/${aws:username}/notes.txt", [:], .allow),
        ("2012-10-17", withDefault, alice, "arn:aws:s3:::home/alice/notes.txt", [:], .allow),
        (
            "2012-10-17", withDefault, Sample.roleARN, "arn:aws:s3:::home/shared/notes.txt", [:],
            .allow
        ),
        (
            "2012-10-17", withDefault, Sample.roleARN, "arn:aws:s3:::home/alice/notes.txt", [:],
            .implicitDeny
        ),
        (
            "2012-10-17", ownAccountQueue, Sample.roleARN, "arn:aws:sqs:us-east-1:111122223333:q",
            [:], .allow
        ),
        (
            "2012-10-17", ownAccountQueue, Sample.roleARN,
            "arn:aws:sqs:us-east-1:999999999999:airflow-celery-1", [:], .implicitDeny
        ),
        (
            "2008-10-17", ownAccountQueue, Sample.roleARN, "arn:aws:sqs:us-east-1:111122223333:q",
            [:], .implicitDeny
        ),
        (
            "2012-10-17", notUserFolder, alice, "arn:aws:s3:::home/alice/notes.txt", [:],
            .implicitDeny
        ),
        ("2012-10-17", notUserFolder, alice, "arn:aws:s3:::home/bob/notes.txt", [:], .allow),
        (
            "2012-10-17", notUserFolder, Sample.roleARN, "arn:aws:s3:::home/alice/notes.txt", [:],
            .allow
        ),
    ]

    @Test("variables in Resource are substituted only under 2012-10-17", arguments: resourceCases)
    func resource(
        version: String?, members: String, principal: String, resource: String,
        context: [String: [String]],
        outcome: PolicyDecision.Outcome
    ) throws {
        let request = try Sample.request(principal: principal, resource: resource, context: context)
        #expect(try Sample.outcome(Sample.policy(members, version: version), request) == outcome)
    }

    /// (Version, condition block, context, holds).
    static let conditionCases:
        [(version: String?, condition: String, context: [String: [String]], holds: Bool)] = [
            (
                "2012-10-17",
                #""StringEquals": {"aws:ResourceAccount": "${aws:PrincipalAccount}"}"#,
                ["aws:ResourceAccount": ["111122223333"]], true
            ),
            (
                "2012-10-17",
                #""StringEquals": {"aws:ResourceAccount": "${aws:PrincipalAccount}"}"#,
                ["aws:ResourceAccount": ["999999999999"]], false
            ),
            (
                "2008-10-17",
                #""StringEquals": {"aws:ResourceAccount": "${aws:PrincipalAccount}"}"#,
                ["aws:ResourceAccount": ["111122223333"]], false
            ),
            (
                "2008-10-17",
                #""StringEquals": {"aws:ResourceAccount": "${aws:PrincipalAccount}"}"#,
                ["aws:ResourceAccount": ["${aws:PrincipalAccount}"]], true
            ),
            (
                "2012-10-17", #""StringEquals": {"s3:prefix": "${aws:username}"}"#,
                ["s3:prefix": ["MWAA-Exec"]], false
            ),
            (
                "2012-10-17", #""StringNotEquals": {"s3:prefix": "${aws:username}"}"#,
                ["s3:prefix": ["anything"]], true
            ),
            (
                "2012-10-17", #""StringNotEquals": {"s3:prefix": ["${aws:username}", "home"]}"#,
                ["s3:prefix": ["home"]], false
            ),
            (
                "2012-10-17", #""StringEquals": {"s3:prefix": ["${aws:username}", "home"]}"#,
                ["s3:prefix": ["home"]], true
            ),
            (
                "2012-10-17", #""StringLike": {"s3:prefix": "${aws:username, 'guest'}/*"}"#,
                ["s3:prefix": ["guest/x"]], true
            ),
            (
                "2012-10-17", #""StringLike": {"s3:prefix": "${aws:username,'guest'}/*"}"#,
                ["s3:prefix": ["guest/x"]], true
            ),
            (
                "2012-10-17", #""StringLike": {"s3:prefix": "prefix-${*}"}"#,
                ["s3:prefix": ["prefix-*"]], true
            ),
            (
                "2012-10-17", #""StringLike": {"s3:prefix": "prefix-${*}"}"#,
                ["s3:prefix": ["prefix-x"]], false
            ),
            (
                "2012-10-17", #""StringLike": {"s3:prefix": "what${?}"}"#, ["s3:prefix": ["what?"]],
                true
            ),
            (
                "2012-10-17", #""StringLike": {"s3:prefix": "what${?}"}"#, ["s3:prefix": ["whatx"]],
                false
            ),
            (
                "2012-10-17", #""StringEquals": {"s3:prefix": "cost${$}"}"#,
                ["s3:prefix": ["cost$"]], true
            ),
            (
                "2008-10-17", #""StringEquals": {"s3:prefix": "cost${$}"}"#,
                ["s3:prefix": ["cost$"]], false
            ),
            (
                "2008-10-17", #""StringLike": {"s3:prefix": "a${*}b"}"#, ["s3:prefix": ["a${zz}b"]],
                true
            ),
            (
                "2012-10-17", #""StringEquals": {"s3:prefix": "${AWS:PRINCIPALACCOUNT}"}"#,
                ["s3:prefix": ["111122223333"]], true
            ),
            (
                "2012-10-17", #""StringEquals": {"s3:prefix": "${s3:custom}"}"#,
                ["s3:prefix": ["v"], "S3:Custom": ["v"]], true
            ),
            (
                "2012-10-17",
                #""ArnLike": {"aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/*"}"#,
                [:], true
            ),
            (
                "2012-10-17",
                #""ArnLike": {"aws:SourceArn": "arn:aws:airflow:*:${aws:PrincipalAccount}:*"}"#,
                ["aws:SourceArn": ["arn:aws:airflow:us-east-1:444455556666:environment/x"]], false
            ),
            (
                "2012-10-17",
                #""ArnNotLike": {"aws:SourceArn": "arn:aws:airflow:*:${aws:username}:*"}"#,
                ["aws:SourceArn": ["arn:aws:airflow:us-east-1:444455556666:environment/x"]], true
            ),
            (
                "2012-10-17",
                #""StringEqualsIgnoreCase": {"s3:prefix": "${aws:username, 'GUEST'}"}"#,
                ["s3:prefix": ["guest"]], true
            ),
        ]

    @Test(
        "variables in string and ARN conditions; escapes; missing variables",
        arguments: conditionCases)
    func condition(version: String?, condition: String, context: [String: [String]], holds: Bool)
        throws
    {
        let outcome = try Sample.outcome(
            Sample.allowAll(condition: condition, version: version),
            Sample.request(context: context))
        #expect(outcome == (holds ? .allow : .implicitDeny))
    }

    @Test("a missing variable is named in the explanation")
    func missingExplanation() throws {
        let policy = try PolicyDocument(text: Sample.policy(Self.userFolder))
        let decision = PolicyEvaluator.evaluate(
            policy, try Sample.request(resource: "arn:aws:s3:::home/alice/x"))
        let failure = try #require(decision.statements.first?.failures.first)
        #expect(failure.element == .resource)
        #expect(failure.explanation.contains("uses ${aws:username}, which the request lacks"))
    }

    @Test("under 2008-10-17 an unclosed ${ is ordinary text")
    func unclosedUnder2008() throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "arn:aws:s3:::b/${oops""#,
            version: "2008-10-17")
        let policy = try PolicyDocument(text: text)
        #expect(policy.version == .version2008)
        #expect(!policy.substitutesVariables)
        #expect(
            try Sample.outcome(text, Sample.request(resource: "arn:aws:s3:::b/${oops")) == .allow)
    }
}
