import Foundation

/// System.IO.Path: path text operations with `/` as the separator (the shell runs on Unix).
enum SystemIOPath {
    /// .NET on Unix: `$env:TMPDIR` (as the script's session has it) with a final `/`, else /tmp/.
    static func temporaryFolder(_ session: Session) -> String {
        guard let dir = session.environment["TMPDIR"], !dir.isEmpty else { return "/tmp/" }
        return dir.hasSuffix("/") ? dir : dir + "/"
    }

    static let members = TypeMembers(
        staticProperties: [
            "DirectorySeparatorChar": { _ in .char("/") },
            "PathSeparator": { _ in .char(":") },
        ],
        staticMethods: [
            "Combine": combine,
            "Join": combine,
            "GetFileName": { call in .string(path(call).lastPathComponent) },
            "GetExtension": { call in
                let ext = path(call).pathExtension
                return .string(ext.isEmpty ? "" : "." + ext)
            },
            "GetFileNameWithoutExtension": { call in .string((path(call).lastPathComponent as NSString).deletingPathExtension) },
            "GetDirectoryName": { call in .string(path(call).deletingLastPathComponent) },
            "GetTempPath": { call in .string(temporaryFolder(call.session)) },
            "GetTempFileName": { call in
                let file = (temporaryFolder(call.session) as NSString).appendingPathComponent("tmp\(UUID().uuidString.prefix(8)).tmp")
                try? call.session.fileSystem.write(Data(), to: file, append: false)
                return .string(file)
            },
            "GetFullPath": { call in .string(call.session.resolvePath(call.string(0))) },
            "ChangeExtension": { call in
                let ext = call.count > 1 && !call.arg(1).isNull ? (call.string(1).hasPrefix(".") ? call.string(1) : "." + call.string(1)) : ""
                return .string(path(call).deletingPathExtension + ext)
            },
            "IsPathRooted": { call in .bool(call.string(0).hasPrefix("/")) },
            "IsRooted": { call in .bool(call.string(0).hasPrefix("/")) },
            "GetRandomFileName": { _ in .string(String(UUID().uuidString.lowercased().prefix(12))) },
        ])

    private static func path(_ call: MethodCall) -> NSString { call.string(0) as NSString }

    /// Combine / Join: a rooted part starts the path again.
    private static func combine(_ call: MethodCall) -> Value? {
        .string(call.args.map { LanguagePrimitives.toString($0) }.reduce("") { $0.isEmpty || $1.hasPrefix("/") ? $1 : ($0 as NSString).appendingPathComponent($1) })
    }
}
