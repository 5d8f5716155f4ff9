import Foundation
import Testing

/// Places tests read, found from this file's own path (no path of one machine in the tests).
public enum PackageLayout {
    /// The package root: this file is `Tests/ScriptTestSupport/PackageLayout.swift`.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Scripts`, the runtime's golden scripts.
    public static let scripts = GoldenFolder(root.appendingPathComponent("Tests/Scripts"))
}

/// The shared acceptance scripts, `../shared/acceptance` beside the package root. A checkout
/// without them skips their tests; under CI (the `CI` variable set, as `.ci/run` sets it) their
/// absence is a failure, so CI cannot pass by not running them.
public enum SharedAcceptance {
    public static let folder: URL = PackageLayout.root.appendingPathComponent("../shared/acceptance").standardizedFileURL

    /// `language/` or `licensing/`, compared as `../shared/acceptance/run` compares (`.squeezed`)
    /// and never recorded (the files are not this repository's).
    public static func goldens(_ subfolder: String) -> GoldenFolder {
        GoldenFolder(folder.appendingPathComponent(subfolder), blankLines: .squeezed, recordable: false)
    }

    public static var isPresent: Bool { GoldenFolder(folder).exists }

    /// True when `CI` is set to anything but empty, `0` or `false`.
    public static var isRequired: Bool { isRequired(in: ProcessInfo.processInfo.environment) }

    public static func isRequired(in environment: [String: String]) -> Bool {
        !["", "0", "false"].contains((environment["CI"] ?? "").lowercased())
    }

    /// For `.enabled(if:)`: a test that reads the folder runs when it is there, and under CI
    /// (where `requirePresent` then fails it).
    public static var shouldRun: Bool { isPresent || isRequired }

    /// Records a failure when the folder is missing (the caller runs only when `shouldRun`).
    public static func requirePresent(sourceLocation: SourceLocation = #_sourceLocation) {
        if let problem = problem(with: folder) { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    }

    /// Why `folder` cannot serve as the acceptance folder, or nil when it can.
    public static func problem(with folder: URL) -> String? {
        GoldenFolder(folder).exists ? nil : "\(folder.path) is missing: CI must run the shared acceptance scripts"
    }
}
