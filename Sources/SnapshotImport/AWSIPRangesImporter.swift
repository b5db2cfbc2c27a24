import JSONSupport
import NetworkModel

/// Reads AWS's published `ip-ranges.json`.
public enum AWSIPRangesImporter {
    public static func load(_ path: String) throws(InputError) -> AWSAddressRanges {
        try parse(InputFile.read(path), file: path)
    }

    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> AWSAddressRanges
    {
        try parse(JSONText(bytes), file: file)
    }

    static func parse(_ bytes: JSONText, file: String) throws(InputError) -> AWSAddressRanges {
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw InputError(
                file: file, line: error.location?.line, column: error.location?.column,
                message: "invalid JSON: \(error.message)")
        }
        let hint = "download the current file from AWS's published ip-ranges.json"
        guard let prefixes = document.root["prefixes"]?.array else {
            throw InputError(
                file: file, line: 1, column: 1,
                message: "this is not AWS's ip-ranges.json (no `prefixes`)", hint: hint)
        }
        var entries: [AWSAddressRanges.Entry] = []
        for (key, blockKey) in [("prefixes", "ip_prefix"), ("ipv6_prefixes", "ipv6_prefix")] {
            for (index, prefix) in (key == "prefixes" ? prefixes : document.root[key]?.array ?? [])
                .enumerated()
            {
                guard let text = prefix[blockKey]?.string, let service = prefix["service"]?.string,
                    let region = prefix["region"]?.string
                else {
                    let place = document.location(of: prefix)
                    throw InputError(
                        file: file, line: place?.line, column: place?.column,
                        path: "\(key)[\(index)]",
                        message: "an entry needs `\(blockKey)`, `service` and `region`", hint: hint)
                }
                do {
                    entries.append(
                        AWSAddressRanges.Entry(
                            service: service, region: region, block: try CIDR(text)))
                } catch {
                    let place = document.location(of: prefix)
                    throw InputError(
                        file: file, line: place?.line, column: place?.column,
                        path: "\(key)[\(index)].\(blockKey)",
                        message: "invalid CIDR block '\(text.excerpt())': \(error.reason)")
                }
            }
        }
        return AWSAddressRanges(entries: entries, createDate: document.root["createDate"]?.string)
    }
}
