import NetworkModel

/// How fixes refer to objects in Terraform code: `aws_subnet.a.id` for an object the
/// configuration declares, the quoted AWS id otherwise.
enum TerraformExpression {
    static func id(of object: ObjectID, awsID: String? = nil) -> String {
        let text = object.rawValue
        if text.hasPrefix("aws_") || text.hasPrefix("module.") { return "\(text).id" }
        return "\"\(awsID ?? text)\""
    }

    /// A resource name for new code: `sqs` for `sqs`, `ecr_api` for `ecr.api`.
    static func name(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
