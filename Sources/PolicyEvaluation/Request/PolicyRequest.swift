import NetworkModel

/// A request to evaluate against a policy: who calls, which action, on which resource,
/// with which context keys, and through which kind of VPC endpoint.
public struct PolicyRequest: Sendable, Equatable {
    /// The caller.
    public let principal: RequestPrincipal
    /// `service:Action`, such as `sqs:SendMessage`.
    public let action: String
    /// The resource ARN, or `*` for actions that take no resource.
    public let resource: String
    /// Context keys set for this request; they replace keys of the same name that
    /// ``effectiveContext`` derives from the principal and resource.
    public var context: PolicyContext
    /// The endpoint the request passes through, if any. Through a gateway endpoint a
    /// `Principal` naming an account means only its root user.
    public var endpointType: VPCEndpointType?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - principal: See ``RequestPrincipal/init(_:rolePath:)``. A role ARN stands for
    ///     its sessions.
    ///   - action: `service:Action`, without wildcards.
    ///   - resource: The resource ARN, or `*`.
    ///   - context: Context keys (any case); `[]` removes a derived key.
    ///   - endpointType: `.gateway` or `.interface` when the request passes through one.
    ///   - rolePath: The role's path when `principal` is a session ARN.
    public init(
        principal: String, action: String, resource: String, context: [String: [String]] = [:],
        endpointType: VPCEndpointType? = nil, rolePath: String? = nil
    ) throws(PolicyRequestError) {
        try self.init(
            principal: RequestPrincipal(principal, rolePath: rolePath), action: action,
            resource: resource, context: PolicyContext(context), endpointType: endpointType)
    }

    /// Creates a request from a principal already read.
    public init(
        principal: RequestPrincipal, action: String, resource: String,
        context: PolicyContext = PolicyContext(), endpointType: VPCEndpointType? = nil
    ) throws(PolicyRequestError) {
        let pieces = action.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty,
            !action.contains("*"), !action.contains("?"), !action.contains(" ")
        else { throw .action(action) }
        guard !resource.isEmpty else { throw .emptyResource }
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
        self.endpointType = endpointType
    }

    /// The context the policy sees: keys derived from the principal
    /// (``RequestPrincipal/derivedContext``) and `aws:ResourceAccount` from the
    /// resource ARN's account part when it has one (S3 ARNs have none), overlaid with
    /// ``context``.
    public var effectiveContext: PolicyContext {
        var derived = principal.derivedContext
        if let parts = ARNPattern.parts(of: resource), RequestPrincipal.isAccountID(parts[4]) {
            derived.set("aws:ResourceAccount", [parts[4]])
        }
        return derived.overlaid(with: context)
    }

    /// This request as it arrives through `endpoint`: `aws:SourceVpc`,
    /// `aws:SourceVpce` and `aws:VpcSourceIp` set, `aws:SourceIp` absent, and the
    /// endpoint type recorded.
    public func sent(through endpoint: EndpointContext) -> PolicyRequest {
        var request = self
        request.context = context.overlaid(with: endpoint.contextKeys)
        request.endpointType = endpoint.type
        return request
    }
}
