/// AWS's published address ranges (`ip-ranges.json`): which blocks each service uses in
/// each region. Gives the addresses behind a service's prefix list or public endpoint.
public struct AWSAddressRanges: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// `AMAZON`, `S3`, `DYNAMODB`, `EC2`, … as AWS names them.
        public var service: String
        public var region: String
        public var block: CIDR

        public init(service: String, region: String, block: CIDR) {
            self.service = service
            self.region = region
            self.block = block
        }
    }

    public var entries: [Entry]
    /// The file's `createDate`, to say how current the ranges are.
    public var createDate: String?

    public init(entries: [Entry], createDate: String? = nil) {
        self.entries = entries
        self.createDate = createDate
    }

    /// The blocks AWS lists for `service` (its name in the file) in `region`.
    public func blocks(service: String, region: String) -> [CIDR] {
        entries.filter { $0.service == service && $0.region == region }.map(\.block)
    }

    /// The file's service name for an endpoint service: S3 and DynamoDB have their own
    /// ranges; every other service answers from Amazon's shared ranges.
    public static func serviceName(forEndpointService service: String) -> String {
        switch service {
        case "s3": "S3"
        case "dynamodb": "DYNAMODB"
        default: "AMAZON"
        }
    }
}
