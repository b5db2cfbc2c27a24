/// What an MWAA environment declares beyond its interfaces.
public struct MWAAEnvironmentSettings: Sendable, Hashable {
    /// `PRIVATE_ONLY` (AWS's default) or `PUBLIC_ONLY`.
    public var webserverAccessMode: String
    /// `SERVICE` (AWS's default) or `CUSTOMER`.
    public var endpointManagement: String
    public var executionRoleARN: Knowable<String>?
    public var sourceBucketARN: Knowable<String>?
    public var kmsKey: Knowable<String>?
    public var arn: Knowable<String>?

    public init(
        webserverAccessMode: String = "PRIVATE_ONLY", endpointManagement: String = "SERVICE",
        executionRoleARN: Knowable<String>? = nil, sourceBucketARN: Knowable<String>? = nil,
        kmsKey: Knowable<String>? = nil, arn: Knowable<String>? = nil
    ) {
        self.webserverAccessMode = webserverAccessMode
        self.endpointManagement = endpointManagement
        self.executionRoleARN = executionRoleARN
        self.sourceBucketARN = sourceBucketARN
        self.kmsKey = kmsKey
        self.arn = arn
    }
}
