/// The flows a team declares on top of the MWAA profile (`--intents FILE`).
public struct Intents: Sendable, Hashable {
    /// Flows that must get through; a required flow from an environment to a data
    /// store also makes the store one of its dependencies.
    public var require: [IntentFlow]
    /// Flows that must not get through at all.
    public var forbid: [IntentFlow]
    /// Data stores (addresses or ids) the environments do not depend on, although they
    /// share a VPC.
    public var excludedDataStores: [String]

    public init(
        require: [IntentFlow] = [], forbid: [IntentFlow] = [], excludedDataStores: [String] = []
    ) {
        self.require = require
        self.forbid = forbid
        self.excludedDataStores = excludedDataStores
    }
}
