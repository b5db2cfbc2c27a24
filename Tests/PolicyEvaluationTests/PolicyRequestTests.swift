import NetworkModel
import PolicyEvaluation
import Testing

@Suite("Requests and principals")
struct PolicyRequestTests {
    @Test(
        "principal ARNs are read with their account, name and path",
        arguments: [
            (
                Sample.roleARN, RequestPrincipal.Kind.role, "111122223333", "MWAA-Exec",
                "/service-role/", Sample.roleARN
            ),
            (
                "arn:aws:iam::111122223333:role/R", .role, "111122223333", "R", "/",
                "arn:aws:iam::111122223333:role/R"
            ),
            (
                "arn:aws:iam::111122223333:role/a/b/R", .role, "111122223333", "R", "/a/b/",
                "arn:aws:iam::111122223333:role/a/b/R"
            ),
            (
                Sample.sessionARN, .roleSession, "111122223333", "MWAA-Exec", nil,
                "arn:aws:iam::111122223333:role/MWAA-Exec"
            ),
            (Sample.userARN, .user, "111122223333", "alice", "/", Sample.userARN),
            (
                "arn:aws:iam::111122223333:user/team/bob", .user, "111122223333", "bob", "/team/",
                "arn:aws:iam::111122223333:user/team/bob"
            ),
            (Sample.rootARN, .accountRoot, "111122223333", nil, nil, Sample.rootARN),
            (
                "arn:aws:sts::111122223333:federated-user/carol", .federatedUser, "111122223333",
                "carol", nil, "arn:aws:sts::111122223333:federated-user/carol"
            ),
            (
                "arn:aws-cn:iam::111122223333:role/R", .role, "111122223333", "R", "/",
                "arn:aws-cn:iam::111122223333:role/R"
            ),
        ] as [(String, RequestPrincipal.Kind, String, String?, String?, String)])
    func principals(
        text: String, kind: RequestPrincipal.Kind, account: String, name: String?, path: String?,
        principalARN: String
    )
        throws
    {
        let principal = try RequestPrincipal(text)
        #expect(principal.kind == kind)
        #expect(principal.account == account)
        #expect(principal.name == name)
        #expect(principal.path == path)
        #expect(principal.principalARN == principalARN)
    }

    @Test("service principals carry no account or aws:PrincipalArn")
    func servicePrincipal() throws {
        let principal = try RequestPrincipal("airflow.amazonaws.com")
        #expect(principal.kind == .service && principal.name == "airflow.amazonaws.com")
        #expect(principal.principalARN == nil && principal.account == nil)
        #expect(principal.derivedContext.keys.isEmpty)
    }

    @Test(
        "text that is no principal is refused",
        arguments: [
            "", "alice", "arn:aws:s3:::bucket", "arn:aws:iam::1234:role/R",
            "arn:aws:iam::111122223333:role/",
            "arn:aws:iam::111122223333:group/G", "arn:aws:sts::111122223333:assumed-role/R",
            "arn:aws:sts::111122223333:assumed-role/R/s/x",
            "arn:aws:iam:us-east-1:111122223333:role/R",
            "arn::iam::111122223333:root", "*", "alice.smith", "Airflow.amazonaws.com",
            ".amazonaws.com",
        ])
    func badPrincipals(text: String) {
        #expect(throws: PolicyRequestError.self) { try RequestPrincipal(text) }
    }

    @Test(
        "a role path must start and end with a slash",
        arguments: ["service-role", "/service-role", "service-role/"])
    func badRolePath(path: String) {
        #expect(throws: PolicyRequestError.self) {
            try RequestPrincipal(Sample.sessionARN, rolePath: path)
        }
    }

    @Test(
        "actions are service:Action without wildcards",
        arguments: ["s3", "s3:", ":GetObject", "s3:Get*", "s3:Get?", "*", "s3:a:b", "s3: Get"])
    func badActions(action: String) {
        #expect(throws: PolicyRequestError.self) { try Sample.request(action: action) }
    }

    @Test("an empty resource is refused")
    func emptyResource() {
        #expect(throws: PolicyRequestError.self) { try Sample.request(resource: "") }
    }

    @Test(
        "derived context: principal keys always, aws:ResourceAccount when the ARN has an account",
        arguments: [
            (Sample.objectARN, nil),
            ("arn:aws:sqs:us-east-1:999999999999:airflow-celery-1", "999999999999"),
            ("arn:aws:logs:us-east-1:111122223333:log-group:x", "111122223333"),
            ("*", nil),
        ] as [(String, String?)])
    func derivedContext(resource: String, resourceAccount: String?) throws {
        let context = try Sample.request(resource: resource).effectiveContext
        #expect(context["aws:PrincipalArn"] == [Sample.roleARN])
        #expect(context["aws:PrincipalAccount"] == ["111122223333"])
        #expect(context["aws:username"] == nil)
        #expect(context["aws:ResourceAccount"] == resourceAccount.map { [$0] })
    }

    @Test("IAM users get aws:username")
    func username() throws {
        #expect(
            try Sample.request(principal: Sample.userARN).effectiveContext["AWS:USERNAME"] == [
                "alice"
            ])
    }

    @Test("given keys replace derived ones, and an empty list removes one")
    func overrides() throws {
        let request = try Sample.request(context: [
            "aws:principalaccount": ["444455556666"], "aws:PrincipalArn": [],
        ])
        #expect(request.effectiveContext["aws:PrincipalAccount"] == ["444455556666"])
        #expect(request.effectiveContext["aws:PrincipalArn"] == nil)
    }

    @Test("context keys ignore case, and keys differing only in case combine their values")
    func contextCase() {
        var context = PolicyContext(["aws:SourceVpce": ["a"], "AWS:SOURCEVPCE": ["b"]])
        #expect(context["aws:sourcevpce"]?.sorted() == ["a", "b"])
        context.set("Aws:SourceVpce", ["c"])
        #expect(context["aws:SourceVpce"] == ["c"])
        #expect(context.keys.count == 1)
        context.set("aws:SourceVpce", [])
        #expect(context["aws:SourceVpce"] == nil && context.isSet("aws:SourceVpce"))
    }

    @Test("a request through an endpoint has the VPC keys and no aws:SourceIp")
    func throughEndpoint() throws {
        let endpoint = EndpointContext(
            type: .interface, vpcID: "vpc-1", endpointID: "vpce-1", sourceIP: "10.0.1.5")
        let request = try Sample.request(context: ["aws:SourceIp": ["203.0.113.9"]]).sent(
            through: endpoint)
        let context = request.effectiveContext
        #expect(context["aws:SourceVpc"] == ["vpc-1"])
        #expect(context["aws:SourceVpce"] == ["vpce-1"])
        #expect(context["aws:VpcSourceIp"] == ["10.0.1.5"])
        #expect(context["aws:SourceIp"] == nil)
        #expect(request.endpointType == .interface)
    }

    static let throughEndpointCases: [(condition: String, outcome: PolicyDecision.Outcome)] = [
        (#""StringEquals": {"aws:SourceVpce": "vpce-1"}"#, .allow),
        (#""StringEquals": {"aws:SourceVpce": "vpce-2"}"#, .implicitDeny),
        (#""StringEquals": {"aws:SourceVpc": "vpc-1"}"#, .allow),
        (#""IpAddress": {"aws:SourceIp": "0.0.0.0/0"}"#, .implicitDeny),
        (#""NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}"#, .allow),
        (#""IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}"#, .allow),
        (#""Null": {"aws:SourceIp": "true"}"#, .allow),
        (#""Null": {"aws:SourceVpce": "false"}"#, .allow),
    ]

    @Test("conditions see the endpoint context", arguments: throughEndpointCases)
    func endpointConditions(condition: String, outcome: PolicyDecision.Outcome) throws {
        let endpoint = EndpointContext(
            type: .interface, vpcID: "vpc-1", endpointID: "vpce-1", sourceIP: "10.0.1.5")
        let request = try Sample.request(context: ["aws:SourceIp": ["203.0.113.9"]]).sent(
            through: endpoint)
        #expect(try Sample.outcome(Sample.allowAll(condition: condition), request) == outcome)
    }

    @Test(
        "a Deny on addresses outside the office also blocks requests through an endpoint, which carry no aws:SourceIp"
    )
    func notIpAddressDenyThroughEndpoint() throws {
        let text = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
              {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*",
               "Condition": {"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]}
            """
        let direct = try Sample.request(context: ["aws:SourceIp": ["198.51.100.1"]])
        #expect(try Sample.outcome(text, direct) == .explicitDeny)
        let endpoint = EndpointContext(type: .gateway, vpcID: "vpc-1", endpointID: "vpce-1")
        #expect(try Sample.outcome(text, direct.sent(through: endpoint)) == .explicitDeny)
    }
}
