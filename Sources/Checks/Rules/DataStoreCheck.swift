import NetworkModel
import Reachability

/// `mwaa-data-store`: each data store the environment depends on is reachable on its port.
enum DataStoreCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        let me = context.locator.resource(environment.id)
        return environment.dataStores.compactMap { store in
            let port = store.port ?? store.kind.defaultPort
            let question = ReachabilityQuestion(
                from: environment.address, to: store.id.rawValue, ipProtocol: .tcp,
                ports: port.flatMap { UInt16(exactly: $0) }.map { PortRange($0) })
            let traffic = port.map { "TCP \($0)" } ?? "traffic"
            return context.requireFlow(
                .dataStore, question,
                what: "\(traffic) from \(environment.address) to its data store \(store.id)",
                environment: environment, resources: [me, context.locator.resource(store.id)])
        }
    }
}
