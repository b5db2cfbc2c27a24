import NetworkModel
import Reachability

/// `intent-required` and `intent-forbidden`: the flows declared with `--intents`.
enum IntentsCheck {
    static func findings(_ context: CheckContext, environments: [MWAAEnvironment]) -> [Finding] {
        var findings: [Finding] = []
        for intent in context.options.intents.require
        where !isDataStoreDependency(intent, context, environments) {
            findings += [
                context.requireFlow(
                    .intentRequired, question(intent), what: "required flow \(intent.description)",
                    environment: environment(of: intent, environments),
                    resources: resources(intent, context))
            ].compactMap { $0 }.map { located($0, intent) }
        }
        for intent in context.options.intents.forbid {
            findings += [
                context.forbidFlow(
                    .intentForbidden, question(intent),
                    what: "forbidden flow \(intent.description)",
                    environment: environment(of: intent, environments),
                    resources: resources(intent, context))
            ].compactMap { $0 }.map { located($0, intent) }
        }
        return findings
    }

    private static func question(_ intent: IntentFlow) -> ReachabilityQuestion {
        ReachabilityQuestion(
            from: intent.from, to: intent.to, ipProtocol: intent.ipProtocol, ports: intent.ports)
    }

    private static func resources(_ intent: IntentFlow, _ context: CheckContext)
        -> [FindingResource]
    {
        [context.locator.resource(intent.from), context.locator.resource(intent.to)]
    }

    private static func environment(of intent: IntentFlow, _ environments: [MWAAEnvironment])
        -> MWAAEnvironment?
    {
        environments.first {
            $0.address == intent.from || $0.workload.awsID?.value == intent.from
                || $0.address == intent.to
        }
    }

    private static func located(_ finding: Finding, _ intent: IntentFlow) -> Finding {
        var finding = finding
        if let location = intent.location {
            finding.evidence.details.insert("declared at \(location)", at: 0)
        }
        return finding
    }

    /// A TCP flow from an environment to a data store on the store's own port: a
    /// dependency that `mwaa-data-store` checks and reports.
    private static func isDataStoreDependency(
        _ intent: IntentFlow, _ context: CheckContext, _ environments: [MWAAEnvironment]
    ) -> Bool {
        guard intent.ipProtocol == .tcp,
            let environment = environments.first(where: {
                $0.address == intent.from || $0.workload.awsID?.value == intent.from
            }),
            let store = environment.dataStores.first(where: {
                $0.id.rawValue == intent.to || $0.awsID?.value == intent.to
            })
        else { return false }
        guard let ports = intent.ports else { return true }
        let port = store.port ?? store.kind.defaultPort
        return port.flatMap { UInt16(exactly: $0) }.map { PortRange($0) } == ports
    }
}
