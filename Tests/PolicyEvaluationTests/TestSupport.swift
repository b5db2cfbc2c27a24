import NetworkModel
import PolicyEvaluation
import Testing

/// Principals, resources and policy text shared by the tests.
enum Sample {
    static let account = "111122223333"
    static let otherAccount = "444455556666"
    static let roleARN = "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"
    static let sessionARN = "arn:aws:sts::111122223333:assumed-role/MWAA-Exec/airflow-worker"
    static let userARN = "arn:aws:iam::111122223333:user/alice"
    static let rootARN = "arn:aws:iam::111122223333:root"
    static let objectARN = "arn:aws:s3:::dag-bucket/dags/example.py"

    /// A policy of one statement whose members are `members`, e.g.
    /// `"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"`.
    static func policy(_ members: String, version: String? = "2012-10-17") -> String {
        let versionMember = version.map { "\"Version\": \"\($0)\", " } ?? ""
        return "{\(versionMember)\"Statement\": [{\(members)}]}"
    }

    /// An Allow statement for everyone on everything, with `condition` as its
    /// Condition block.
    static func allowAll(condition: String, version: String? = "2012-10-17") -> String {
        policy(
            #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"#
                + condition + "}", version: version)
    }

    static func request(
        principal: String = roleARN, action: String = "s3:GetObject", resource: String = objectARN,
        context: [String: [String]] = [:], endpointType: VPCEndpointType? = nil
    ) throws -> PolicyRequest {
        try PolicyRequest(
            principal: principal, action: action, resource: resource, context: context,
            endpointType: endpointType)
    }

    static func outcome(
        _ text: String, _ request: PolicyRequest, kind: PolicyKind = .resourceBased
    ) throws -> PolicyDecision.Outcome {
        PolicyEvaluator.evaluate(try PolicyDocument(text: text, kind: kind), request).outcome
    }

    /// The error reading `text` gives, or `nil` when it reads.
    static func error(_ text: String, kind: PolicyKind = .resourceBased) -> PolicyError? {
        do {
            _ = try PolicyDocument(text: text, kind: kind)
            return nil
        } catch {
            return error
        }
    }

    /// Line and column (1-based) of the first occurrence of `anchor` in `text`.
    static func position(of anchor: String, in text: String) -> (line: Int, column: Int)? {
        guard let range = text.range(of: anchor) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let column =
            before.split(separator: "\n", omittingEmptySubsequences: false).last.map {
                $0.unicodeScalars.count + 1
            } ?? 1
        return (line, column)
    }
}
