import JSONSupport
import PolicyEvaluation

/// `vpcreach policy`: the decision and the statements that made it.
public struct PolicyReport: Sendable {
    public let source: String
    public let request: PolicyRequest
    public let decision: PolicyDecision

    public init(source: String, request: PolicyRequest, decision: PolicyDecision) {
        self.source = source
        self.request = request
        self.decision = decision
    }

    /// 0 allow; 1 explicit or implicit deny.
    public var exitCode: Int32 { decision.isAllowed ? 0 : 1 }

    public func text() -> String {
        let verdict =
            switch decision.outcome {
            case .allow: "ALLOW"
            case .explicitDeny: "DENY (explicit)"
            case .implicitDeny: "DENY (implicit)"
            }
        var lines = ["\(verdict): \(request.action) on \(request.resource)"]
        lines.append("  as \(request.principal), policy \(source)")
        lines.append("")
        lines.append(decision.description)
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        .object(
            JSONObject([
                ("schema", "vpcreach.policy/1"),
                ("decision", .string(decision.outcome.rawValue)),
                ("policy", .string(source)),
                ("principal", .string("\(request.principal)")),
                ("action", .string(request.action)),
                ("resource", .string(request.resource)),
                (
                    "statements",
                    .array(
                        decision.statements.map { statement in
                            .object(
                                JSONObject([
                                    ("statement", .string(statement.label)),
                                    ("effect", .string(statement.effect.rawValue)),
                                    ("applies", .bool(statement.applies)),
                                    ("explanation", .string(statement.description)),
                                ]))
                        })
                ),
            ]))
    }
}
