/// Get-Unique: drops objects equal to the one before them (so the input is usually sorted).
/// -AsString compares string forms; -OnType compares type names; case-sensitive unless
/// -CaseInsensitive.
final class GetUniqueCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Unique",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "AsString", type: "switch", parameterSets: ["AsString"]),
            ParameterMetadata(name: "OnType", type: "switch", parameterSets: ["UniqueByType"]),
            ParameterMetadata(name: "CaseInsensitive", type: "switch"),
        ],
        defaultParameterSet: "AsString",
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Returns unique items from a sorted list.",
        examples: [CommandExample(code: "1, 1, 2, 2, 1 | Get-Unique", remarks: "Adjacent duplicates go.", expectedOutput: "1\n2\n1")])
    init() {}
    private var last: Value?

    func process(_ context: CommandContext) throws {
        guard let v = context.inputObject ?? context.value("InputObject") else { return }
        defer { last = v }
        guard let prev = last else { try context.writeObject(v); return }
        let cs = !context.switchPresent("CaseInsensitive")
        let same: Bool
        if context.switchPresent("OnType") {
            same = ObjectAccess.typeName(of: prev) == ObjectAccess.typeName(of: v)
        } else if context.switchPresent("AsString") {
            let a = LanguagePrimitives.toString(prev), b = LanguagePrimitives.toString(v)
            same = cs ? a == b : CaseFold.equal(a, b)
        } else {
            same = ObjectComparer.equal(prev, v, caseSensitive: cs)
        }
        if !same { try context.writeObject(v) }
    }
}
