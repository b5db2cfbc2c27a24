import Checks

extension CheckReport {
    /// The findings for people, grouped by environment.
    ///
    /// Each finding starts with `path:line:col: error: [rule-id] message` (the shape
    /// editors and CI parse; the place is the first resource's, shortened to what is
    /// known, and the line is just `error: [rule-id] message` when nothing is), followed
    /// by its resources, evidence and fixes, indented. The last line is ``countsLine``;
    /// the verdict (PASS/FAIL) is the command line's to print. With `color`, the
    /// severity words are colored with ANSI escapes and nothing else is.
    public func text(color: Bool) -> String {
        var lines: [String] = []
        for section in sections {
            if !lines.isEmpty { lines.append("") }
            let count =
                section.findings.isEmpty
                ? "no findings" : Self.counted(section.findings.count, "finding")
            lines.append(
                section.environment == nil
                    ? "\(section.title): \(count)" : "Environment \(section.title): \(count)")
            for finding in section.findings {
                lines.append("")
                lines += textLines(for: finding, color: color)
            }
        }
        if sections.isEmpty { lines.append("No environments checked and no findings.") }
        lines.append("")
        lines.append(countsLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The finding's block in the text report: the editor-parsable line, then its
    /// resources, evidence and fixes, indented.
    func textLines(for finding: Finding, color: Bool) -> [String] {
        let severity = color ? Self.colored(finding.severity) : finding.severity.rawValue
        let place = finding.resources.first.flatMap(Self.place).map { "\($0): " } ?? ""
        let message = Self.lines(of: finding.message)
        var lines = ["\(place)\(severity): [\(finding.rule)] \(message[0])"]
        lines += message.dropFirst().map { "    " + $0 }
        for resource in finding.resources {
            var line = "    resource: \(resource.address)"
            if let awsID = resource.awsID, awsID != resource.address { line += " (\(awsID))" }
            if let place = Self.place(of: resource) { line += " at \(place)" }
            lines.append(line)
        }
        lines += Self.block("    evidence: ", finding.evidence.summary, continuation: "      ")
        for detail in finding.evidence.details {
            lines += Self.block("      - ", detail, continuation: "        ")
        }
        for fix in finding.fixes {
            lines += Self.block("    fix: ", fix.summary, continuation: "      ")
            if let terraform = fix.terraform {
                lines += Self.lines(of: terraform).map { $0.isEmpty ? "" : "        " + $0 }
            }
        }
        return lines
    }

    /// `file:line:column`, shortened to what is known; `nil` without a file.
    static func place(of resource: FindingResource) -> String? {
        guard let file = resource.file, !file.isEmpty else { return nil }
        guard let line = resource.line else { return file }
        guard let column = resource.column else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// The lines of `text` (CR LF and CR count as line breaks), never none.
    static func lines(of text: String) -> [String] {
        // "\r\n" is one Character in Swift.
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            .map(String.init)
    }

    /// `text` after `lead`, its later lines indented by `continuation`.
    private static func block(_ lead: String, _ text: String, continuation: String) -> [String] {
        let lines = lines(of: text)
        return [lead + lines[0]] + lines.dropFirst().map { continuation + $0 }
    }

    /// The severity word in bold red (error), yellow (warning) or cyan (note).
    static func colored(_ severity: Severity) -> String {
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;33"
            case .note: "1;36"
            }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
