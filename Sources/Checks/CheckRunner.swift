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

    /// The rules applied to each environment, in the order findings are listed.
    private static let environmentChecks: [@Sendable (MWAAEnvironment, CheckContext) -> [Finding]] =
        [
            SubnetsCheck.findings, PrivateSubnetsCheck.findings, OutboundRouteCheck.findings,
            VPCEndpointsCheck.findings, SelfReferenceCheck.findings,
            MetadataDatabaseCheck.findings, WebServerCheck.findings, ServiceAccessCheck.findings,
            DataStoreCheck.findings, ExecutionRoleCheck.findings, TrustPolicyCheck.findings,
            ExposureCheck.findings, OpenToWorldCheck.findings, ExcessIngressCheck.findings,
            PermissiveNACLCheck.findings, PermissiveEndpointPolicyCheck.findings,
        ]

    /// Every finding, once each, grouped by environment and ordered by severity, rule
    /// and resource; `baseline` findings are left out and counted.
    public func run(baseline: Baseline? = nil) -> CheckResult {
        let context = CheckContext(snapshot: snapshot, options: options)
        let environments = snapshot.workloads.filter { $0.kind == .mwaaEnvironment }
            .sorted { $0.id < $1.id }.map { workload in
                var environment = MWAAEnvironment(workload, index: context.index)
                environment.dataStores = DataStoreDependencies.stores(of: environment, context)
                environment.scope = ScopedResource.scope(of: environment, context)
                return environment
            }
        // Environments are independent: check them on every core, keeping their order.
        let perEnvironment = Mutex([[Finding]](repeating: [], count: environments.count))
        DispatchQueue.concurrentPerform(iterations: environments.count) { index in
            let found = Self.environmentChecks.flatMap { $0(environments[index], context) }
            perEnvironment.withLock { $0[index] = found }
        }
        var findings = perEnvironment.withLock { $0.flatMap { $0 } }
        findings += IntentsCheck.findings(context, environments: environments)
        findings = Self.unique(findings)
        let order = Dictionary(
            uniqueKeysWithValues: CheckRule.catalog.enumerated().map { ($1.id, $0) })
        let environmentOrder = Dictionary(
            uniqueKeysWithValues: environments.enumerated().map { ($1.address, $0) })
        findings = findings.enumerated().sorted { lhs, rhs in
            let left = (
                environmentOrder[lhs.element.environment ?? ""] ?? environments.count,
                -rank(lhs.element.severity), order[lhs.element.rule] ?? order.count, lhs.offset
            )
            let right = (
                environmentOrder[rhs.element.environment ?? ""] ?? environments.count,
                -rank(rhs.element.severity), order[rhs.element.rule] ?? order.count, rhs.offset
            )
            return left < right
        }.map(\.element)
        let (kept, suppressed) = baseline?.filter(findings) ?? (findings, 0)
        return CheckResult(
            findings: kept, suppressedCount: suppressed,
            environments: environments.map(\.address),
            inputs: snapshot.inputs.map(\.file), rules: CheckRule.catalog)
    }

    private func rank(_ severity: Severity) -> Int {
        Severity.allCases.firstIndex(of: severity) ?? 0
    }

    /// Drops repeats: the same rule, resources and message (two environments sharing a
    /// VPC see the same endpoints and groups).
    private static func unique(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { seen.insert($0.fingerprint + "\n" + $0.message).inserted }
    }
}
