import Foundation

extension TerraformSourceIndex {
    /// The `resource`, `data` and `module` blocks that start a line of `text` (the file
    /// at `path`), in order; a module's local `source` is read from the lines of its
    /// block. Lines inside `/* … */` comments and heredocs are skipped, so examples in
    /// descriptions are not taken for declarations.
    public static func declarations(in text: String, path: String) -> [TerraformBlockDeclaration] {
        var declarations: [TerraformBlockDeclaration] = []
        var inBlockComment = false
        var heredocEnd: String?
        var openModule: Int?
        for (offset, rawLine) in text.split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline
        )
        .enumerated() {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if let end = heredocEnd {
                if trimmed(line) == end { heredocEnd = nil }
                continue
            }
            if inBlockComment {
                if line.contains("*/") { inBlockComment = false }
                continue
            }
            if line.hasPrefix("/*") {
                inBlockComment = !line.contains("*/")
                continue
            }
            if let marker = heredocMarker(in: line) { heredocEnd = marker }
            if let module = openModule {
                if line.hasPrefix("}") {
                    openModule = nil
                } else if let source = localSource(in: line) {
                    declarations[module].type = source
                }
            }
            guard let (kind, labels) = blockHeader(line) else { continue }
            switch kind {
            case .resource, .data:
                guard labels.count == 2 else { continue }
                declarations.append(
                    TerraformBlockDeclaration(
                        kind: kind, type: labels[0], name: labels[1], path: path, line: offset + 1))
            case .module:
                guard labels.count == 1 else { continue }
                declarations.append(
                    TerraformBlockDeclaration(
                        kind: .module, type: "", name: labels[0], path: path, line: offset + 1))
                openModule = line.contains("}") ? nil : declarations.count - 1
            }
        }
        return declarations
    }

    /// The keyword and labels of a block header (`resource "aws_vpc" "main" {`), or `nil`.
    /// Labels may be quoted or bare identifiers, as HCL allows.
    static func blockHeader(_ line: Substring) -> (TerraformBlockDeclaration.Kind, [String])? {
        let keyword = line.prefix { $0.isLetter }
        guard let kind = TerraformBlockDeclaration.Kind(rawValue: String(keyword)) else {
            return nil
        }
        var rest = line.dropFirst(keyword.count)
        guard rest.first == " " || rest.first == "\t" || rest.first == "\"" else { return nil }
        var labels: [String] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.first == "{" { return (kind, labels) }
            if rest.first == "\"" {
                let label = rest.dropFirst().prefix { $0 != "\"" }
                guard rest.dropFirst(label.count + 1).first == "\"" else { return nil }
                labels.append(String(label))
                rest = rest.dropFirst(label.count + 2)
            } else {
                let label = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                guard !label.isEmpty else { return nil }
                labels.append(String(label))
                rest = rest.dropFirst(label.count)
            }
        }
    }

    /// The delimiter of a heredoc that starts on this line (`<<EOF`, `<<-EOT`), or `nil`.
    static func heredocMarker(in line: Substring) -> String? {
        guard let start = line.range(of: "<<") else { return nil }
        var marker = line[start.upperBound...]
        if marker.first == "-" { marker = marker.dropFirst() }
        let name = marker.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !name.isEmpty, trimmed(marker.dropFirst(name.count)).isEmpty else {
            return nil
        }
        return String(name)
    }

    /// The value of `source = "./…"` or `"../…"` on this line, or `nil`.
    static func localSource(in line: Substring) -> String? {
        guard line.hasPrefix("source") else { return nil }
        let value = line.dropFirst("source".count).drop { $0 == " " || $0 == "\t" }
        guard value.first == "=" else { return nil }
        let quoted = value.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard quoted.first == "\"" else { return nil }
        let source = quoted.dropFirst().prefix { $0 != "\"" }
        guard source.hasPrefix("./") || source.hasPrefix("../") else { return nil }
        return String(source)
    }

    /// `text` without leading and trailing spaces, tabs and carriage returns.
    static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" {
            text = text.dropLast()
        }
        return text
    }
}
