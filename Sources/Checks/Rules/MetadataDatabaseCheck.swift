import NetworkModel
import Reachability

/// `mwaa-metadata-db`: TCP 5432 from each subnet to the database endpoint's interfaces in
/// both subnets, through groups, network ACLs and routes, replies included.
enum MetadataDatabaseCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        let question = ReachabilityQuestion(
            from: environment.address, to: environment.address, ipProtocol: .tcp,
            ports: PortRange(5432))
        return [
            context.requireFlow(
                .metadataDatabase, question,
                what:
                    "TCP 5432 from \(environment.address)'s subnets to its metadata database endpoint",
                environment: environment, resources: [context.locator.resource(environment.id)])
        ].compactMap { $0 }
    }
}
