import Foundation

/// Read-Host: a line from the host's input (stdin). -Prompt is shown followed by ": ";
/// -AsSecureString/-MaskInput read the same way and wrap or return the text.
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
        synopsis: "Reads a line of input from the console.")
    init() {}

    func end(_ context: CommandContext) throws {
        var prompt: String?
        if let p = context.value("Prompt"), !p.isNull {
            let text = (p.enumerated() ?? [p]).map { LanguagePrimitives.toString($0) }.joined(separator: " ")
            prompt = text + ": "
        }
        guard let line = context.host.readLine(prompt: prompt) else {
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
    static let metadata = CommandMetadata(name: "Clear-Host", moduleName: "Microsoft.PowerShell.Core", synopsis: "Clears the display in the host program.")
    init() {}
    func end(_ context: CommandContext) throws {
        if context.host.isInteractive && context.host.useColor {
            context.host.write("\u{1B}[2J\u{1B}[3J\u{1B}[H", to: .output)
        }
    }
}

/// Start-Sleep (`sleep`): waits -Seconds (fractions allowed) or -Milliseconds.
final class StartSleepCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Start-Sleep",
        parameters: [
            ParameterMetadata(name: "Seconds", type: "double", aliases: ["s"], position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Seconds"], validateRange: 0...Double(Int32.max / 1000)),
            ParameterMetadata(name: "Milliseconds", type: "int", aliases: ["ms"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["Milliseconds"], validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "Duration", type: "timespan", aliases: ["ts"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["FromTimeSpan"]),
        ],
        defaultParameterSet: "Seconds",
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Suspends the activity in a script or session for the specified period of time.")
    init() {}

    func process(_ context: CommandContext) throws {
        var seconds = 0.0
        if let ms = context.int("Milliseconds") { seconds = Double(ms) / 1000 }
        else if case .timeSpan(let t)? = context.value("Duration") { seconds = t.totalSeconds }
        else if let v = context.inputObject ?? context.value("Seconds") { seconds = (try? LanguagePrimitives.toDouble(v)) ?? 0 }
        try SleepClock.sleep(seconds: seconds, context)
    }
}

/// Sleeping in small slices so that Ctrl-C (the session's stop request) ends the wait.
enum SleepClock {
    static func sleep(seconds: Double, _ context: CommandContext) throws {
        guard seconds > 0 else { return }
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return }
            try context.session.checkStop()
            Thread.sleep(forTimeInterval: min(left, 0.05))
        }
    }
}

/// ConvertFrom-StringData: `name = value` lines to a hashtable (values unescaped like
/// Regex.Unescape; `#` lines and blank lines skipped).
final class ConvertFromStringDataCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertFrom-StringData",
        parameters: [
            ParameterMetadata(name: "StringData", type: "string", position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true),
            ParameterMetadata(name: "Delimiter", type: "string", position: 1),
        ],
        outputTypes: ["System.Collections.Hashtable"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Converts a string containing one or more key and value pairs to a hash table.",
        examples: [CommandExample(code: "(\"a = 1`nb = two\" | ConvertFrom-StringData).b", remarks: "Lines of name=value.", expectedOutput: "two")])
    init() {}

    func process(_ context: CommandContext) throws {
        let text = (context.inputObject ?? context.value("StringData")).map { LanguagePrimitives.toString($0) } ?? ""
        let delimiter: Character = context.string("Delimiter").flatMap { $0.first } ?? "="
        let table = PSHashtable()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if s.isEmpty || s.hasPrefix("#") { continue }
            guard let i = s.firstIndex(of: delimiter), i != s.startIndex else {
                throw context.terminatingError("Data line '\(line)' is not in 'name=value' format.", errorId: "InvalidOperation", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
            }
            let name = s[..<i].trimmingCharacters(in: .whitespaces)
            if table.containsKey(.string(name)) {
                throw context.terminatingError("Data item '\(name)' in line '\(line)' is already defined.", errorId: "InvalidOperation", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
            }
            let value = s[s.index(after: i)...].trimmingCharacters(in: .whitespaces)
            table[.string(name)] = .string(ConvertFromStringDataCommand.unescape(value))
        }
        try context.writeObject(.hashtable(table))
    }

    /// Regex.Unescape: `\n \t \r \f \v \a \e \\ \uXXXX \xHH`, any other escaped character stands for itself.
    static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = String.UnicodeScalarView()
        let u = Array(s.unicodeScalars)
        var i = 0
        func hex(_ from: Int, _ n: Int) -> UInt32? {
            guard from + n <= u.count else { return nil }
            return UInt32(String(String.UnicodeScalarView(u[from..<(from + n)])), radix: 16)
        }
        while i < u.count {
            let c = u[i]
            guard c == "\\", i + 1 < u.count else { out.append(c); i += 1; continue }
            let e = u[i + 1]
            i += 2
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "f": out.append("\u{0C}")
            case "v": out.append("\u{0B}")
            case "a": out.append("\u{07}")
            case "e": out.append("\u{1B}")
            case "u":
                if let v = hex(i, 4), let sc = Unicode.Scalar(v) { out.append(sc); i += 4 } else { out.append(e) }
            case "x":
                if let v = hex(i, 2), let sc = Unicode.Scalar(v) { out.append(sc); i += 2 } else { out.append(e) }
            default: out.append(e)
            }
        }
        return String(out)
    }
}
