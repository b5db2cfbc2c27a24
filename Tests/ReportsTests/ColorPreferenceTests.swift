import Reports
import Testing

@Suite("check: when to color")
struct ColorPreferenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var preference: ColorPreference
        var environment: [String: String]
        var isTerminal: Bool
        var expected: Bool
        var testDescription: String {
            "\(preference) \(environment) terminal=\(isTerminal) → \(expected)"
        }
    }

    static let cases: [Case] = [
        Case(preference: .automatic, environment: [:], isTerminal: true, expected: true),
        Case(preference: .automatic, environment: [:], isTerminal: false, expected: false),
        Case(
            preference: .automatic, environment: ["NO_COLOR": "1"], isTerminal: true,
            expected: false),
        Case(
            preference: .automatic, environment: ["NO_COLOR": ""], isTerminal: true,
            expected: true),
        Case(
            preference: .automatic, environment: ["TERM": "dumb"], isTerminal: true,
            expected: false),
        Case(
            preference: .automatic, environment: ["TERM": "xterm-256color"], isTerminal: true,
            expected: true),
        Case(
            preference: .always, environment: ["NO_COLOR": "1", "TERM": "dumb"],
            isTerminal: false, expected: true),
        Case(preference: .never, environment: [:], isTerminal: true, expected: false),
    ]

    @Test(
        "flags win; otherwise NO_COLOR, TERM=dumb and a non-terminal turn color off",
        arguments: cases)
    func decision(_ testCase: Case) {
        #expect(
            testCase.preference.usesColor(
                environment: testCase.environment, isTerminal: testCase.isTerminal)
                == testCase.expected)
    }
}
