import Foundation
import Licensing

// How a command line (`licenselab`, `licenselab serve`) names its tenant: `--demo`, `--tenant
// PATH`, or the default file.
extension TenantStore {
    /// `--demo`: a fresh demo tenant in memory; otherwise the file at `path` (as `absolutePath`
    /// reads it), or the default file. Only the default location's folder is made: a `--tenant`
    /// path must be in an existing folder.
    public static func forCommandLine(demo: Bool, path: String?) throws(TenantStoreError) -> TenantStore {
        if demo { return try TenantStore(inMemory: DemoTenant.make()) }
        return try TenantStore(path: path.map(absolutePath) ?? defaultPath(), createDirectory: path == nil)
    }

    /// A path as given on a command line: `~` for the home folder, relative to the current one.
    public static func absolutePath(_ path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + p.dropFirst() }
        if !p.hasPrefix("/") { p = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(p) }
        return (p as NSString).standardizingPath
    }
}
