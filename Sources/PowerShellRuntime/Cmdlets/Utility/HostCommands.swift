import Foundation

/// Read-Host: a line from the host's input (stdin). -Prompt is shown followed by ": ";
/// -AsSecureString/-MaskInput read without showing what is typed (the terminal's echo is off;
/// pwsh shows an asterisk per character) and wrap or return the text.
final class ReadHostCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Read-Host",
        parameters: [
            ParameterMetadata(name: "Prompt", type: "object", position: 0, valueFromRemainingArguments: true, allowNull: true),
            ParameterMetadata(name: "AsSecureString", type: "switch", parameterSets: ["AsSecureString"]),
            ParameterMetadata(name: "MaskInput", type: "switch", parameterSets: ["AsString"]),
        ],
        defaultParameterSet: "AsString",
        outputTypes: ["System.String", "System.Security.SecureString"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Reads a line of input from the console.",
        examples: [CommandExample(code: "try { $name = Read-Host 'Your name' } catch { $name = 'guest' }\n\"Hello, $name\"",
                                  remarks: "Prompts with 'Your name: ' and reads a line. When nothing can be read (no terminal, or input already at its end) Read-Host fails, and the catch supplies a default so the script also runs unattended: the test suite runs it so and gets Hello, guest. -AsSecureString reads the same way and returns a SecureString.")])
    init() {}

    func end(_ context: CommandContext) throws {
        var prompt: String?
        if let p = context.value("Prompt"), !p.isNull {
            let text = (p.enumerated() ?? [p]).map { LanguagePrimitives.toString($0) }.joined(separator: " ")
            prompt = text + ": "
        }
        // a secure string or masked input is not shown as it is typed
        let secret = context.switchPresent("AsSecureString") || context.switchPresent("MaskInput")
        guard let line = secret ? context.host.readSecretLine(prompt: prompt) : context.host.readLine(prompt: prompt) else {
            try context.session.stopIfReadWasInterrupted()
            throw context.terminatingError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.", errorId: "System.InvalidOperationException", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
        }
        if context.switchPresent("AsSecureString") {
            try context.writeObject(.native(SecureStringObject(line)))
        } else {
            try context.writeObject(.string(line))
        }
    }
}

/// System.Security.SecureString: text that never prints.
final class SecureStringObject: NativeObject {
    let text: String
    init(_ text: String) { self.text = text }
    var typeName: String { "System.Security.SecureString" }
    var propertyNames: [String] { ["Length"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        name.folded == "length" ? .int(text.utf16.count) : nil
    }
    func toString() -> String { typeName }
}

/// Clear-Host (`cls`, `clear`): clears a terminal screen; prints nothing when output is redirected.
final class ClearHostCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Clear-Host", moduleName: "Microsoft.PowerShell.Core", synopsis: "Clears the display in the host program.",
                                          examples: [CommandExample(code: "Clear-Host", remarks: "Clears the terminal screen and its scrollback; `cls` and `clear` are aliases. Nothing is written when output is not a terminal.")])
    init() {}
    func end(_ context: CommandContext) throws {
        if context.host.isInteractive && context.host.useColor {
            context.host.write("\u{1B}[2J\u{1B}[3J\u{1B}[H", to: .output)
        }
    }
}
