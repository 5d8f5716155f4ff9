import Foundation
import PowerShellSyntax

/// A script module (.psm1) while its file runs: what its Export-ModuleMember calls named.
final class ScriptModuleLoad {
    let name: String
    /// nil until the first Export-ModuleMember call; from then on only the named members go out.
    var functions: [WildcardPattern]?
    var variables: [WildcardPattern] = []
    var aliases: [WildcardPattern] = []
    init(name: String) { self.name = name }

    func export(functions f: [String], variables v: [String], aliases a: [String]) {
        functions = (functions ?? []) + f.map { WildcardPattern($0) }
        variables += v.map { WildcardPattern($0) }
        aliases += a.map { WildcardPattern($0) }
    }
}

/// What loading a script module produced.
struct LoadedScriptModule {
    let name: String
    let scope: Scope
    let exportedFunctions: [NameKey: FunctionInfo]
    let exportedAliases: [NameKey: String]
    let exportedVariables: [NameKey: PSVariable]
}

extension Session {
    /// Runs a script module's text in a scope of its own (a child of the global scope, as
    /// PowerShell gives each module its own session state), then returns what it exports: every
    /// function and alias when the file never called Export-ModuleMember, else only the members
    /// named there. The module's functions keep their module scope, so an exported function still
    /// reaches the module's variables and its unexported helpers; the caller reaches neither.
    func loadScriptModule(name: String, path: String, text: String, runsInCallerScope: Bool = false) throws -> LoadedScriptModule {
        let result = parse(text, path: path)
        if let e = result.errors.first {
            let rec = ErrorRecord(message: e.message, errorId: e.errorId, category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
            throw RuntimeError(rec)
        }
        let moduleScope = Scope(parent: globalScope, isScriptScope: true)
        moduleScope.isCallerScopedModule = runsInCallerScope
        let load = ScriptModuleLoad(name: name)
        let savedScope = currentScope, savedScript = scriptScope
        currentScope = moduleScope
        scriptScope = moduleScope
        moduleLoads.append(load)
        defer {
            moduleLoads.removeLast()
            currentScope = savedScope
            scriptScope = savedScript
        }
        setLocal("PSScriptRoot", .string((path as NSString).deletingLastPathComponent))
        setLocal("PSCommandPath", .string(path))
        let ast = result.scriptBlock
        let inv = InvocationInfoObject(info: InvocationInfo(myCommand: (path as NSString).lastPathComponent, invocationName: path, scriptName: path))
        inv.command = .script(path: path, scriptBlock: ScriptBlock(ast: ast))
        setLocal(key: .myInvocation, "MyInvocation", .native(inv))
        try importUsingModules(ast.usingStatements, scriptFolder: (path as NSString).deletingLastPathComponent)
        for block in [ast.beginBlock, ast.processBlock, ast.endBlock] {
            guard let block else { continue }
            // a module's output at load time is dropped, as Import-Module does
            try executeStatementList(block.statements, traps: block.traps, emit: { _ in })
        }
        for f in moduleScope.functions.values {
            f.moduleName = name
            f.moduleScope = moduleScope
            f.runsInCallerScope = runsInCallerScope
        }
        func picked<T>(_ table: [NameKey: T], _ patterns: [WildcardPattern]?, all: Bool) -> [NameKey: T] {
            guard let patterns else { return all ? table : [:] }
            return table.filter { k, _ in patterns.contains { $0.matches(k.folded) } }
        }
        let functions = picked(moduleScope.functions, load.functions, all: true)
        let exportAll = load.functions == nil
        let aliases = exportAll ? moduleScope.aliases : picked(moduleScope.aliases, load.aliases, all: false)
        let variables = exportAll ? [:] : picked(moduleScope.variables.filter { _, v in !["psscriptroot", "pscommandpath", "myinvocation"].contains(NameKey.fold(v.name)) }, load.variables, all: false)
        return LoadedScriptModule(name: name, scope: moduleScope, exportedFunctions: functions, exportedAliases: aliases, exportedVariables: variables)
    }
}
