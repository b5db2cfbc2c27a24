import PolicyEvaluation
import Testing

@Suite("Policy documents of 20 KB of wildcards are parsed and evaluated")
struct HostilePolicyTests {
    static let size = 20_000

    static func policy(action: String, resource: String, condition: String = "") -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"\#(action)","Resource":"\#(resource)"\#(condition)}]}"#
    }

    static let request = try! PolicyRequest(
        principal: "arn:aws:iam::111122223333:role/r", action: "s3:GetObject",
        resource: "arn:aws:s3:::bucket/" + String(repeating: "ab", count: 50))

    @Test(
        "wildcard runs in Action and Resource",
        arguments: [
            ("s3:" + String(repeating: "*", count: size), String(repeating: "*", count: 1), true),
            ("s3:" + String(repeating: "*?", count: size / 2), "*", false),
            ("s3:" + String(repeating: "*", count: size) + "?", "*", true),
            ("*", "arn:aws:s3:::" + String(repeating: "*a", count: size / 2), false),
            ("*", "arn:aws:s3:::" + String(repeating: "*b", count: 50) + "*", true),
            ("*", "arn:aws:s3:::" + String(repeating: "?", count: size), false),
        ])
    func wildcards(action: String, resource: String, allowed: Bool) throws {
        let document = try PolicyDocument(text: Self.policy(action: action, resource: resource))
        let decision = PolicyEvaluator.evaluate(document, Self.request)
        #expect(decision.isAllowed == allowed)
    }

    @Test(
        "20 KB of wildcards where a wildcard is not allowed is an error naming the element",
        arguments: [
            (String(repeating: "*", count: size), "*", "Statement[0].Action"),
            ("*", String(repeating: "?", count: size), "Statement[0].Resource"),
        ])
    func misplacedWildcards(action: String, resource: String, path: String) throws {
        let error = try #require(throws: PolicyError.self) {
            try PolicyDocument(text: Self.policy(action: action, resource: resource))
        }
        #expect(error.description.contains(path))
        #expect(error.description.contains("1:"))
        #expect(error.description.utf8.count < 1_000)
    }

    @Test("a 20 KB StringLike pattern in a condition")
    func conditionPattern() throws {
        let pattern = String(repeating: "*a", count: Self.size / 2)
        let condition = #","Condition":{"StringLike":{"aws:PrincipalArn":"\#(pattern)"}}"#
        let document = try PolicyDocument(
            text: Self.policy(action: "*", resource: "*", condition: condition))
        #expect(!PolicyEvaluator.evaluate(document, Self.request).isAllowed)
        #expect(document.permissiveStatements.count <= 1)
    }

    @Test("20 KB of statements, each a wildcard")
    func manyStatements() throws {
        let statement = #"{"Effect":"Deny","Principal":"*","Action":"s3:Put*","Resource":"*"}"#
        let statements = Array(repeating: statement, count: Self.size / statement.count)
        let text =
            #"{"Statement":[\#(statements.joined(separator: ",")),{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#
        let document = try PolicyDocument(text: text)
        #expect(PolicyEvaluator.evaluate(document, Self.request).isAllowed)
    }
}
