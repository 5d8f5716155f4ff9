/// A conceptual help topic (`Get-Help about_…`), brought by a module (ShellModule.helpTopics):
/// text for learners. Lines that start with `PS> ` (after indentation) are commands to try; a
/// module's tests run each of them, so the topics cannot drift from what the shell does. A
/// command that ends with the comment `# fails` is meant to fail (the lesson is its error).
public struct HelpTopic: Sendable {
    public let name: String
    public let synopsis: String
    /// The text as Get-Help prints it, one element per line.
    public let lines: [String]

    public init(name: String, synopsis: String, text: String) {
        self.name = name
        self.synopsis = synopsis
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The commands the topic invites the reader to type (without the `PS> `).
    public var commands: [String] {
        lines.compactMap { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("PS> ") ? String(trimmed.dropFirst(4)) : nil
        }
    }
}
