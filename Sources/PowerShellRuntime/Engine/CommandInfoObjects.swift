import Foundation

/// The CommandInfo objects `$MyInvocation.MyCommand` gives for scripts and functions
/// (ExternalScriptInfo, FunctionInfo/FilterInfo), with the members scripts read from them.
enum CommandInfoObjects {
    /// A script file: `Path`, `Definition` and `Source` are its full path, `Name` its file name.
    static func externalScript(path: String, scriptBlock: ScriptBlock?) -> Value {
        let o = PSObject(typeNames: ["System.Management.Automation.ExternalScriptInfo", "System.Management.Automation.CommandInfo", "System.Object"])
        let name = (path as NSString).lastPathComponent
        o.setNote("CommandType", .string("ExternalScript"))
        o.setNote("Name", .string(name))
        o.setNote("Path", .string(path))
        o.setNote("Definition", .string(path))
        o.setNote("Source", .string(path))
        o.setNote("ScriptBlock", scriptBlock.map { .scriptBlock($0) } ?? .null)
        o.setNote("Module", .null)
        o.setNote("ModuleName", .string(""))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(name) })))
        return .object(o)
    }

    /// A script function or filter: `Definition` is its body's text.
    static func function(_ f: FunctionInfo) -> Value {
        let typeName = f.isFilter ? "System.Management.Automation.FilterInfo" : "System.Management.Automation.FunctionInfo"
        let o = PSObject(typeNames: [typeName, "System.Management.Automation.CommandInfo", "System.Object"])
        o.setNote("CommandType", .string(f.isFilter ? "Filter" : "Function"))
        o.setNote("Name", .string(f.name))
        o.setNote("Definition", .string(f.scriptBlock.text))
        o.setNote("ScriptBlock", .scriptBlock(f.scriptBlock))
        o.setNote("Source", .string(f.moduleName ?? ""))
        o.setNote("ModuleName", .string(f.moduleName ?? ""))
        o.setNote("CmdletBinding", .bool(f.metadata.isAdvanced))
        o.setNote("Verb", .string(f.metadata.verb))
        o.setNote("Noun", .string(f.metadata.noun))
        let name = f.name
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(name) })))
        return .object(o)
    }
}
