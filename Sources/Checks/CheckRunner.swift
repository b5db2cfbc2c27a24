import Dispatch
import NetworkModel
import Synchronization

/// Runs every rule of the MWAA profile and "nothing extra is open" over a snapshot.
public struct CheckRunner: Sendable {
    public let snapshot: NetworkSnapshot
    public let options: CheckOptions

    public init(snapshot: NetworkSnapshot, options: CheckOptions = CheckOptions()) {
        self.snapshot = snapshot
        self.options = options
    }

    /// Every finding, once each, grouped by environment and ordered by severity, rule
    /// and resource; `baseline` findings are left out and counted.
    public func run(baseline: Baseline? = nil) -> CheckResult {
        let check = PreparedCheck(snapshot: snapshot, options: options)
        // Environments are independent: check them on every core, keeping their order.
        let perEnvironment = Mutex([[Finding]](repeating: [], count: check.environments.count))
        DispatchQueue.concurrentPerform(iterations: check.environments.count) { index in
            let found = check.findings(ofEnvironment: index)
            perEnvironment.withLock { $0[index] = found }
        }
        return check.result(perEnvironment: perEnvironment.withLock { $0 }, baseline: baseline)
    }
}
