/// A way many resources can each add one part to the same object. Each of these once
/// cost the importer n² steps; ``RepeatedPartsGenerator`` writes the network for one.
public enum RepeatedPart: String, CaseIterable, Sendable {
    /// `aws_route`s to distinct destinations in one route table.
    case distinctRoutes = "routes to distinct destinations"
    /// `aws_route`s to one destination in one table: one route citing each.
    case sameRoute = "one route declared n times"
    /// Separate `aws_security_group_rule`s and inline blocks declaring one rule.
    case sameRule = "one group rule declared 2n times"
    /// `aws_network_acl_rule`s with one number and the same contents.
    case sameEntry = "one ACL entry declared n times"
    /// Subnets associated with one network ACL and one route table.
    case subnetAssociations = "n subnets associated with one ACL and one table"
    /// Subnets and groups (each named twice) associated with one interface endpoint.
    case endpointAssociations = "n subnets and groups associated with one endpoint"
    /// VPC CIDR associations and prefix list entries, each block written twice.
    case blocks = "n CIDR associations and prefix list entries"
    /// Inline policies (100 names, repeating) and attachments (each twice) of one role.
    case rolePolicies = "n policies and attachments of one role"
    /// Route tables of one VPC, each made its main table in turn.
    case mainTables = "n main-table associations in one VPC"
    /// Interface endpoints (for made-up services) in the MWAA environment's subnets,
    /// with its group.
    case interfaceEndpoints = "n interface endpoints in the environment's subnets"
    /// Instances beside the MWAA environment, in 100 groups each admitting it.
    case instances = "n instances beside the environment, in 100 groups"
}
