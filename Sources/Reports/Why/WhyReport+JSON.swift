import Checks
import JSONSupport
import NetworkModel
import Reachability

extension WhyReport {
    /// The answer for machines, with a stable layout (docs/why-json.md).
    public func json() -> JSONValue {
        .object(
            JSONObject([
                ("schema", "vpcreach.why/1"),
                ("verdict", .string(verdict.rawValue)),
                ("network_verdict", .string(answer.verdict.rawValue)),
                ("from", .string(answer.from)),
                ("to", .string(answer.to)),
                ("protocol", .string(answer.traffic.ipProtocol.description)),
                ("ports", ports),
                ("ephemeral_ports", .string(answer.question.ephemeralPorts.description)),
                ("service_paths", .array(answer.servicePaths.map { .string($0.description) })),
                ("passing", .array(answer.passing.render().map(JSONValue.string))),
                ("failing", .array(answer.failing.render().map(JSONValue.string))),
                ("hops", .array(answer.hops.map(hop))),
                ("blocking", .array(answer.blocking.map(blocking))),
                ("example", example),
                ("unknowns", .array(answer.unknowns.map(ModelJSON.unknown))),
                ("policy_gates", .array(gates.map(gate))),
                (
                    "fixes",
                    .array(
                        answer.fixes.map {
                            .object(
                                JSONObject([
                                    ("summary", .string($0.summary)),
                                    ("terraform", .string($0.terraform)),
                                ]))
                        })
                ),
            ]))
    }

    private var ports: JSONValue {
        switch answer.traffic {
        case .tcp(let range), .udp(let range):
            .string(
                range.lowerBound == range.upperBound
                    ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)")
        default: .null
        }
    }

    private var example: JSONValue {
        .object(
            JSONObject([
                ("failing", answer.exampleFailing.map { .string($0.description) } ?? .null),
                ("passing", answer.examplePassing.map { .string($0.description) } ?? .null),
            ]))
    }

    private func gate(_ gate: EndpointPolicyGate) -> JSONValue {
        .object(
            JSONObject([
                ("endpoint", .string(gate.endpoint.rawValue)),
                ("policy", .string(gate.policySource)),
                ("allowed", gate.isAllowed.map(JSONValue.bool) ?? .null),
                ("problem", gate.problem.map(JSONValue.string) ?? .null),
                (
                    "requests",
                    .array(
                        gate.checks.map { check in
                            .object(
                                JSONObject([
                                    ("principal", .string("\(check.request.principal)")),
                                    ("action", .string(check.request.action)),
                                    ("resource", .string(check.request.resource)),
                                    ("decision", .string(check.decision.outcome.rawValue)),
                                    (
                                        "statements",
                                        .array(check.decision.statements.map { .string($0.label) })
                                    ),
                                    ("explanation", .string(check.decision.description)),
                                ]))
                        })
                ),
            ]))
    }

    private func rule(_ rule: RuleCitation) -> JSONValue {
        .object(
            JSONObject([
                ("address", .string(rule.address)),
                ("rule_number", rule.ruleNumber.map(JSONValue.string) ?? .null),
                ("location", rule.location.map(JSONValue.string) ?? .null),
                ("summary", .string(rule.summary)),
            ]))
    }

    private func hop(_ hop: Hop) -> JSONValue {
        .object(
            JSONObject([
                ("direction", .string(hop.direction.rawValue)),
                ("step", .string(hop.step.rawValue)),
                ("component", .string(hop.component)), ("outcome", .string(hop.outcome.rawValue)),
                ("rules", .array(hop.rules.map(rule))),
            ]))
    }

    private func blocking(_ reason: BlockingReason) -> JSONValue {
        .object(
            JSONObject([
                ("code", .string(reason.code)), ("direction", .string(reason.direction.rawValue)),
                ("step", .string(reason.step.rawValue)), ("component", .string(reason.component)),
                ("rule", reason.rule.map(rule) ?? .null),
                ("packets", .array(reason.packets.render().map(JSONValue.string))),
            ]))
    }
}
