import NetworkModel
import PolicyEvaluation
import Testing

@Suite("Principal and NotPrincipal")
struct PrincipalMatchingTests {
    static let role = Sample.roleARN
    static let session = Sample.sessionARN
    static let rootlessRole = "arn:aws:iam::111122223333:role/MWAA-Exec"
    static let otherRole = "arn:aws:iam::111122223333:role/service-role/Other"
    static let foreignRole = "arn:aws:iam::444455556666:role/service-role/MWAA-Exec"
    static let user = Sample.userARN
    static let root = Sample.rootARN
    static let service = "airflow.amazonaws.com"

    /// (Principal JSON, request principal, endpoint type, matches).
    static let cases:
        [(principal: String, caller: String, endpoint: VPCEndpointType?, matches: Bool)] = [
            (#""*""#, role, nil, true),
            (#""*""#, session, .gateway, true),
            (#""*""#, service, nil, true),
            (#""*""#, "anonymous", nil, true),
            (#"{"AWS": "*"}"#, role, nil, true),
            (#"{"AWS": "*"}"#, "anonymous", nil, true),
            (#"{"AWS": "*"}"#, user, .gateway, true),
            (#"{"AWS": "111122223333"}"#, role, nil, true),
            (#"{"AWS": "111122223333"}"#, session, .interface, true),
            (#"{"AWS": "111122223333"}"#, user, .interface, true),
            (#"{"AWS": "111122223333"}"#, root, .interface, true),
            (#"{"AWS": "111122223333"}"#, foreignRole, .interface, false),
            (#"{"AWS": "111122223333"}"#, service, nil, false),
            (#"{"AWS": "111122223333"}"#, "anonymous", nil, false),
            (#"{"AWS": "111122223333"}"#, role, .gateway, false),
            (#"{"AWS": "111122223333"}"#, session, .gateway, false),
            (#"{"AWS": "111122223333"}"#, root, .gateway, true),
            (#"{"AWS": "arn:aws:iam::111122223333:root"}"#, session, .interface, true),
            (#"{"AWS": "arn:aws:iam::111122223333:root"}"#, user, nil, true),
            (#"{"AWS": "arn:aws:iam::111122223333:root"}"#, session, .gateway, false),
            (#"{"AWS": "arn:aws:iam::111122223333:root"}"#, root, .gateway, true),
            (#"{"AWS": "arn:aws:iam::444455556666:root"}"#, role, nil, false),
            (#"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, role, nil, true),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, session,
                .interface, true
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, session,
                .gateway, true
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, rootlessRole,
                nil, false
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, otherRole,
                nil, false
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, foreignRole,
                nil, false
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, root, nil,
                false
            ),
            (
                #"{"AWS": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#, user, nil,
                false
            ),
            (#"{"AWS": "arn:aws:iam::111122223333:role/MWAA-Exec"}"#, role, nil, false),
            (#"{"AWS": "arn:aws:iam::111122223333:role/MWAA-Exec"}"#, rootlessRole, nil, true),
            (#"{"AWS": "arn:aws:iam::111122223333:role/MWAA-Exec"}"#, session, nil, true),
            (
                #"{"AWS": "arn:aws:sts::111122223333:assumed-role/MWAA-Exec/airflow-worker"}"#,
                session, nil, true
            ),
            (
                #"{"AWS": "arn:aws:sts::111122223333:assumed-role/MWAA-Exec/other-session"}"#,
                session, nil, false
            ),
            (
                #"{"AWS": "arn:aws:sts::111122223333:assumed-role/MWAA-Exec/airflow-worker"}"#,
                role, nil, false
            ),
            (#"{"AWS": "arn:aws:iam::111122223333:user/alice"}"#, user, nil, true),
            (#"{"AWS": "arn:aws:iam::111122223333:user/bob"}"#, user, nil, false),
            (#"{"AWS": "arn:aws:iam::111122223333:user/team/alice"}"#, user, nil, false),
            (#"{"AWS": "arn:aws:iam::111122223333:user/alice"}"#, role, nil, false),
            (
                #"{"AWS": "arn:aws:sts::111122223333:federated-user/carol"}"#,
                "arn:aws:sts::111122223333:federated-user/carol", nil, true
            ),
            (#"{"AWS": "arn:aws:sts::111122223333:federated-user/carol"}"#, role, nil, false),
            (#"{"AWS": ["arn:aws:iam::444455556666:root", "111122223333"]}"#, role, nil, true),
            (
                #"{"AWS": ["arn:aws:iam::444455556666:root", "arn:aws:iam::111122223333:user/bob"]}"#,
                role, nil, false
            ),
            (#"{"AWS": "AROAEXAMPLEROLEID12345"}"#, role, nil, false),
            (#"{"Service": "airflow.amazonaws.com"}"#, service, nil, true),
            (#"{"Service": "airflow.amazonaws.com"}"#, "airflow-env.amazonaws.com", nil, false),
            (#"{"Service": "airflow.amazonaws.com"}"#, role, nil, false),
            (
                #"{"Service": ["airflow.amazonaws.com", "airflow-env.amazonaws.com"]}"#,
                "airflow-env.amazonaws.com", nil, true
            ),
            (#"{"Service": "*"}"#, service, nil, true),
            (#"{"Service": "*"}"#, role, nil, false),
            (#"{"Federated": "cognito-identity.amazonaws.com"}"#, role, nil, false),
            (
                #"{"CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}"#,
                role, nil, false
            ),
            (
                #"{"AWS": "arn:aws:iam::444455556666:root", "Service": "airflow.amazonaws.com"}"#,
                service, nil, true
            ),
            (
                #"{"AWS": "arn:aws:iam::444455556666:root", "Service": "airflow.amazonaws.com"}"#,
                role, nil, false
            ),
        ]

    static func request(_ caller: String, _ endpoint: VPCEndpointType?) throws -> PolicyRequest {
        let principal =
            caller == "anonymous" ? RequestPrincipal.anonymous : try RequestPrincipal(caller)
        return try PolicyRequest(
            principal: principal, action: "s3:GetObject", resource: Sample.objectARN,
            endpointType: endpoint)
    }

    @Test("Principal names who the statement applies to", arguments: cases)
    func principal(json: String, caller: String, endpoint: VPCEndpointType?, matches: Bool) throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": \#(json), "Action": "*", "Resource": "*""#)
        #expect(
            try Sample.outcome(text, Self.request(caller, endpoint))
                == (matches ? .allow : .implicitDeny))
    }

    @Test("NotPrincipal applies to everyone it does not name", arguments: cases)
    func notPrincipal(json: String, caller: String, endpoint: VPCEndpointType?, matches: Bool)
        throws
    {
        let text = Sample.policy(
            #""Effect": "Allow", "NotPrincipal": \#(json), "Action": "*", "Resource": "*""#)
        #expect(
            try Sample.outcome(text, Self.request(caller, endpoint))
                == (matches ? .implicitDeny : .allow))
    }

    @Test("a session given with its role's path matches only a role ARN with that path")
    func sessionWithPath() throws {
        let withPath = try PolicyRequest(
            principal: Sample.sessionARN, action: "s3:GetObject", resource: Sample.objectARN,
            rolePath: "/service-role/")
        let full = Sample.policy(
            #""Effect": "Allow", "Principal": {"AWS": "\#(Sample.roleARN)"}, "Action": "*", "Resource": "*""#
        )
        let pathless = Sample.policy(
            #""Effect": "Allow", "Principal": {"AWS": "\#(Self.rootlessRole)"}, "Action": "*", "Resource": "*""#
        )
        #expect(try Sample.outcome(full, withPath) == .allow)
        #expect(try Sample.outcome(pathless, withPath) == .implicitDeny)
        #expect(withPath.effectiveContext["aws:PrincipalArn"] == [Sample.roleARN])
    }

    @Test("through a gateway endpoint the miss names the root-user rule")
    func gatewayExplanation() throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "*", "Resource": "*""#
        )
        let decision = PolicyEvaluator.evaluate(
            try PolicyDocument(text: text), try Self.request(Sample.roleARN, .gateway))
        let failure = try #require(decision.statements.first?.failures.first)
        #expect(failure.element == .principal)
        #expect(failure.explanation.contains("only the account's root user"))
    }
}
