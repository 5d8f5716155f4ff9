import Foundation

/// System.Text.RegularExpressions.Regex: `[regex]::Escape($text)`, `[regex]::new($pattern)`, and
/// the static forms of the instance methods (`[regex]::Replace($in, $pattern, $with, 'IgnoreCase')`).
enum SystemTextRegularExpressions {
    static let regex = TypeMembers(
        staticMethods: [
            "Escape": { call in .string(DotNetRegex.escape(call.string(0))) },
            "Unescape": { call in .string(call.string(0).replacingOccurrences(of: "\\", with: "")) },
            "IsMatch": { call in try viaInstance(call, optionsAt: 2) },
            "Match": { call in try viaInstance(call, optionsAt: 2) },
            "Matches": { call in try viaInstance(call, optionsAt: 2) },
            "Split": { call in try viaInstance(call, optionsAt: 2) },
            "Replace": { call in try viaInstance(call, optionsAt: 3, replacement: true) },
        ],
        constructor: { call in .native(try RegexObject(pattern: call.string(0), options: call.count > 1 ? options(call.string(1)) : [])) })

    /// `[regex]::M(input, pattern, [replacement,] [options])` is `[regex]::new(pattern, options).M(input[, replacement])`.
    private static func viaInstance(_ call: MethodCall, optionsAt index: Int, replacement: Bool = false) throws -> Value {
        let r = try RegexObject(pattern: call.string(1), options: call.count > index ? options(LanguagePrimitives.toString(call.args[index])) : [])
        var rest = [call.arg(0)]
        if replacement { rest.append(call.arg(2)) }
        return try r.invokeMethod(NameKey(call.name), rest, session: call.session) ?? .null
    }

    /// RegexOptions written as text: `'IgnoreCase, Multiline'`.
    private static func options(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
