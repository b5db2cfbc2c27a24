/// One input file as the importer understood it.
public struct InputSummary: Sendable, Hashable {
    public var file: String
    /// e.g. "terraform show -json (plan)", "terraform.tfstate".
    public var kind: String
    /// Which snapshot of the file this is: "state", "planned", "prior".
    public var view: String
    public var formatVersion: String?
    public var producerVersion: String?

    public init(
        file: String, kind: String, view: String, formatVersion: String? = nil,
        producerVersion: String? = nil
    ) {
        self.file = file
        self.kind = kind
        self.view = view
        self.formatVersion = formatVersion
        self.producerVersion = producerVersion
    }
}
