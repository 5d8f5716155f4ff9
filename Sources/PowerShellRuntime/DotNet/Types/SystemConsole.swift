/// System.Console: writes go to the host's output; colours are not emulated (Gray).
enum SystemConsole {
    static let members = TypeMembers(
        staticProperties: [
            "ForegroundColor": { _ in .string("Gray") },
            "BackgroundColor": { _ in .string("Gray") },
            "WindowWidth": { session in .int(session.host.windowWidth) },
            "BufferWidth": { session in .int(session.host.windowWidth) },
            "IsOutputRedirected": { session in .bool(!session.host.isInteractive) },
        ],
        staticMethods: [
            "WriteLine": { call in write(call, newLine: true) },
            "Write": { call in write(call, newLine: false) },
            "ReadLine": { call in call.session.host.readLine(prompt: nil).map { .string($0) } ?? .null },
            "Clear": { _ in .automationNull },
            "Beep": { _ in .automationNull },
            "ResetColor": { _ in .automationNull },
        ])

    private static func write(_ call: MethodCall, newLine: Bool) -> Value {
        let text = call.args.map { LanguagePrimitives.toString($0) }.joined()
        call.session.writeToHost(text + (newLine ? "\n" : ""), to: .output)
        return .automationNull
    }
}
