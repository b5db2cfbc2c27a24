import Checks
import JSONSupport
import Reachability

extension DiffReport {
    /// The change for machines, with a stable layout (docs/diff-json.md).
    public func json() -> JSONValue {
        let check = CheckReport(result: introducedResult, toolVersion: toolVersion).json()
        return .object(
            JSONObject([
                ("version", .number(1)),
                (
                    "tool",
                    .object(
                        JSONObject([("name", "vpcreach"), ("version", .string(toolVersion))]))
                ),
                ("before", .array(diff.beforeInputs.map(JSONValue.string))),
                ("after", .array(diff.afterInputs.map(JSONValue.string))),
                (
                    "summary",
                    .object(
                        JSONObject([
                            ("compared_pairs", .number(diff.comparedPairs)),
                            ("opened", .number(opened.count)), ("closed", .number(closed.count)),
                            ("unknown", .number(undecided.count)),
                            ("findings_introduced", .number(diff.introduced.count)),
                            ("findings_resolved", .number(diff.resolved.count)),
                            ("changed_resources", .number(diff.resources.count)),
                            ("inert_resources", .number(diff.inertResources.count)),
                        ]))
                ),
                ("flows", .array(diff.flows.map(Self.json))),
                ("findings_introduced", check["findings"] ?? .array([])),
                (
                    "findings_resolved",
                    CheckReport(
                        result: CheckResult(
                            findings: diff.resolved, environments: [], inputs: [], rules: []),
                        toolVersion: toolVersion
                    ).json()["findings"] ?? .array([])
                ),
                ("resources", .array(diff.resources.map { json($0) })),
            ]))
    }

    private static func json(_ flow: FlowChange) -> JSONValue {
        func packets(_ set: PacketSet) -> JSONValue { .array(set.render().map(JSONValue.string)) }
        return .object(
            JSONObject([
                ("from", .string(flow.from)), ("to", .string(flow.to)),
                ("kind", .string(flow.kind.rawValue)),
                ("before", flow.before.map { .string($0.rawValue) } ?? .null),
                ("after", flow.after.map { .string($0.rawValue) } ?? .null),
                ("opened", packets(flow.opened)), ("closed", packets(flow.closed)),
                ("undecided", packets(flow.undecided)),
                ("unknowns", .array(flow.unknowns.map(JSONValue.string))),
                ("causes", .array(flow.causes.map(JSONValue.string))),
            ]))
    }

    private func json(_ resource: ResourceChange) -> JSONValue {
        .object(
            JSONObject([
                ("address", .string(resource.address)), ("kind", .string(resource.kind)),
                ("action", .string(resource.action.rawValue)),
                ("changes_reachability", .bool(diff.effectiveAddresses.contains(resource.address))),
                ("details", .array(resource.details.map(JSONValue.string))),
            ]))
    }
}
