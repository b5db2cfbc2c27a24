/// A change that would let the blocked packets through, as Terraform code.
public struct Fix: Sendable, Hashable {
    /// One line: what the change does.
    public var summary: String
    /// The resource to add.
    public var terraform: String

    public init(summary: String, terraform: String) {
        self.summary = summary
        self.terraform = terraform
    }
}
