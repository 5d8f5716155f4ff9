import ArgumentParser
import Foundation
import Testing
@testable import licenselab

/// Completions/ holds what `licenselab --generate-completion-script SHELL` prints; regenerate
/// with Scripts/completions when the command line changes.
@Test(arguments: [CompletionShell.bash, .zsh, .fish])
func theCommittedCompletionScriptMatchesTheCommandLine(_ shell: CompletionShell) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let file = root.appendingPathComponent("Completions/licenselab.\(shell.rawValue)")
    let committed = try String(contentsOf: file, encoding: .utf8)
    let generated = LicenseLab.completionScript(for: shell)
    #expect(committed == generated + "\n", "Completions/licenselab.\(shell.rawValue) is out of date: run Scripts/completions")
}
