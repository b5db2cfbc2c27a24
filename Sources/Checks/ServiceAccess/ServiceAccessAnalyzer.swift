import NetworkModel
import PolicyEvaluation
import Reachability

/// Answers `service:NAME` questions with the endpoint policy gate: the network path from
/// the engine, then the policy of every endpoint on the path evaluated for the given
/// request — or, from an MWAA environment, for every request MWAA makes through that
/// endpoint as its execution role.
public struct ServiceAccessAnalyzer: Sendable {
    public let snapshot: NetworkSnapshot
    let analyzer: ReachabilityAnalyzer
    /// The first endpoint with each id, as the snapshot lists them.
    private let endpoints: [ObjectID: VPCEndpoint]
    /// Each endpoint policy's text read once: every environment's service questions go
    /// through the same few hundred endpoints (reading the text for every question was
    /// about a twentieth of the checks at XL).
    private let policies = SharedMemo<String, Result<PolicyDocument, PolicyError>>()

    public init(snapshot: NetworkSnapshot) {
        self.init(analyzer: ReachabilityAnalyzer(snapshot: snapshot))
    }

    /// Answers with an engine already built for the snapshot.
    public init(analyzer: ReachabilityAnalyzer) {
        self.snapshot = analyzer.snapshot
        self.analyzer = analyzer
        endpoints = Dictionary(analyzer.snapshot.vpcEndpoints.map { ($0.id, $0) }) { first, _ in
            first
        }
    }

    /// The first endpoint with `id`, as the snapshot lists them.
    func endpoint(_ id: ObjectID) -> VPCEndpoint? { endpoints[id] }

    public func answer(_ question: ReachabilityQuestion, as identity: PolicyIdentity? = nil)
        throws(QuestionError) -> ServiceAccessAnswer
    {
        let network = try analyzer.answer(question)
        let service = String(question.to.dropFirst("service:".count))
        var gates: [EndpointPolicyGate] = []
        for path in network.servicePaths {
            guard let endpointID = path.endpoint,
                let endpoint = endpoint(endpointID)
            else { continue }
            gates.append(
                try gate(endpoint, service: service, from: question.from, identity: identity))
        }
        var verdict = network.verdict
        if gates.contains(where: { $0.isAllowed == false }) {
            verdict = .unreachable
        } else if gates.contains(where: { $0.isAllowed == nil }), verdict != .unreachable {
            verdict = .unknown
        }
        return ServiceAccessAnswer(network: network, gates: gates, verdict: verdict)
    }

    private func gate(
        _ endpoint: VPCEndpoint, service: String, from: String, identity: PolicyIdentity?
    )
        throws(QuestionError) -> EndpointPolicyGate
    {
        var gate = EndpointPolicyGate(
            endpoint: endpoint.id,
            policySource: endpoint.policy == nil
                ? "default full-access policy"
                : "policy at \((endpoint.policyProvenance ?? endpoint.provenance).location)",
            checks: [])
        let document: PolicyDocument
        switch endpoint.policy {
        case nil:
            document = PolicyDocument.defaultEndpointPolicy
        case .unknown(let unknown):
            gate.problem = "the policy is \(unknown.reason)"
            return gate
        case .known(let text):
            let read = policies.value(for: text) {
                Result { () throws(PolicyError) in try PolicyDocument(text: text) }
            }
            switch read {
            case .success(let read): document = read
            case .failure(let error):
                gate.problem = "the policy cannot be read: \(error)"
                return gate
            }
        }
        let requests: [PolicyRequest]
        do {
            requests = try self.requests(
                service: service, from: from, identity: identity, endpoint: endpoint)
        } catch {
            throw QuestionError("\(error)")
        }
        guard !requests.isEmpty else {
            gate.note =
                identity == nil && !isMWAA(from)
                ? "not evaluated: give --as ROLE_ARN --action ACTION --resource ARN"
                : "MWAA makes no request through this endpoint that its guide lists"
            return gate
        }
        let context = EndpointContext(
            type: endpoint.type, vpcID: vpcAWSID(endpoint) ?? "vpc-unknown",
            endpointID: endpoint.awsID?.value ?? endpoint.id.rawValue)
        for request in requests {
            let sent = request.sent(through: context)
            gate.checks.append(
                EndpointPolicyGate.Check(
                    request: sent, decision: PolicyEvaluator.evaluate(document, sent)))
        }
        return gate
    }

    /// The given request, or MWAA's requests through this service's endpoint.
    private func requests(
        service: String, from: String, identity: PolicyIdentity?, endpoint: VPCEndpoint
    )
        throws -> [PolicyRequest]
    {
        if let identity {
            return [
                try PolicyRequest(
                    principal: identity.principal, action: identity.action,
                    resource: identity.resource)
            ]
        }
        guard
            let environment = snapshot.workloads.first(where: {
                ($0.id.rawValue == from || $0.awsID?.value == from) && $0.kind == .mwaaEnvironment
            }),
            let settings = environment.mwaa, let role = settings.executionRoleARN?.value
        else { return [] }
        let account = role.split(separator: ":").dropFirst(4).first.map(String.init) ?? ""
        let region =
            endpoint.serviceName.value?.split(separator: ".").dropFirst(2).first.map(String.init)
            ?? ""
        let requirements = try MWAAEndpointRequirements(
            region: region, account: account,
            environmentName: environment.name ?? environment.id.rawValue,
            executionRoleARN: role,
            dagBucketARN: settings.sourceBucketARN?.value ?? "arn:aws:s3:::unknown-dag-bucket",
            kmsKeyARN: settings.kmsKey?.value)
        return try requirements.requests(forService: service)
    }

    private func isMWAA(_ reference: String) -> Bool {
        snapshot.workloads.contains {
            ($0.id.rawValue == reference || $0.awsID?.value == reference)
                && $0.kind == .mwaaEnvironment
        }
    }

    private func vpcAWSID(_ endpoint: VPCEndpoint) -> String? {
        endpoint.vpc?.objectID.flatMap { snapshot.vpc($0)?.awsID?.value }
    }
}
