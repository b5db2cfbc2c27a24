import JSONSupport
import NetworkModel

/// One file of AWS CLI output: the JSON one call printed (`aws ec2 describe-subnets`,
/// `aws mwaa get-environment`, …), recognized by its top-level keys.
struct AWSCLIFile {
    /// The path as the user gave it (a folder's files: the folder joined with the file's
    /// path inside it).
    let path: String
    let document: JSONDocument
    /// The top-level object.
    let root: JSONObject

    /// Parses `bytes`; JSON that is not an object is an input error.
    static func parse(_ bytes: JSONText, file: String) throws(InputError) -> AWSCLIFile {
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw InputError(
                file: file, line: error.location?.line, column: error.location?.column,
                message: "invalid JSON: \(error.message)",
                hint:
                    "save the output of one AWS CLI call, e.g. `aws ec2 describe-subnets --output json`"
            )
        }
        return try AWSCLIFile(document: document, file: file)
    }

    init(document: JSONDocument, file: String) throws(InputError) {
        guard let root = document.root.object else {
            throw InputError(
                file: file, line: 1, column: 1,
                message: "the document is \(document.root.kindDescription), not an object",
                hint: "AWS CLI output is an object such as {\"Subnets\": [...]}")
        }
        self.path = file
        self.document = document
        self.root = root
    }
}
