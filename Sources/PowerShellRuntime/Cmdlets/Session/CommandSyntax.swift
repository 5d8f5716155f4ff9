/// Syntax lines generated from command metadata, one per parameter set, as Get-Command -Syntax
/// and Get-Help print them: positional parameters first by position (`[-Name] <type>`), then the
/// named ones; optional parts in brackets; switches without a type; `[<CommonParameters>]` last.
enum CommandSyntax {
    /// `scriptTypes`: a script function's help names .NET types (`<String>`, `<Int32>`).
    static func lines(_ md: CommandMetadata, scriptTypes: Bool = false) -> [String] {
        var sets = md.parameterSetNames
        if sets.isEmpty { sets = ["__AllParameterSets"] }
        // A default set nobody declares parameters for still shows when it is the only one.
        let declared = Set(md.parameters.flatMap(\.parameterSets).map(CaseFold.fold))
        if sets.count > 1 { sets = sets.filter { declared.contains(CaseFold.fold($0)) || $0 == "__AllParameterSets" } }
        if sets.isEmpty { sets = ["__AllParameterSets"] }
        return sets.map { line(md, set: $0, scriptTypes: scriptTypes) }
    }

    static func line(_ md: CommandMetadata, set: String, scriptTypes: Bool = false) -> String {
        let params = md.parameters.enumerated().filter { _, p in
            p.parameterSets.isEmpty || p.parameterSets.contains { CaseFold.equal($0, set) } || set == "__AllParameterSets"
        }.sorted { a, b in
            switch (a.element.position, b.element.position) {
            case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        var parts = [md.name]
        for p in params { parts.append(fragment(p, scriptTypes: scriptTypes)) }
        if md.isAdvanced {
            if md.supportsShouldProcess { parts.append("[-WhatIf]"); parts.append("[-Confirm]") }
            parts.append("[<CommonParameters>]")
        }
        return parts.joined(separator: " ")
    }

    static func fragment(_ p: ParameterMetadata, scriptTypes: Bool = false) -> String {
        if p.isSwitch { return p.mandatory ? "-\(p.name)" : "[-\(p.name)]" }
        let name = p.position != nil ? "[-\(p.name)]" : "-\(p.name)"
        let text = "\(name) <\(scriptTypes ? dotNetTypeText(p.type) : typeText(p.type))>"
        return p.mandatory ? text : "[\(text)]"
    }

    /// The type as help shows it: `Object`, `Object[]`, `string`, `int`, `psobject`, `scriptblock` ...
    static func typeText(_ t: String) -> String {
        switch CaseFold.fold(t) {
        case "object": return "Object"
        case "object[]": return "Object[]"
        case "system.string": return "string"
        case "system.int32": return "int"
        default: return t
        }
    }

    /// The .NET short name of a type literal (`string` → `String`, `int[]` → `Int32[]`).
    static func dotNetTypeText(_ t: String) -> String {
        var base = t, suffix = ""
        if base.hasSuffix("[]") { base = String(base.dropLast(2)); suffix = "[]" }
        let names = ["string": "String", "int": "Int32", "int32": "Int32", "long": "Int64", "int64": "Int64", "bool": "Boolean",
                     "double": "Double", "decimal": "Decimal", "object": "Object", "hashtable": "Hashtable", "datetime": "DateTime",
                     "scriptblock": "ScriptBlock", "psobject": "PSObject", "pscustomobject": "PSObject", "guid": "Guid", "char": "Char",
                     "byte": "Byte", "timespan": "TimeSpan", "securestring": "SecureString", "pscredential": "PSCredential"]
        if let n = names[CaseFold.fold(base)] { return n + suffix }
        return (base.split(separator: ".").last.map(String.init) ?? base) + suffix
    }
}
