/// Syntax lines generated from command metadata, one per parameter set, as Get-Command -Syntax
/// and Get-Help print them: positional parameters first by position (`[-Name] <type>`), then the
/// named ones; optional parts in brackets; switches without a type; `[<CommonParameters>]` last.
enum CommandSyntax {
    static func lines(_ md: CommandMetadata) -> [String] {
        var sets = md.parameterSetNames
        if sets.isEmpty { sets = ["__AllParameterSets"] }
        // A default set nobody declares parameters for still shows when it is the only one.
        let declared = Set(md.parameters.flatMap(\.parameterSets).map(CaseFold.fold))
        if sets.count > 1 { sets = sets.filter { declared.contains(CaseFold.fold($0)) || $0 == "__AllParameterSets" } }
        if sets.isEmpty { sets = ["__AllParameterSets"] }
        return sets.map { line(md, set: $0) }
    }

    static func line(_ md: CommandMetadata, set: String) -> String {
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
        for p in params { parts.append(fragment(p)) }
        if md.isAdvanced {
            if md.supportsShouldProcess { parts.append("[-WhatIf]"); parts.append("[-Confirm]") }
            parts.append("[<CommonParameters>]")
        }
        return parts.joined(separator: " ")
    }

    static func fragment(_ p: ParameterMetadata) -> String {
        if p.isSwitch { return p.mandatory ? "-\(p.name)" : "[-\(p.name)]" }
        let name = p.position != nil ? "[-\(p.name)]" : "-\(p.name)"
        let text = "\(name) <\(typeText(p.type))>"
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
}
