import JSONSupport

/// A parsed Terraform JSON file and what kind of document it is.
///
/// A class: each of a document's resource instances holds it, and copying a reference is
/// one retain where copying the fields (the parsed text, its tree and line table, the
/// file name) was one per field, for each of an XL state's 76,000 instances.
final class TerraformDocument: Sendable {
    let file: String
    let json: JSONDocument
    let kind: TerraformDocumentKind
    let formatVersion: String?
    let terraformVersion: String?

    private init(
        file: String, json: JSONDocument, kind: TerraformDocumentKind, formatVersion: String?,
        terraformVersion: String?
    ) {
        self.file = file
        self.json = json
        self.kind = kind
        self.formatVersion = formatVersion
        self.terraformVersion = terraformVersion
    }

    var root: JSONObject { json.root.object ?? JSONObject() }

    /// Reads and classifies `path`, rejecting what is not Terraform's JSON with a hint.
    static func read(_ path: String, views: [SnapshotView] = [.planned, .prior])
        throws(InputError) -> TerraformDocument
    {
        try parse(InputFile.read(path), file: path, views: views)
    }

    /// How to parse a document that will be read for `views`: a plan's copies of values
    /// that no view reads are checked but not kept (`prior_state` unless the prior view
    /// is wanted; each change's `after`, which `planned_values` repeats, its `before`
    /// unless it deletes, and the sensitivity maps).
    static func parserOptions(for views: [SnapshotView]) -> JSONParser.Options {
        let change: [JSONSkippedPath.Step] = [
            .member("resource_changes"), .anyElement, .member("change"),
        ]
        var skipped = ["after", "after_sensitive", "before_sensitive"].map {
            JSONSkippedPath(change, member: $0)
        }
        skipped.append(
            JSONSkippedPath(
                change, member: "before", when: .earlierArray(member: "actions", lacks: "delete")))
        if !views.contains(.prior) { skipped.append(JSONSkippedPath(member: "prior_state")) }
        // In a plan, `resource_changes` lies between `planned_values` and `prior_state`:
        // the second thread reads it, and, when `prior_state` is built too, the second
        // half of its resources. A state has no such member: the second thread reads the
        // second half of the root module's resources, unless the middle of the text is in
        // a child module's (then the reader looks at the structure for a split).
        return JSONParser.Options(
            skippedPaths: skipped, splitMember: "resource_changes",
            splitArrayMember: views.contains(.prior) ? "prior_state" : nil,
            splitElements: JSONElementSplit(
                path: ["values", "root_module", "resources"], firstMember: "address",
                unlessValueStartsWith: "module."))
    }

    /// Reads a document held in an array for `views`.
    static func parse(
        _ bytes: [UInt8], file: String, views: [SnapshotView] = [.planned, .prior]
    ) throws(InputError) -> TerraformDocument {
        try parse(JSONText(bytes), file: file, views: views)
    }

    /// Reads a document for `views`; `parsed` is its JSON when the caller has already
    /// parsed `bytes` (with ``parserOptions(for:)``).
    static func parse(
        _ bytes: JSONText, file: String, parsed: JSONDocument? = nil,
        views: [SnapshotView] = [.planned, .prior]
    ) throws(InputError) -> TerraformDocument {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw InputError(
                file: file, message: "this is a binary Terraform plan file, not JSON",
                hint: "run `terraform show -json \(file) > plan.json` and pass plan.json")
        }
        let json: JSONDocument
        do throws(JSONSyntaxError) {
            if let parsed {
                json = parsed
            } else {
                json = try JSONParser.parse(bytes, options: parserOptions(for: views))
            }
        } catch {
            if looksLikeStreamingLog(bytes) {
                throw streamingLogError(file)
            }
            throw InputError(
                file: file, line: error.location?.line, column: error.location?.column,
                message: "invalid JSON: \(error.message)",
                hint: "pass the output of `terraform show -json`")
        }
        guard let root = json.root.object else {
            throw InputError(
                file: file, line: 1, column: 1,
                message: "the document is a JSON \(json.root.typeName), not an object",
                hint: "pass the output of `terraform show -json` (state or saved plan)")
        }
        if root["@level"] != nil || root["@message"] != nil {
            throw streamingLogError(file)
        }
        let formatVersion = root["format_version"]?.string
        let terraformVersion = root["terraform_version"]?.string
        if let formatVersion, let major = formatVersion.split(separator: ".").first,
            major != "0" && major != "1"
        {
            throw InputError(
                file: file, path: "format_version",
                message: "format_version \(formatVersion) is not supported (0.x and 1.x are)",
                hint: "this vpcreach reads Terraform 0.12 to 1.x output; upgrade vpcreach")
        }
        let kind: TerraformDocumentKind
        if root["planned_values"] != nil || root["resource_changes"] != nil {
            kind = .plan
        } else if root["values"] != nil || (formatVersion != nil && root.count <= 2) {
            kind = .state
        } else if let version = root["version"], root["resources"] != nil || root["lineage"] != nil
        {
            guard version.number?.int == 4 else {
                throw InputError(
                    file: file, path: "version",
                    message:
                        "terraform.tfstate version \(version.number?.text ?? "?") is not supported",
                    hint:
                        "only version 4 (Terraform 0.12 and later) is read; run `terraform show -json` with a current Terraform instead"
                )
            }
            kind = .rawState
        } else {
            throw InputError(
                file: file, line: 1, column: 1,
                message:
                    "this JSON is not Terraform output (no planned_values, values or resources)",
                hint:
                    "pass the output of `terraform show -json` of a state or a saved plan, or a terraform.tfstate"
            )
        }
        return TerraformDocument(
            file: file, json: json, kind: kind, formatVersion: formatVersion,
            terraformVersion: terraformVersion)
    }

    /// The line:column of a JSON value in this file.
    func location(of value: JSONValue) -> (line: Int, column: Int)? {
        guard value.offset >= 0 else { return nil }
        let location = json.location(ofOffset: value.offset)
        return (location.line, location.column)
    }

    private static func looksLikeStreamingLog(_ bytes: JSONText) -> Bool {
        // Log lines are short; a long first line is no log and not worth parsing again.
        let firstLine = bytes.withUnsafeBufferPointer {
            Array($0.prefix(64 * 1024).prefix { $0 != UInt8(ascii: "\n") })
        }
        guard firstLine.count < 64 * 1024 else { return false }
        guard let line = try? JSONParser.parse(firstLine) else { return false }
        return line.root["@level"] != nil || line.root["@message"] != nil
    }

    private static func streamingLogError(_ file: String) -> InputError {
        InputError(
            file: file, line: 1, column: 1,
            message: "this is the streaming log of `terraform plan -json`, not a plan document",
            hint:
                "save the plan with `terraform plan -out plan.out`, then run `terraform show -json plan.out > plan.json`"
        )
    }
}

extension JSONValue {
    /// A word for the value's type, for messages.
    var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
