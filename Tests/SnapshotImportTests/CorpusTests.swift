import Foundation
import NetworkModel
import SnapshotImport
import Testing

@Suite("The shared corpus of real Terraform files")
struct CorpusTests {
    static var terraformFiles: [String] {
        guard let corpus = Fixture.corpus else { return [] }
        let folder = corpus.appendingPathComponent("terraform")
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            let path = folder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    @Test("every file imports, with nothing silently dropped", arguments: terraformFiles)
    func imports(path: String) throws {
        let snapshot = try TerraformImporter.load([path])
        #expect(snapshot.inputs.count == 1)
        for view in SnapshotView.allCases {
            _ = try TerraformImporter.load([path], view: view)
        }
    }

    @Test("the UTF-16 plan is read like any other")
    func utf16Plan() throws {
        guard let corpus = Fixture.corpus else { return }
        let path = corpus.appendingPathComponent(
            "terraform/encoding/checkov__tests-terraform-parser-resources-plan_encodings__tfplan_win_utf16.json"
        ).path
        let snapshot = try TerraformImporter.load([path])
        #expect(snapshot.unsupportedResources.map(\.type) == ["aws_s3_bucket"])
    }

    @Test("a real first-create plan links its rules, route and subnet through configuration")
    func firstCreatePlan() throws {
        guard let corpus = Fixture.corpus else { return }
        let path = corpus.appendingPathComponent(
            "terraform/plan/Yevgene-DP-aws_devops_task_3_configure_network__tfplan.json"
        ).path
        let snapshot = try TerraformImporter.load([path])
        let group = try #require(
            snapshot.securityGroups.first { $0.id == "aws_security_group.web_sg" })
        #expect(group.ingress.count == 3 && group.egress.count == 1)
        let table = try #require(snapshot.routeTables.first { $0.id == "aws_route_table.public" })
        #expect(
            table.routes.first?.target
                == RouteTarget(
                    kind: .internetGateway, reference: .resolved("aws_internet_gateway.main")))
        #expect(snapshot.unknownValues.isEmpty)
    }
}
