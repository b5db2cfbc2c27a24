/// A change that resolves a finding: what it does, and the Terraform to add when there is
/// a resource to write.
public struct FindingFix: Sendable, Hashable {
    public var summary: String
    /// Terraform code (HCL), or `nil` when the fix is not one resource.
    public var terraform: String?

    public init(summary: String, terraform: String? = nil) {
        self.summary = summary
        self.terraform = terraform
    }
}
