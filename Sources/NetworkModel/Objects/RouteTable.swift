/// A route table. Each VPC CIDR has an implied `local` route that is not listed here.
public struct RouteTable: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var name: String?
    public var vpc: Reference?
    public var routes: [Route]
    /// Explicitly associated subnets.
    public var subnets: [Reference]
    /// The VPC's main table, standing for every subnet without an explicit association.
    public var isMain: Bool
    /// Set when the table is not in the input but implied by AWS (a VPC's main table
    /// holding only local routes).
    public var isImplied: Bool
    /// Route blocks whose content is not known: the table's routes are not fully known.
    public var unknownRouteBlocks: [UnknownValue]
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, name: String? = nil, vpc: Reference? = nil,
        routes: [Route] = [], subnets: [Reference] = [], isMain: Bool = false,
        isImplied: Bool = false, unknownRouteBlocks: [UnknownValue] = [], provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.name = name
        self.vpc = vpc
        self.routes = routes
        self.subnets = subnets
        self.isMain = isMain
        self.isImplied = isImplied
        self.unknownRouteBlocks = unknownRouteBlocks
        self.provenance = provenance
    }
}
