import NetworkModel

/// One snapshot's check made ready to run piece by piece: its context and its
/// environments, each of which can be checked on any thread.
///
/// ``CheckRunner`` checks the environments on every core; `diff` checks both sides'
/// environments beside its own comparison of flows, so that no core waits while one
/// thread does the comparison alone.
struct PreparedCheck: Sendable {
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

    let context: CheckContext
    /// The snapshot's MWAA environments, ordered by id, with their data stores and scope.
    let environments: [MWAAEnvironment]

    init(snapshot: NetworkSnapshot, options: CheckOptions) {
        let context = CheckContext(snapshot: snapshot, options: options)
        self.context = context
        environments = snapshot.workloads.filter { $0.kind == .mwaaEnvironment }
            .sorted { $0.id < $1.id }.map { workload in
                var environment = MWAAEnvironment(workload, index: context.index)
                environment.dataStores = DataStoreDependencies.stores(of: environment, context)
                environment.scope = ScopedResource.scope(of: environment, context)
                return environment
            }
    }

    /// Every rule's findings for the environment at `index` of ``environments``.
    func findings(ofEnvironment index: Int) -> [Finding] {
        Self.environmentChecks.flatMap { $0(environments[index], context) }
    }

    /// The result, from each environment's findings (in the order of ``environments``):
    /// with the findings across environments, once each, grouped by environment and
    /// ordered by severity, rule and resource; `baseline` findings are left out and
    /// counted.
    func result(perEnvironment: [[Finding]], baseline: Baseline?) -> CheckResult {
        var findings = perEnvironment.flatMap { $0 }
        findings += IntentsCheck.findings(context, environments: environments)
        findings = Self.unique(findings)
        let order = Dictionary(
            uniqueKeysWithValues: CheckRule.catalog.enumerated().map { ($1.id, $0) })
        let environmentOrder = Dictionary(
            uniqueKeysWithValues: environments.enumerated().map { ($1.address, $0) })
        findings = findings.enumerated().sorted { lhs, rhs in
            let left = (
                environmentOrder[lhs.element.environment ?? ""] ?? environments.count,
                -Self.rank(lhs.element.severity), order[lhs.element.rule] ?? order.count,
                lhs.offset
            )
            let right = (
                environmentOrder[rhs.element.environment ?? ""] ?? environments.count,
                -Self.rank(rhs.element.severity), order[rhs.element.rule] ?? order.count,
                rhs.offset
            )
            return left < right
        }.map(\.element)
        let (kept, suppressed) = baseline?.filter(findings) ?? (findings, 0)
        return CheckResult(
            findings: kept, suppressedCount: suppressed,
            environments: environments.map(\.address),
            inputs: context.snapshot.inputs.map(\.file), rules: CheckRule.catalog)
    }

    private static func rank(_ severity: Severity) -> Int {
        Severity.allCases.firstIndex(of: severity) ?? 0
    }

    /// Drops repeats: the same rule, resources and message (two environments sharing a
    /// VPC see the same endpoints and groups).
    private static func unique(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { seen.insert($0.fingerprint + "\n" + $0.message).inserted }
    }
}
