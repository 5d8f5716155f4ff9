/// Type names as PowerShell completes them (CompletionCompleters.CompleteType): what was typed
/// is matched, as a wildcard prefix, against names with as many dots as it has: type
/// accelerators (completed as themselves), full type names, short type names (completed to the
/// full name) and namespaces. Sorted by the name a list shows, ties to the accelerator.
extension CompletionEngine {
    /// After `[` (a type literal) or `using namespace `: where the type name starts and the
    /// candidates; nil when the line does not end in one.
    func typeNameCompletion(_ prefix: [Character]) -> (Int, [CompletionMatch])? {
        var i = prefix.count
        while i > 0, prefix[i - 1].isLetter || prefix[i - 1].isNumber || "._+".contains(prefix[i - 1]) { i -= 1 }
        let typed = String(prefix[i...])
        if i > 0, prefix[i - 1] == "[" {
            // not an index (`$a[`, `)[`, `][`): a type literal starts a value or follows an operator,
            // where an expression is read, never inside a string or as a command's argument
            if i >= 2, prefix[i - 2].isLetter || prefix[i - 2].isNumber || "$)]_".contains(prefix[i - 2]) { return nil }
            let input = CompletionInput(prefix: Array(prefix[..<(i - 1)]))
            guard input.openQuote == nil, input.word.isEmpty || input.word.allSatisfy({ "[]".contains($0) }),
                  input.isCommandPosition || input.isExpressionStatement else { return nil }
            return (i, typeNames(typed))
        }
        let before = String(prefix[..<i]).lowercased()
        if before.hasSuffix("using namespace ") {
            return (i, typeNames(typed, namespacesOnly: true))
        }
        return nil
    }

    func typeNames(_ typed: String, namespacesOnly: Bool = false) -> [CompletionMatch] {
        let dots = typed.filter { $0 == "." }.count
        let pattern = WildcardPattern(typed + "*")
        var seen = Set<NameKey>()
        var found: [(list: String, text: String, isAccelerator: Bool, toolTip: String)] = []
        func add(key: String, text: String, list: String, accelerator: Bool = false, toolTip: String) {
            guard key.filter({ $0 == "." }).count == dots, pattern.matches(key), seen.insert(NameKey(text)).inserted else { return }
            found.append((list, text, accelerator, toolTip))
        }
        let fullNames = Set(TypeRegistry.knownTypes.values)
        if !namespacesOnly {
            for (name, full) in TypeRegistry.accelerators { add(key: name, text: name, list: name, accelerator: true, toolTip: "Class " + full) }
            for name in CompletionEngine.attributeAccelerators {
                add(key: name, text: name, list: name, accelerator: true, toolTip: "Class System.Management.Automation." + name + "Attribute")
            }
            for full in fullNames {
                let short = String(full.split(separator: ".").last ?? Substring(full))
                add(key: full, text: full, list: short, toolTip: "Class " + full)
                add(key: short, text: full, list: short, toolTip: "Class " + full)
            }
        }
        var namespaces = Set<String>()
        for full in fullNames {
            var parts = full.split(separator: ".").dropLast()
            while !parts.isEmpty {
                namespaces.insert(parts.joined(separator: "."))
                parts = parts.dropLast()
            }
        }
        for ns in namespaces { add(key: ns, text: ns, list: ns, toolTip: "Namespace " + ns) }
        return found.sorted { a, b in
            let fa = NameKey.fold(a.list), fb = NameKey.fold(b.list)
            return fa != fb ? fa < fb : a.isAccelerator && !b.isAccelerator
        }.map { CompletionMatch($0.text, listItemText: $0.list, kind: .type, toolTip: $0.toolTip) }
    }

    /// PowerShell's accelerators for the attributes scripts write on parameters and variables.
    static let attributeAccelerators = [
        "Alias", "AllowEmptyCollection", "AllowEmptyString", "AllowNull", "ArgumentCompleter", "ArgumentCompletions", "CmdletBinding",
        "OutputType", "Parameter", "PSDefaultValue", "SupportsWildcards", "ValidateCount", "ValidateDrive", "ValidateLength",
        "ValidateNotNull", "ValidateNotNullOrEmpty", "ValidateNotNullOrWhiteSpace", "ValidatePattern", "ValidateRange",
        "ValidateScript", "ValidateSet", "ValidateTrustedData", "ValidateUserDrive",
    ]
}
