import Foundation

/// Places tests read, found from this file's own path (no path of one machine in the tests).
public enum PackageLayout {
    /// The package root: this file is `Tests/ScriptTestSupport/PackageLayout.swift`.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Scripts`, the runtime's golden scripts.
    public static let scripts = GoldenFolder(root.appendingPathComponent("Tests/Scripts"))
}
