import NetworkModel
import Reachability

/// `mwaa-webserver`: in `PRIVATE_ONLY` mode, TCP 443 to the web server endpoint from the
/// environment's subnets and from each `--webserver-clients` network.
enum WebServerCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        guard environment.isPrivateWebServer else { return [] }
        let me = context.locator.resource(environment.id)
        var findings: [Finding] = []
        let own = ReachabilityQuestion(
            from: environment.address, to: environment.address, ipProtocol: .tcp,
            ports: PortRange(443))
        findings += [
            context.requireFlow(
                .webServer, own,
                what: "TCP 443 from \(environment.address)'s subnets to its web server endpoint",
                environment: environment, resources: [me])
        ].compactMap { $0 }
        for client in context.options.webserverClients ?? [] {
            let question = ReachabilityQuestion(
                from: client.description, to: environment.address, ipProtocol: .tcp,
                ports: PortRange(443))
            findings += [
                context.requireFlow(
                    .webServer, question,
                    what:
                        "TCP 443 from web-server client network \(client) to \(environment.address)'s web server",
                    environment: environment,
                    resources: [me, FindingResource(address: client.description)])
            ].compactMap { $0 }
        }
        return findings
    }
}
