import Foundation
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing

/// The README's first session is run exactly as written: each `PS contoso> ` line of the
/// `text` blocks in "A first session" is typed at the prompt of a fresh demo tenant, in order,
/// and what it prints (output, then errors) must be the lines that follow it in the README.
@Suite struct ReadmeWalkthroughTests {
    struct Step { let command: String; var expected: [String] }

    static func steps() throws -> [Step] {
        let readme = try String(contentsOf: PackageLayout.root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n## A first session") else { return [] }
        let section = readme[start.upperBound...]
        let body = section.range(of: "\n## ").map { section[..<$0.lowerBound] } ?? section
        var steps: [Step] = []
        var inBlock = false
        for line in body.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inBlock = line == "```text"; continue }
            guard inBlock else { continue }
            if line.hasPrefix("PS contoso> ") {
                steps.append(Step(command: String(line.dropFirst("PS contoso> ".count)), expected: []))
            } else if !steps.isEmpty {
                steps[steps.count - 1].expected.append(line)
            }
        }
        return steps
    }

    @Test func theReadmeSessionHasSeveralCommands() throws {
        #expect(try Self.steps().count >= 10)
    }

    @Test func everyCommandOfTheReadmeSessionPrintsWhatTheReadmeShows() throws {
        let lab = LabSession()
        for step in try Self.steps() {
            let (out, err) = (lab.host.stdout.count, lab.host.stderr.count)
            _ = lab.session.runInteractive(line: step.command)
            let printed = String(lab.host.stdout.dropFirst(out)) + String(lab.host.stderr.dropFirst(err))
            var lines = printed.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            if lines.last == "" { lines.removeLast() }
            #expect(lines == step.expected, "README: PS contoso> \(step.command)")
        }
    }
}
