/// A VPC peering connection between a requester and an accepter VPC.
public struct PeeringConnection: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var requesterVPC: Reference
    public var accepterVPC: Reference
    public var accepterAccount: String?
    public var accepterRegion: String?
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, requesterVPC: Reference,
        accepterVPC: Reference, accepterAccount: String? = nil, accepterRegion: String? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.requesterVPC = requesterVPC
        self.accepterVPC = accepterVPC
        self.accepterAccount = accepterAccount
        self.accepterRegion = accepterRegion
        self.provenance = provenance
    }
}
