/// The request to check against endpoint policies: who asks, for what, on what.
public struct PolicyIdentity: Sendable, Hashable {
    public var principal: String
    public var action: String
    public var resource: String

    public init(principal: String, action: String, resource: String) {
        self.principal = principal
        self.action = action
        self.resource = resource
    }
}
