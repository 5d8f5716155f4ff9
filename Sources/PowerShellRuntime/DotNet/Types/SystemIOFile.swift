import Foundation

/// System.IO.File and System.IO.Directory: whole-file reads and writes through the session's
/// file system (relative paths against the current location), with .NET's errors for a missing file.
enum SystemIOFile {
    static let members = TypeMembers(
        staticMethods: [
            "Exists": { call in .bool(call.session.fileSystem.status(path(call)).map { $0.kind != .directory } ?? false) },
            "ReadAllText": { call in .string(try readText(call)) },
            "ReadAllLines": { call in
                var lines = try readText(call).components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
                if lines.last == "" { lines.removeLast() }
                return .array(PSArray(lines.map { .string($0) }, elementTypeName: "System.String"))
            },
            "WriteAllText": { call in try write(call, lines: false, append: false) },
            "AppendAllText": { call in try write(call, lines: false, append: true) },
            "WriteAllLines": { call in try write(call, lines: true, append: false) },
            "AppendAllLines": { call in try write(call, lines: true, append: true) },
            "Delete": { call in
                try? call.session.fileSystem.remove(path(call))
                return .automationNull
            },
        ])

    /// The first argument, resolved against the current location.
    static func path(_ call: MethodCall) -> String { call.session.resolvePath(call.string(0)) }

    /// A file's text, or .NET's exception for a missing file or folder, wrapped as a method invocation failure.
    private static func readText(_ call: MethodCall) throws -> String {
        let file = path(call), fileSystem = call.session.fileSystem
        guard fileSystem.exists(file) else {
            if !fileSystem.exists((file as NSString).deletingLastPathComponent) {
                throw BuiltinMethods.methodError(call.name, call.count, "Could not find a part of the path '\(file)'.", "System.IO.DirectoryNotFoundException")
            }
            throw BuiltinMethods.methodError(call.name, call.count, "Could not find file '\(file)'.", "System.IO.FileNotFoundException")
        }
        return try call.session.readTextFile(file)
    }

    private static func write(_ call: MethodCall, lines: Bool, append: Bool) throws -> Value {
        let file = path(call)
        var text = lines ? (call.arg(1).enumerated() ?? [call.arg(1)]).map { LanguagePrimitives.toString($0) + "\n" }.joined() : call.string(1)
        if append, let old = try? call.session.readTextFile(file) { text = old + text }
        try call.session.writeTextFile(file, text)
        return .automationNull
    }
}

/// System.IO.Directory: whether a folder exists, and creating one.
enum SystemIODirectory {
    static let members = TypeMembers(
        staticMethods: [
            "Exists": { call in .bool(call.session.fileSystem.isDirectory(SystemIOFile.path(call))) },
            "CreateDirectory": { call in
                let folder = SystemIOFile.path(call)
                try? call.session.fileSystem.createDirectory(folder)
                return .string(folder)
            },
        ])
}
