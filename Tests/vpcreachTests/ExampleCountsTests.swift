import Foundation
import JSONSupport
import Testing

@testable import vpcreach

/// Each example's README states the counts `vpcreach inventory` must print for it.
@Suite("The examples match their READMEs")
struct ExampleCountsTests {
    static var examples: [URL] {
        let folder = CommandLineTests.packageRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path)
                && inputFile(in: $0) != nil
        }
    }

    static func inputFile(in folder: URL) -> URL? {
        ["state.json", "plan.json"].map { folder.appendingPathComponent($0) }.first {
            FileManager.default.fileExists(atPath: $0.path)
        }
    }

    /// Reads `| kind | count |` rows under the "## Inventory counts" heading.
    static func statedCounts(_ readme: String) -> [String: Int] {
        guard let section = readme.components(separatedBy: "## Inventory counts").dropFirst().first
        else { return [:] }
        var counts: [String: Int] = [:]
        for line in section.split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count == 2, let count = Int(cells[1]) { counts[cells[0]] = count }
        }
        return counts
    }

    @Test("inventory prints the counts the example's README states", arguments: examples)
    func counts(example: URL) throws {
        let readme = try String(
            contentsOf: example.appendingPathComponent("README.md"), encoding: .utf8)
        let stated = Self.statedCounts(readme)
        #expect(
            !stated.isEmpty, "\(example.lastPathComponent)/README.md has no Inventory counts table")
        let input = try #require(Self.inputFile(in: example))
        let result = VPCReach.run(["inventory", input.path, "--format", "json"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let counts = try JSONParser.parse(Array(result.standardOutput.utf8)).root["counts"]
        for (kind, count) in stated {
            #expect(counts?[kind]?.int == count, "\(example.lastPathComponent): \(kind)")
        }
    }
}

/// Each example's README lists `vpcreach why` questions with the verdict they must get.
@Suite("The examples answer their READMEs' questions")
struct ExampleQuestionsTests {
    struct Question: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let verdict: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// Rows `| question | `vpcreach why …` | verdict |` under "## Questions".
    static var questions: [Question] {
        ExampleCountsTests.examples.flatMap { example -> [Question] in
            guard
                let readme = try? String(
                    contentsOf: example.appendingPathComponent("README.md"), encoding: .utf8),
                let section = readme.components(separatedBy: "## Questions").dropFirst().first
            else { return [] }
            return section.split(separator: "\n").prefix { !$0.hasPrefix("## ") }.compactMap {
                line in
                let cells = line.split(separator: "|").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard cells.count == 3, cells[1].hasPrefix("`vpcreach why") else { return nil }
                let command = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                let words = command.split(separator: " ").dropFirst().map {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
                }
                let arguments = words.map {
                    $0.hasPrefix("examples/")
                        ? CommandLineTests.packageRoot.appendingPathComponent($0).path : $0
                }
                return Question(arguments: arguments, verdict: cells[2])
            }
        }
    }

    @Test("why gives the stated verdict", arguments: questions)
    func verdict(_ question: Question) throws {
        let result = VPCReach.run(question.arguments + ["--format", "json"])
        let root = try JSONParser.parse(Array(result.standardOutput.utf8)).root
        #expect(root["verdict"]?.string == question.verdict, "\(result.standardError)")
        #expect(result.exitCode == (question.verdict == "reachable" ? 0 : 1))
    }

    @Test("every example asks at least one question")
    func everyExampleHasQuestions() {
        #expect(
            Set(Self.questions.map { $0.arguments[1] }).count == ExampleCountsTests.examples.count)
    }
}
