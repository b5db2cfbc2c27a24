import Foundation
import JSONSupport
import PolicyEvaluation
import Testing

/// The real endpoint policies in the shared corpus, when it is present next to the
/// package (`../shared/corpus`); the tests pass quietly without it.
@Suite("Endpoint policies in the shared corpus")
struct EndpointPolicyCorpusTests {
    static let corpus: URL? = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return nil
        }
        return folder
    }()

    static func files(under subfolder: String) -> [URL] {
        guard let folder = corpus?.appendingPathComponent(subfolder),
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }
            .sorted { $0.path < $1.path }
    }

    /// (where, policy text) for every `PolicyDocument` string in AWS CLI output.
    static var cliPolicies: [(String, String)] {
        files(under: "aws-cli").flatMap { file -> [(String, String)] in
            guard let data = try? Data(contentsOf: file),
                let document = try? JSONParser.parse([UInt8](data)),
                let endpoints = document.root["VpcEndpoints"]?.array
            else { return [] }
            return endpoints.enumerated().compactMap { index, endpoint in
                endpoint["PolicyDocument"]?.string.map {
                    ("\(file.lastPathComponent) VpcEndpoints[\(index)]", $0)
                }
            }
        }
    }

    /// (where, policy text) for every `policy` of an `aws_vpc_endpoint` in a plan:
    /// planned values, prior state, before and after of changes, and constant
    /// configuration expressions.
    static var terraformPolicies: [(String, String)] {
        files(under: "terraform/plan").flatMap { file -> [(String, String)] in
            guard let data = try? Data(contentsOf: file),
                let document = try? JSONParser.parse([UInt8](data))
            else {
                return []
            }
            var found: [(String, String)] = []
            var pending: [(JSONValue, String)] = [(document.root, "")]
            while let (value, path) = pending.popLast() {
                if let object = value.object {
                    if object["type"]?.string == "aws_vpc_endpoint" {
                        let address = object["address"]?.string ?? path
                        let candidates = [
                            object["values"]?["policy"], object["change"]?["before"]?["policy"],
                            object["change"]?["after"]?["policy"],
                            object["expressions"]?["policy"]?["constant_value"],
                        ]
                        for case let text? in candidates.map({ $0?.string }) {
                            found.append(("\(file.lastPathComponent) \(address)", text))
                        }
                    }
                    for member in object.members {
                        pending.append((member.value, "\(path).\(member.key)"))
                    }
                } else if let elements = value.array {
                    for (index, element) in elements.enumerated() {
                        pending.append((element, "\(path)[\(index)]"))
                    }
                }
            }
            return found
        }
    }

    @Test("every VpcEndpoints PolicyDocument from the AWS CLI reads", arguments: cliPolicies)
    func cliPolicy(place: String, text: String) throws {
        let policy = try PolicyDocument(text: text)
        #expect(!policy.statements.isEmpty, "\(place)")
    }

    @Test(
        "every aws_vpc_endpoint policy in the Terraform plans reads", arguments: terraformPolicies)
    func terraformPolicy(place: String, text: String) throws {
        let policy = try PolicyDocument(text: text)
        #expect(!policy.statements.isEmpty, "\(place)")
    }

    @Test("the corpus holds endpoint policies when it is present")
    func corpusFound() {
        guard Self.corpus != nil else { return }
        #expect(Self.cliPolicies.count >= 7)
        #expect(Self.terraformPolicies.count >= 8)
    }

    @Test("the corpus policies are all full-access, like the default")
    func corpusPoliciesAreFullAccess() throws {
        for (place, text) in Self.cliPolicies + Self.terraformPolicies {
            let policy = try PolicyDocument(text: text)
            #expect(
                policy.permissiveStatements.map(\.reasons) == [[.fullAccess, .unrestrictedCaller]],
                "\(place)")
        }
    }
}
