import Foundation

extension Session {
    /// Pester's `TestDrive:` drive: `TestDrive:\x` is `x` in the folder `$TestDrive` names where
    /// the path is used (Invoke-Pester sets it for each test file); other paths are unchanged.
    func mappingTestDrive(_ path: String) -> String {
        guard path.utf8.count >= 10, path.utf8.first == UInt8(ascii: "T") || path.utf8.first == UInt8(ascii: "t"),
              NameKey.fold(String(path.prefix(10))) == "testdrive:",
              case .string(let root)? = lookupVariable(NameKey("TestDrive")), !root.isEmpty else { return path }
        var rest = path.dropFirst(10)
        while rest.first == "/" || rest.first == "\\" { rest = rest.dropFirst() }
        return rest.isEmpty ? root : root + "/" + rest
    }
}

/// Pester's InModuleScope: runs a script block inside a script module's scope, where the
/// module's unexported functions and its `$script:` variables are in reach (a binary module has
/// no such scope: the block runs in a child of the caller's). -Parameters become variables of the
/// block, -ArgumentList its arguments.
final class InModuleScopeCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "InModuleScope",
        parameters: [
            ParameterMetadata(name: "ModuleName", type: "string", position: 0, mandatory: true, helpMessage: "The module whose scope the script block runs in."),
            ParameterMetadata(name: "ScriptBlock", type: "scriptblock", position: 1, mandatory: true, helpMessage: "The code to run."),
            ParameterMetadata(name: "Parameters", type: "hashtable", helpMessage: "Variables to set for the script block."),
            ParameterMetadata(name: "ArgumentList", type: "object[]", helpMessage: "Arguments passed to the script block."),
        ],
        moduleName: "Pester",
        synopsis: "Runs a script block in the scope of a module, where its private functions and variables are in reach.",
        examples: [CommandExample(code: "Set-Content tools.psm1 '$count = 41; function Get-Next { $script:count + 1 }; Export-ModuleMember -Function Get-Next'\nImport-Module ./tools.psm1\nInModuleScope tools { $count }",
                                  remarks: "Reads a module's script variable, which the caller cannot see.", expectedOutput: "41")])
    init() {}

    func process(_ context: CommandContext) throws {
        let s = context.session
        let name = context.string("ModuleName") ?? ""
        guard case .scriptBlock(let block)? = context.value("ScriptBlock") else { return }
        let module = s.modules.scriptModule(named: name)
        guard module != nil || s.modules.isImported(name) else {
            throw context.terminatingError("No modules named '\(name)' are currently loaded.", errorId: "ModuleNotFound", category: .ObjectNotFound, targetObject: .string(name))
        }
        let scope = Scope(parent: module?.scope ?? s.currentScope)
        if case .hashtable(let h)? = context.value("Parameters") {
            for (k, v) in zip(h.keys, h.values) {
                let key = LanguagePrimitives.toString(k)
                scope.variables[NameKey(key)] = PSVariable(name: key, value: v)
            }
        }
        let savedScope = s.currentScope, savedScript = s.scriptScope
        s.currentScope = scope
        if let m = module { s.scriptScope = m.scope }
        defer { s.currentScope = savedScope; s.scriptScope = savedScript }
        let arguments = context.has("ArgumentList") ? context.values("ArgumentList") : []
        for v in try s.invoke(block, dollarUnder: nil, arguments: arguments) { try context.writeObject(v) }
    }
}
