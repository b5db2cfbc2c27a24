import NetworkModel

/// Where a subnet's route table sends packets for some destinations.
public enum RouteOutcome: Sendable, Hashable {
    /// Delivered inside the VPC (a local route).
    case local(vpc: ObjectID)
    /// Through a peering connection to the other VPC.
    case peering(connection: ObjectID, peerVPC: Reference)
    case internetGateway(ObjectID)
    case natGateway(ObjectID)
    case vpcEndpoint(ObjectID)
    /// No route matches.
    case noRoute
    /// The route's target is gone.
    case blackhole
    /// The route leaves the modeled network (transit gateway, VPN, …) or names a target
    /// that is not in the input: the answer beyond it is unknown.
    case leavesModel(String)
    /// The route itself is not known until apply.
    case unknown(UnknownValue)
}
