import Foundation

/// System.IO.FileInfo / DirectoryInfo as PowerShell returns them from New-Item,
/// New-TemporaryFile and Get-Item: a snapshot of the item when it was read.
enum FileItem {
    static let fileType = "System.IO.FileInfo"
    static let directoryType = "System.IO.DirectoryInfo"
    static let fileSystemInfoType = "System.IO.FileSystemInfo"
    static let providerPrefix = "Microsoft.PowerShell.Core\\FileSystem::"

    /// A provider path (`Microsoft.PowerShell.Core\FileSystem::/tmp`) as a plain path.
    @Sendable static func providerPathless(_ path: String) -> String {
        path.hasPrefix(providerPrefix) ? String(path.dropFirst(providerPrefix.count)) : path
    }

    static func make(_ path: String, _ files: FileSystem) -> Value {
        let status = files.status(path)
        let isDir = status?.kind == .directory
        let exists = status != nil
        let name = path == "/" ? "/" : (path as NSString).lastPathComponent
        let parent = (path as NSString).deletingLastPathComponent
        let ext = isDir ? "" : extensionOf(name)
        let base = ext.isEmpty ? name : String(name.dropLast(ext.count))
        let modified = status.map { dateValue($0.modified) } ?? .null
        let created = status.map { dateValue($0.created) } ?? modified
        let perms = status?.permissions ?? 0o644
        let o = PSObject(typeNames: isDir ? [directoryType, "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]
                                         : [fileType, "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"])
        o.setNote("PSPath", .string("Microsoft.PowerShell.Core\\FileSystem::" + path))
        o.setNote("PSParentPath", .string("Microsoft.PowerShell.Core\\FileSystem::" + parent))
        o.setNote("PSChildName", .string(name))
        o.setNote("PSIsContainer", .bool(isDir))
        o.setNote("Mode", .string(mode(isDir: isDir, permissions: perms)))
        o.setNote("UnixMode", .string(mode(isDir: isDir, permissions: perms)))
        o.setNote("BaseName", .string(base))
        if !isDir {
            o.setNote("Length", .long(status?.size ?? 0))
            o.setNote("DirectoryName", .string(parent))
            o.setNote("IsReadOnly", .bool(perms & 0o200 == 0))
        } else {
            o.setNote("Parent", .string(parent))
            o.setNote("Root", .string("/"))
        }
        o.setNote("FullName", .string(path))
        o.setNote("Extension", .string(ext))
        o.setNote("Name", .string(name))
        o.setNote("Exists", .bool(exists))
        o.setNote("CreationTime", created)
        o.setNote("LastAccessTime", modified)
        o.setNote("LastWriteTime", modified)
        o.setNote("Attributes", .string(isDir ? "Directory" : "Normal"))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(path) })))
        return .object(o)
    }

    static func extensionOf(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[dot...])
    }

    static func dateValue(_ d: Date) -> Value {
        let ticks = DotNetDateTime.unixEpochTicks + Int64((d.timeIntervalSince1970 * 10_000_000).rounded())
        return .dateTime(DotNetDateTime(ticks: ticks, kind: .utc).toLocalTime())
    }

    /// `d----` / `-a---` as PowerShell shows Mode; UnixMode-like permission text.
    static func mode(isDir: Bool, permissions p: Int) -> String {
        let bits = [(0o400, "r"), (0o200, "w"), (0o100, "x"), (0o040, "r"), (0o020, "w"), (0o010, "x"), (0o004, "r"), (0o002, "w"), (0o001, "x")]
        return (isDir ? "d" : "-") + bits.map { p & $0.0 != 0 ? $0.1 : "-" }.joined()
    }
}
