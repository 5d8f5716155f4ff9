/// A conceptual help topic (`Get-Help about_LicenseLab`): text for learners. Lines that start
/// with `PS> ` (after indentation) are commands to try; a test runs each of them against the demo
/// tenant, so the topics cannot drift from what the shell does. A command that ends with the
/// comment `# fails` is meant to fail (the lesson is its error).
public struct HelpTopic: Sendable {
    public let name: String
    public let synopsis: String
    /// The text as Get-Help prints it, one element per line.
    public let lines: [String]

    init(name: String, synopsis: String, text: String) {
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

/// The about_ topics LicenseLab ships. Get-Help looks names up here before commands.
public enum HelpTopics {
    public static let all: [HelpTopic] = [aboutLicenseLab, aboutGroupLicensingErrors]

    /// Case-insensitive exact name.
    public static func named(_ name: String) -> HelpTopic? {
        let key = NameKey.fold(name)
        return all.first { NameKey.fold($0.name) == key }
    }

    /// Topics whose names match a wildcard (`about_*`).
    public static func matching(_ pattern: String) -> [HelpTopic] {
        let p = WildcardPattern(pattern)
        return all.filter { p.matches($0.name) }
    }
}
