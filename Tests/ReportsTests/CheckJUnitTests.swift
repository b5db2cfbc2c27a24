import Checks
import Foundation
import Reports
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads JUnit XML back with Foundation's parser: the elements with their attributes, and
/// the text inside each element.
final class JUnitReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    static func read(_ xml: String) throws -> [Element] {
        let reader = JUnitReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        return reader.elements
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributes))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }
}

@Suite("check: JUnit XML")
struct CheckJUnitTests {
    let xml = SampleResults.report(SampleResults.mixed).junit()

    @Test("the XML declaration comes first and the document parses")
    func wellFormed() throws {
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "))
        let elements = try JUnitReader.read(xml)
        #expect(elements.first?.name == "testsuites")
    }

    @Test("one suite per environment, one test case per finding, with counts")
    func structure() throws {
        let elements = try JUnitReader.read(xml)
        let root = try #require(elements.first)
        #expect(
            root.attributes == [
                "name": "vpcreach check", "tests": "3", "failures": "2", "errors": "0",
                "skipped": "0",
            ])
        let suites = elements.filter { $0.name == "testsuite" }
        #expect(
            suites.map { $0.attributes["name"] } == [
                "aws_mwaa_environment.analytics", "module.reporting.aws_mwaa_environment.this",
                "other",
            ])
        #expect(suites.map { $0.attributes["failures"] } == ["1", "1", "0"])
        let cases = elements.filter { $0.name == "testcase" }
        #expect(
            cases.map { $0.attributes["classname"] } == [
                "mwaa-metadata-db", "open-to-world", "unknown-value",
            ])
        #expect(
            cases[0].attributes["name"]
                == "mwaa-metadata-db aws_security_group.mwaa, aws_mwaa_environment.analytics")
        #expect(cases[0].attributes["file"] == "examples/plan.json")
    }

    @Test("errors and warnings fail with their message and text; notes pass with system-out")
    func failures() throws {
        let elements = try JUnitReader.read(xml)
        let failures = elements.filter { $0.name == "failure" }
        #expect(failures.map { $0.attributes["type"] } == ["error", "warning"])
        #expect(failures[1].attributes["message"] == SampleResults.trickyMessage)
        #expect(failures[0].text.contains("fix: Allow TCP 5432 within the group"))
        #expect(failures[1].text.contains("third <&\"'> — café ✓"))
        let output = try #require(elements.first { $0.name == "system-out" })
        #expect(output.text.hasPrefix("note: [unknown-value] The route's target"))
    }

    @Test("an environment without findings shows one passing test case")
    func clean() throws {
        let elements = try JUnitReader.read(SampleResults.report(SampleResults.clean).junit())
        let cases = elements.filter { $0.name == "testcase" }
        #expect(
            cases.map { $0.attributes["name"] } == [
                "all MWAA rules pass for aws_mwaa_environment.analytics",
                "all MWAA rules pass for module.reporting.aws_mwaa_environment.this",
            ])
        #expect(!elements.contains { $0.name == "failure" })
        let empty = CheckResult(findings: [], environments: [], inputs: [], rules: [])
        let none = try JUnitReader.read(SampleResults.report(empty).junit())
        #expect(none.filter { $0.name == "testcase" }.count == 1)
    }

    @Test("test case names are unique, and characters XML forbids are left out")
    func uniqueNamesAndForbiddenCharacters() throws {
        var twin = SampleResults.unlocatedFinding
        twin.message = "bell \u{07} and nul \u{00} and \u{FFFE}, then text"
        let result = CheckResult(
            findings: [SampleResults.unlocatedFinding, twin], environments: [],
            inputs: ["plan.json"], rules: [])
        let elements = try JUnitReader.read(SampleResults.report(result).junit())
        #expect(
            elements.filter { $0.name == "testcase" }.map { $0.attributes["name"] } == [
                "unknown-value aws_route.private_nat", "unknown-value aws_route.private_nat (2)",
            ])
        #expect(elements.last?.text.contains("bell  and nul  and , then text") == true)
    }
}
