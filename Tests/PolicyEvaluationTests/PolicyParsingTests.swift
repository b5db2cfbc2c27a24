import PolicyEvaluation
import Testing

@Suite("Reading policy documents")
struct PolicyParsingTests {
    @Test(
        "Version is 2012-10-17, 2008-10-17 or absent",
        arguments: [
            ("2012-10-17", PolicyVersion?.some(.version2012), true),
            ("2008-10-17", .version2008, false),
            (nil, nil, false),
        ] as [(String?, PolicyVersion?, Bool)])
    func versions(written: String?, version: PolicyVersion?, substitutes: Bool) throws {
        let policy = try PolicyDocument(
            text: Sample.policy(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*""#,
                version: written))
        #expect(policy.version == version)
        #expect(policy.substitutesVariables == substitutes)
    }

    @Test(
        "list elements take a single string or a list",
        arguments: [
            (#""Action": "s3:GetObject", "Resource": "*""#, ["s3:GetObject"], false, ["*"], false),
            (
                #""Action": ["s3:GetObject", "s3:List*"], "Resource": "*""#,
                ["s3:GetObject", "s3:List*"], false, ["*"], false
            ),
            (#""NotAction": "iam:*", "Resource": "*""#, ["iam:*"], true, ["*"], false),
            (
                #""NotAction": ["iam:*", "sts:*"], "Resource": "*""#, ["iam:*", "sts:*"], true,
                ["*"], false
            ),
            (
                #""Action": "*", "Resource": ["arn:aws:s3:::a", "arn:aws:s3:::a/*"]"#, ["*"], false,
                ["arn:aws:s3:::a", "arn:aws:s3:::a/*"], false
            ),
            (
                #""Action": "*", "NotResource": "arn:aws:s3:::a/*""#, ["*"], false,
                ["arn:aws:s3:::a/*"], true
            ),
            (
                #""Action": "*", "NotResource": ["arn:aws:s3:::a", "arn:aws:s3:::b"]"#, ["*"],
                false, ["arn:aws:s3:::a", "arn:aws:s3:::b"], true
            ),
        ] as [(String, [String], Bool, [String], Bool)])
    func listElements(
        members: String, actions: [String], notAction: Bool, resources: [String], notResource: Bool
    ) throws {
        let policy = try PolicyDocument(
            text: Sample.policy(#""Effect": "Deny", "Principal": "*", "# + members))
        let statement = try #require(policy.statements.first)
        #expect(statement.effect == .deny)
        #expect(statement.action.patterns == actions)
        #expect(statement.action.isNegated == notAction)
        #expect(statement.action.name == (notAction ? "NotAction" : "Action"))
        #expect(statement.resource.patterns == resources)
        #expect(statement.resource.isNegated == notResource)
    }

    @Test(
        "every Principal form",
        arguments: [
            (#""*""#, [PrincipalEntry.anyone]),
            (#"{"AWS": "*"}"#, [.anyone]),
            (#"{"AWS": "111122223333"}"#, [.account("111122223333")]),
            (#"{"AWS": "arn:aws:iam::111122223333:root"}"#, [.account("111122223333")]),
            (
                #"{"AWS": ["111122223333", "arn:aws:iam::444455556666:root"]}"#,
                [.account("111122223333"), .account("444455556666")]
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/R"}"#,
                [.iamARN("arn:aws:iam::111122223333:role/service-role/R")]
            ),
            (
                #"{"AWS": "arn:aws:sts::111122223333:assumed-role/R/s"}"#,
                [.iamARN("arn:aws:sts::111122223333:assumed-role/R/s")]
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:user/alice"}"#,
                [.iamARN("arn:aws:iam::111122223333:user/alice")]
            ),
            (#"{"AWS": "AROAEXAMPLEROLEID12345"}"#, [.uniqueID("AROAEXAMPLEROLEID12345")]),
            (#"{"Service": "airflow.amazonaws.com"}"#, [.service("airflow.amazonaws.com")]),
            (
                #"{"Service": ["airflow.amazonaws.com", "airflow-env.amazonaws.com"]}"#,
                [.service("airflow.amazonaws.com"), .service("airflow-env.amazonaws.com")]
            ),
            (
                #"{"Federated": "cognito-identity.amazonaws.com"}"#,
                [.federated("cognito-identity.amazonaws.com")]
            ),
            (
                #"{"Federated": "arn:aws:iam::111122223333:saml-provider/Corp"}"#,
                [.federated("arn:aws:iam::111122223333:saml-provider/Corp")]
            ),
            (#"{"CanonicalUser": "79a59df9"}"#, [.canonicalUser("79a59df9")]),
            (
                #"{"AWS": "111122223333", "Service": "airflow.amazonaws.com"}"#,
                [.account("111122223333"), .service("airflow.amazonaws.com")]
            ),
        ] as [(String, [PrincipalEntry])])
    func principals(json: String, entries: [PrincipalEntry]) throws {
        for name in ["Principal", "NotPrincipal"] {
            let policy = try PolicyDocument(
                text: Sample.policy(
                    #""Effect": "Allow", "\#(name)": \#(json), "Action": "*", "Resource": "*""#))
            let principal = try #require(policy.statements.first?.principal)
            #expect(principal.entries == entries)
            #expect(principal.isNegated == (name == "NotPrincipal"))
            #expect(principal.includesAnyone == entries.contains(.anyone))
        }
    }

    @Test("conditions keep operator, key and values; numbers and booleans read as their text")
    func conditions() throws {
        let text = Sample.allowAll(
            condition:
                #""ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["a*", "b"]}, "NumericLessThan": {"s3:max-keys": 10}, "Bool": {"aws:SecureTransport": true}"#
        )
        let conditions = try #require(try PolicyDocument(text: text).statements.first?.conditions)
        #expect(conditions.map(\.key) == ["aws:TagKeys", "s3:max-keys", "aws:SecureTransport"])
        #expect(conditions.map(\.values) == [["a*", "b"], ["10"], ["true"]])
        let first = conditions[0].conditionOperator
        #expect(
            first.comparison == .stringLike && first.ifExists && first.setQualifier == .forAnyValue)
        #expect(first.description == "ForAnyValue:StringLikeIfExists")
        #expect(conditions[1].path == "Statement[0].Condition.NumericLessThan.s3:max-keys")
    }

    @Test("statements keep Sid, index and where they start")
    func statementMetadata() throws {
        let text = """
            {
              "Version": "2012-10-17",
              "Id": "EndpointPolicy",
              "Statement": [
                {"Sid": "First", "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
                {"Effect": "Deny", "Principal": "*", "Action": "s3:Delete*", "Resource": "*"}
              ]
            }
            """
        let policy = try PolicyDocument(text: text)
        #expect(policy.id == "EndpointPolicy")
        #expect(policy.statements.map(\.sid) == ["First", nil])
        #expect(policy.statements.map(\.index) == [0, 1])
        #expect(policy.statements.map(\.path) == ["Statement[0]", "Statement[1]"])
        #expect(policy.statements.map { $0.location?.line } == [5, 6])
        #expect(policy.statements[0].label == "Statement[0] (Sid \"First\")")
        #expect(policy.statements[1].label == "Statement[1]")
    }

    @Test(
        "documents AWS accepts read without error",
        arguments: [
            #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}"#,
            #"{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "*", "Resource": "*"}]}"#,
            #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username"}]}"#,
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "arn:aws:s3:::b/${aws:username, 'x'}/${*}${?}${$}"}]}"#,
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "arn:aws:sqs:${aws:RequestedRegion}:${aws:PrincipalAccount}:q"}]}"#,
            #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32", "198.51.100.7"]}}}]}"#,
            #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"DateGreaterThan": {"aws:CurrentTime": ["2025-01-01", "2025-01-01T00:00Z", "2025-01-01T00:00:00.123+05:30", 1735689600]}}}]}"#,
            #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:PrincipalOrgID": "TRUE"}, "BinaryEquals": {"k": "AAEC"}}}]}"#,
        ])
    func accepted(text: String) throws {
        _ = try PolicyDocument(text: text)
    }
}
