/// Running script blocks for cmdlets. ForEach-Object and Where-Object run theirs in the caller's
/// scope (dot-sourced), so `-Begin { $n = 0 } -Process { $n++ }` keeps `$n` afterwards; `$_`
/// (and `$PSItem`) are put back afterwards so an enclosing pipeline still sees its own object.
enum ScriptInvocation {
    static func inCurrentScope(_ sb: ScriptBlock, dollarUnder: Value?, arguments: [Value] = [], context: CommandContext) throws -> [Value] {
        var out: [Value] = []
        try streamInCurrentScope(sb, dollarUnder: dollarUnder, arguments: arguments, context: context) { out.append($0) }
        return out
    }

    /// Streams the script's output straight to `emit` (no buffering).
    static func streamInCurrentScope(_ sb: ScriptBlock, dollarUnder: Value?, arguments: [Value] = [], context: CommandContext, emit: @escaping (Value) throws -> Void) throws {
        let s = context.session
        let scope = s.currentScope
        let keys = [NameKey("_"), NameKey("PSItem")]
        let saved = keys.map { scope.variables[$0] }
        defer {
            for (k, v) in zip(keys, saved) { scope.variables[k] = v }
        }
        try s.invokeScriptBlock(sb, dollarUnder: dollarUnder, arguments: arguments, this: nil, newScope: false, emit: emit)
    }

    /// Pipeline output as one value: nothing → AutomationNull, one → itself, many → array.
    static func collapse(_ items: [Value]) -> Value {
        switch items.count {
        case 0: return .automationNull
        case 1: return items[0]
        default: return .array(PSArray(items))
        }
    }
}
