import PolicyEvaluation
import Testing

@Suite("Permissive statements")
struct PermissiveStatementTests {
    static let everything = #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*""#
    static let getObject =
        #""Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::dag-bucket/*""#

    static func with(_ base: String, _ condition: String) -> String {
        base + #", "Condition": {"# + condition + "}"
    }

    /// (statement members, reasons).
    static let cases: [(members: String, reasons: [PermissivenessReason])] = [
        (everything, [.fullAccess, .unrestrictedCaller]),
        (
            #""Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "*", "Resource": "*""#,
            [.fullAccess, .unrestrictedCaller]
        ),
        (
            #""Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", "*"], "Resource": "*""#,
            [.fullAccess, .unrestrictedCaller]
        ),
        (getObject, [.unrestrictedCaller]),
        (
            #""Effect": "Allow", "Principal": {"AWS": ["*", "111122223333"]}, "Action": "s3:GetObject", "Resource": "*""#,
            [.unrestrictedCaller]
        ),
        (
            #""Effect": "Allow", "NotPrincipal": {"AWS": "111122223333"}, "Action": "s3:GetObject", "Resource": "*""#,
            [.unrestrictedCaller]
        ),
        (
            #""Effect": "Allow", "Principal": "*", "NotAction": "iam:*", "Resource": "*""#,
            [.unrestrictedCaller]
        ),
        (
            #""Effect": "Allow", "Principal": "*", "Action": "*", "NotResource": "arn:aws:s3:::secret/*""#,
            [.unrestrictedCaller]
        ),
        (#""Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*""#, []),
        (
            #""Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "*", "Resource": "*""#,
            []
        ),
        (
            #""Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}, "Action": "*", "Resource": "*""#,
            []
        ),
        (
            #""Effect": "Allow", "Principal": {"Service": "airflow.amazonaws.com"}, "Action": "*", "Resource": "*""#,
            []
        ),
        (
            with(everything, #""StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}"#),
            [.fullAccess]
        ),
        (with(getObject, #""StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}"#), []),
        (
            with(
                getObject,
                #""StringEquals": {"aws:PrincipalAccount": ["111122223333", "444455556666"]}"#), []
        ),
        (with(getObject, #""StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}"#), []),
        (with(getObject, #""StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}"#), []),
        (
            with(
                getObject,
                #""ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#
            ), []
        ),
        (
            with(
                getObject,
                #""StringEquals": {"aws:SourceArn": "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv"}"#
            ), []
        ),
        (with(getObject, #""StringEquals": {"aws:SourceAccount": "111122223333"}"#), []),
        (with(getObject, #""StringEquals": {"aws:userid": "AROAEXAMPLEROLEID12345:session"}"#), []),
        (with(getObject, #""StringEquals": {"AWS:SOURCEVPCE": "vpce-1a2b3c4d"}"#), []),
        (with(getObject, #""StringLike": {"aws:SourceVpce": "vpce-1a2b3c4d"}"#), []),
        (
            with(getObject, #""ForAnyValue:StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}"#),
            []
        ),
        (
            with(
                getObject,
                #""StringEquals": {"aws:SourceVpce": "vpce-1"}, "Bool": {"aws:SecureTransport": "true"}"#
            ), []
        ),
        (
            with(
                getObject, #""ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/*"}"#),
            [.unrestrictedCaller]
        ),
        (
            with(getObject, #""StringLike": {"aws:PrincipalAccount": "1111*"}"#),
            [.unrestrictedCaller]
        ),
        (
            with(getObject, #""StringEquals": {"aws:SourceVpce": ["vpce-1", "vpce-*"]}"#),
            [.unrestrictedCaller]
        ),
        (
            with(getObject, #""StringNotEquals": {"aws:PrincipalAccount": "444455556666"}"#),
            [.unrestrictedCaller]
        ),
        (
            with(getObject, #""StringEqualsIfExists": {"aws:SourceVpce": "vpce-1"}"#),
            [.unrestrictedCaller]
        ),
        (
            with(
                getObject, #""ForAllValues:StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}"#),
            [.unrestrictedCaller]
        ),
        (with(getObject, #""Null": {"aws:PrincipalOrgID": "false"}"#), [.unrestrictedCaller]),
        (with(getObject, #""Bool": {"aws:SecureTransport": "true"}"#), [.unrestrictedCaller]),
        (
            with(getObject, #""StringEquals": {"aws:ResourceAccount": "111122223333"}"#),
            [.unrestrictedCaller]
        ),
        (
            with(getObject, #""IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}"#),
            [.unrestrictedCaller]
        ),
        (
            with(getObject, #""StringEquals": {"aws:PrincipalAccount": "${aws:ResourceAccount}"}"#),
            [.unrestrictedCaller]
        ),
    ]

    @Test(
        "Allow statements to anyone are flagged unless a condition fixes the caller",
        arguments: cases)
    func classify(members: String, reasons: [PermissivenessReason]) throws {
        let policy = try PolicyDocument(text: Sample.policy(members))
        let found = policy.permissiveStatements
        #expect(found.first?.reasons ?? [] == reasons)
        #expect(found.count == (reasons.isEmpty ? 0 : 1))
    }

    @Test("the default endpoint policy is full access for anyone")
    func defaultPolicy() throws {
        let found = PolicyDocument.defaultEndpointPolicy.permissiveStatements
        #expect(found.map(\.reasons) == [[.fullAccess, .unrestrictedCaller]])
        #expect(found.first?.path == "Statement[0]")
        #expect(found.first?.description.contains("allows every action on every resource") == true)
    }

    @Test("identity policies granting * on * are full access; scoped ones are not")
    func identityPolicies() throws {
        let broad = try PolicyDocument(
            text:
                #"{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}"#,
            kind: .identityBased)
        #expect(broad.permissiveStatements.map(\.index) == [0])
        #expect(broad.permissiveStatements.first?.reasons == [.fullAccess])
    }

    @Test("only the permissive statements of a mixed policy are listed, with Sid and line")
    func mixed() throws {
        let text = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Scoped", "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*",
               "Condition": {"StringEquals": {"aws:PrincipalAccount": "111122223333"}}},
              {"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}
            """
        let found = try PolicyDocument(text: text).permissiveStatements
        #expect(found.map(\.sid) == ["Scoped", "Open"])
        #expect(found.map(\.reasons) == [[.fullAccess], [.unrestrictedCaller]])
        #expect(found.map { $0.location?.line } == [2, 4])
    }
}
