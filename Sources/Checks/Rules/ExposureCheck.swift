import NetworkModel
import Reachability

/// `internet-exposure` and `public-data-store`: what the internet reaches of the
/// environment, its data stores and its endpoints, over full paths and every packet.
enum ExposureCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for resource in environment.scope {
            // The internet reaches only interfaces with a public address (the engine blocks
            // the rest at the internet gateway, INGRESS_RTB_NO_PUBLIC_IP): when none of the
            // resource's interfaces can have one, there is nothing to ask.
            guard context.mayHavePublicAddress(resource.id) else { continue }
            let cited = context.locator.resource(resource.id)
            var publicStore = false
            if resource.role == .dataStore {
                if resource.publiclyAccessible {
                    publicStore = true
                    findings.append(
                        context.finding(
                            .publicDataStore,
                            "Data store \(resource.id) of \(environment.address) is publicly accessible: AWS gives it a public address.",
                            environment: environment, resources: [cited],
                            evidence: Evidence(summary: "publicly_accessible = true"),
                            fixes: [
                                FindingFix(
                                    summary: "set publicly_accessible = false on \(resource.id)")
                            ]))
                }
                let question = ReachabilityQuestion(
                    from: "internet", to: resource.id.rawValue, ipProtocol: .tcp,
                    ports: resource.port.flatMap { UInt16(exactly: $0) }.map { PortRange($0) })
                if let finding = context.forbidFlow(
                    .publicDataStore, question,
                    what: "the internet's path to data store \(resource.id) on its port",
                    environment: environment, resources: [cited])
                {
                    publicStore = publicStore || finding.rule == CheckRule.publicDataStore.id
                    findings.append(finding)
                }
            }
            guard !publicStore else { continue }
            let question = ReachabilityQuestion(
                from: "internet", to: resource.id.rawValue, ipProtocol: .all)
            if let finding = context.forbidFlow(
                .internetExposure, question,
                what: "the internet's path to \(resource.id)", environment: environment,
                resources: [cited])
            {
                findings.append(finding)
            }
        }
        return findings
    }
}
