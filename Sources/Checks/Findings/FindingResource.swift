/// A resource a finding is about: its Terraform address (or AWS id), its AWS id when
/// known, and where it is declared in the input.
public struct FindingResource: Sendable, Hashable {
    /// The Terraform address with module path and index, or the AWS id.
    public var address: String
    /// The AWS id (`sg-…`, `vpce-…`), when the input knows it.
    public var awsID: String?
    /// The input file the resource is declared in.
    public var file: String?
    /// 1-based line and column of the resource in `file`, when known.
    public var line: Int?
    public var column: Int?

    public init(
        address: String, awsID: String? = nil, file: String? = nil, line: Int? = nil,
        column: Int? = nil
    ) {
        self.address = address
        self.awsID = awsID
        self.file = file
        self.line = line
        self.column = column
    }

    /// The resource type of a Terraform address: `aws_security_group` for
    /// `module.net.aws_security_group.db["a"]`; `nil` for an AWS id.
    public var terraformType: String? {
        let parts = address.split(separator: ".", omittingEmptySubsequences: false)
        var index = 0
        while index + 1 < parts.count, parts[index] == "module" { index += 2 }
        guard index + 1 < parts.count, parts[index].hasPrefix("aws_") else { return nil }
        return String(parts[index])
    }
}
