import NetworkModel

/// What a VPC endpoint adds to the context of requests passing through it.
///
/// AWS sets `aws:SourceVpc`, `aws:SourceVpce` and `aws:VpcSourceIp` on such requests
/// and leaves out `aws:SourceIp`, so `IpAddress` on `aws:SourceIp` is false there and
/// `NotIpAddress` true.
public struct EndpointContext: Sendable, Hashable {
    /// Interface or gateway.
    public var type: VPCEndpointType
    /// The VPC, such as `vpc-0abc`.
    public var vpcID: String
    /// The endpoint, such as `vpce-0abc`.
    public var endpointID: String
    /// The caller's private address in the VPC, or `nil` when not known; then
    /// `aws:VpcSourceIp` is absent and conditions on it evaluate as for a missing key.
    public var sourceIP: String?

    /// Creates an endpoint context.
    public init(type: VPCEndpointType, vpcID: String, endpointID: String, sourceIP: String? = nil) {
        self.type = type
        self.vpcID = vpcID
        self.endpointID = endpointID
        self.sourceIP = sourceIP
    }

    /// The keys this endpoint sets, with `aws:SourceIp` marked absent.
    public var contextKeys: PolicyContext {
        var keys = PolicyContext()
        keys.set("aws:SourceVpc", [vpcID])
        keys.set("aws:SourceVpce", [endpointID])
        keys.set("aws:VpcSourceIp", sourceIP.map { [$0] } ?? [])
        keys.set("aws:SourceIp", [])
        return keys
    }
}
