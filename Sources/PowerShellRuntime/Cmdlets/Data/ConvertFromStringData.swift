import Foundation

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
