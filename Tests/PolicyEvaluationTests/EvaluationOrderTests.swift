import PolicyEvaluation
import Testing

@Suite("Combining statements")
struct EvaluationOrderTests {
    static let allowAllDenyDelete = """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "AllowAll", "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
          {"Sid": "DenyDelete", "Effect": "Deny", "Principal": "*", "Action": "s3:Delete*", "Resource": "*"}]}
        """

    @Test(
        "an explicit Deny beats any Allow; no Allow is an implicit deny",
        arguments: [
            (allowAllDenyDelete, "s3:GetObject", PolicyDecision.Outcome.allow),
            (allowAllDenyDelete, "s3:DeleteObject", .explicitDeny),
            (allowAllDenyDelete, "S3:DELETEBUCKET", .explicitDeny),
            (
                #"{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:Delete*", "Resource": "*"}]}"#,
                "s3:GetObject", .implicitDeny
            ),
            (
                #"{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:Delete*", "Resource": "*"}]}"#,
                "s3:DeleteObject", .explicitDeny
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": "*"}]}"#,
                "s3:GetObject", .implicitDeny
            ),
            (#"{"Statement": []}"#, "s3:GetObject", .implicitDeny),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Principal": "*", "NotAction": "s3:*", "Resource": "*"}]}"#,
                "sqs:SendMessage", .explicitDeny
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Principal": "*", "NotAction": "s3:*", "Resource": "*"}]}"#,
                "s3:GetObject", .allow
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Principal": "*", "Action": "*", "NotResource": "arn:aws:s3:::dag-bucket/*"}]}"#,
                "s3:GetObject", .allow
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Principal": "*", "Action": "*", "NotResource": "arn:aws:s3:::other/*"}]}"#,
                "s3:GetObject", .explicitDeny
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}, "Action": "*", "Resource": "*"}]}"#,
                "s3:GetObject", .allow
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/service-role/Other"}, "Action": "*", "Resource": "*"}]}"#,
                "s3:GetObject", .explicitDeny
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:PrincipalAccount": "111122223333"}}}]}"#,
                "s3:GetObject", .allow
            ),
            (
                #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:PrincipalAccount": "444455556666"}}}]}"#,
                "s3:GetObject", .explicitDeny
            ),
        ] as [(String, String, PolicyDecision.Outcome)])
    func combining(policy: String, action: String, expected: PolicyDecision.Outcome) throws {
        #expect(try Sample.outcome(policy, Sample.request(action: action)) == expected)
    }

    @Test("the decision carries the deciding statements with index, Sid and reasons")
    func decidingStatements() throws {
        let policy = try PolicyDocument(text: Self.allowAllDenyDelete)
        let denied = PolicyEvaluator.evaluate(policy, try Sample.request(action: "s3:DeleteObject"))
        guard case .explicitDeny(let verdicts) = denied else {
            Issue.record("expected an explicit deny, got \(denied)")
            return
        }
        let verdict = try #require(verdicts.first)
        #expect(verdicts.count == 1)
        #expect(verdict.index == 1 && verdict.sid == "DenyDelete" && verdict.effect == .deny)
        #expect(verdict.checks.map(\.element) == [.principal, .action, .resource])
        #expect(
            verdict.checks.map(\.explanation).contains(
                "Action \"s3:Delete*\" matches s3:DeleteObject"))
        #expect(
            denied.description.hasPrefix(
                "explicitly denied by Statement[1] (Sid \"DenyDelete\") Deny applies"))

        let allowed = PolicyEvaluator.evaluate(policy, try Sample.request(action: "s3:GetObject"))
        #expect(allowed.isAllowed)
        #expect(allowed.statements.map(\.index) == [0])
    }

    @Test("an implicit deny carries every statement with what failed")
    func implicitDenyReasons() throws {
        let text = """
            {"Statement": [
              {"Sid": "Queues", "Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": "*"},
              {"Sid": "Logs", "Effect": "Allow", "Principal": "*", "Action": "logs:*", "Resource": "*"}]}
            """
        let decision = PolicyEvaluator.evaluate(
            try PolicyDocument(text: text), try Sample.request())
        #expect(decision.outcome == .implicitDeny)
        #expect(decision.statements.map(\.sid) == ["Queues", "Logs"])
        #expect(decision.statements.allSatisfy { $0.failures.map(\.element) == [.action] })
    }

    @Test("all applying Allow statements are carried")
    func severalAllows() throws {
        let text = """
            {"Statement": [
              {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"},
              {"Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": "*"},
              {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::dag-bucket/*"}]}
            """
        let decision = PolicyEvaluator.evaluate(
            try PolicyDocument(text: text), try Sample.request())
        #expect(decision.statements.map(\.index) == [0, 2])
    }

    @Test("a single statement object is read like a list of one, with path Statement")
    func singleStatementObject() throws {
        let text =
            #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}}"#
        let decision = PolicyEvaluator.evaluate(
            try PolicyDocument(text: text), try Sample.request())
        #expect(decision.statements.first?.path == "Statement")
        #expect(decision.statements.first?.checks.first?.path == "Statement.Principal")
    }

    @Test(
        "identity-based policies apply to their holder and check no principal",
        arguments: [
            ("s3:GetObject", PolicyDecision.Outcome.allow), ("s3:PutObject", .implicitDeny),
        ])
    func identityBased(action: String, expected: PolicyDecision.Outcome) throws {
        let text =
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#
        let policy = try PolicyDocument(text: text, kind: .identityBased)
        let decision = PolicyEvaluator.evaluate(policy, try Sample.request(action: action))
        #expect(decision.outcome == expected)
        #expect(decision.statements.first?.checks.map(\.element) == [.action, .resource])
    }

    @Test("the default endpoint policy allows everything and has no Version")
    func defaultPolicy() throws {
        let policy = PolicyDocument.defaultEndpointPolicy
        #expect(policy.version == nil)
        #expect(policy.statements.count == 1)
        for request in [
            try Sample.request(),
            try Sample.request(
                principal: "airflow.amazonaws.com", action: "sqs:SendMessage", resource: "*"),
        ] {
            #expect(PolicyEvaluator.evaluate(policy, request).isAllowed)
        }
        let anonymous = try PolicyRequest(
            principal: .anonymous, action: "s3:GetObject", resource: Sample.objectARN)
        #expect(PolicyEvaluator.evaluate(policy, anonymous).isAllowed)
    }
}
