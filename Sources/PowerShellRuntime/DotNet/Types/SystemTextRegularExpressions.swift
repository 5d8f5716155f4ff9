import Foundation

/// System.Text.RegularExpressions.Regex: `[regex]::Escape($text)`, `[regex]::new($pattern)`, and
/// the static forms of the instance methods (`[regex]::Replace($in, $pattern, $with, 'IgnoreCase')`),
/// the instance methods themselves (`RegexObject`), and Match's (`RegexMatchObject`).
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
        instanceMethods: [
            "IsMatch": onRegex { r, call in .bool(r.regex.isMatch(call.string(0))) },
            "Match": onRegex { r, call in .native(RegexMatchObject(r.regex.firstMatch(in: call.string(0)), regex: r.regex)) },
            "Matches": onRegex { r, call in
                .native(MatchCollection(r.regex.matches(in: call.string(0)).map { RegexMatchObject($0, regex: r.regex) }))
            },
            "Replace": onRegex { r, call in
                guard call.count >= 2 else { return nil }
                let input = call.string(0)
                if case .scriptBlock(let sb) = call.args[1] {
                    return .string(try r.regex.replace(in: input) { m in
                        LanguagePrimitives.toString(try call.session.invokePredicate(sb, .native(RegexMatchObject(m, regex: r.regex))))
                    })
                }
                return .string(r.regex.replace(in: input, with: LanguagePrimitives.toString(call.args[1])))
            },
            "Split": onRegex { r, call in .array(PSArray(r.regex.split(call.string(0)).map { .string($0) }, elementTypeName: "System.String")) },
            "GetGroupNames": onRegex { r, _ in .array(PSArray(r.regex.groupNames.map { .string($0) }, elementTypeName: "System.String")) },
            "ToString": onRegex { r, _ in .string(r.pattern) },
        ],
        constructor: { call in .native(try RegexObject(pattern: call.string(0), options: call.count > 1 ? options(call.string(1)) : [])) })

    /// System.Text.RegularExpressions.Match: `$m.ToString()` is the matched text.
    static let match = TypeMembers(instanceMethods: [
        "ToString": { call in
            guard case .native(let n) = call.target, let m = n as? RegexMatchObject else { return nil }
            return .string(m.toString())
        },
    ])

    private static func onRegex(_ body: @escaping @Sendable (RegexObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n) = call.target, let r = n as? RegexObject else { return nil }
            return try body(r, call)
        }
    }

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
