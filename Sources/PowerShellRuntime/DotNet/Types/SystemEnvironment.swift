import Foundation

/// System.Environment: the session's environment variables (`$env:` and these share them),
/// `[Environment]::NewLine`, `[Environment]::Exit(n)`.
enum SystemEnvironment {
    static let members = TypeMembers(
        staticProperties: [
            "NewLine": { _ in .string("\n") },
            "MachineName": { _ in .string(ProcessInfo.processInfo.hostName) },
            "UserName": { session in .string(session.environment["USER"] ?? "user") },
            "CurrentDirectory": { _ in .string(FileManager.default.currentDirectoryPath) },
            "OSVersion": { _ in .string("Unix") },
            "ProcessorCount": { _ in .int(ProcessInfo.processInfo.processorCount) },
        ],
        staticMethods: [
            "GetEnvironmentVariable": { call in call.session.environment[call.string(0)].map { .string($0) } ?? .null },
            "SetEnvironmentVariable": { call in
                call.session.environment[call.string(0)] = call.arg(1).isNull ? nil : call.string(1)
                return .automationNull
            },
            "Exit": { call in throw ExitSignal(code: Int32(truncatingIfNeeded: try call.int(0))) },
            "GetFolderPath": { call in .string(call.session.environment["HOME"] ?? "/tmp") },
        ])
}
