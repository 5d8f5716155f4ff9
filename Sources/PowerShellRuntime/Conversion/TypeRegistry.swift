import Foundation

/// Type literals: accelerators (`[int]`), full names (case-insensitive), generics, arrays, and
/// emulated types registered by modules or scripts (`enum`). One per Session.
public final class TypeRegistry {
    /// A type a module or script emulates: its full name, base types, how to convert a value to
    /// it (cast / typed parameter), and its members (`[T]::Name`, `[T]::new()` / New-Object, ...)
    /// as tables in the shape the runtime's own .NET types use (`DotNet/Types/`).
    public struct EmulatedType {
        public var fullName: String
        public var baseTypeNames: [String]
        public var convert: ((Value) throws -> Value)?
        public var members: TypeMembers
        public init(fullName: String, baseTypeNames: [String] = ["System.Object"], convert: ((Value) throws -> Value)? = nil, members: TypeMembers = TypeMembers()) {
            self.fullName = fullName
            self.baseTypeNames = baseTypeNames
            self.convert = convert
            self.members = members
        }
    }

    private var emulated: [NameKey: EmulatedType] = [:]
    private var emulatedShort: [NameKey: String] = [:]
    private var exceptionParents: [NameKey: String] = [:]
    /// Resolved type literals by written text.
    private var cache: [String: PSTypeInfo] = [:]

    public init() {
        // .NET enumerations the runtime enumerates, known by their full names only
        for e in LanguageTokens.all { register(e.emulatedType, shortName: false) }
    }

    /// Registers an emulated type (resolvable by full name and, with `shortName`, by its last
    /// segment if unambiguous).
    public func register(_ type: EmulatedType, shortName: Bool = true) {
        cache = [:]
        lastStaticMember = nil
        emulated[NameKey(type.fullName)] = type
        if shortName, let short = type.fullName.split(separator: ".").last { emulatedShort[NameKey(String(short))] = type.fullName }
    }

    /// Registers an exception type with its base class so typed `catch` can match it.
    public func registerException(_ fullName: String, parent: String = "System.Exception") {
        exceptionParents[NameKey(fullName)] = parent
        if emulated[NameKey(fullName)] == nil { register(EmulatedType(fullName: fullName, baseTypeNames: ExceptionTypes.chain(for: parent, registry: self))) }
    }

    public func emulatedType(_ fullName: String) -> EmulatedType? { emulated[NameKey(fullName)] }

    /// The member tables of a type: the .NET types the runtime emulates first (`DotNetTypes`),
    /// then a registered type's. The built-in tables are shared by every session, and are not
    /// type names: a type literal resolves as before (`[Path]` stays unknown).
    func members(of type: PSTypeInfo) -> TypeMembers? {
        builtinMembers(of: type) ?? emulated[NameKey(type.fullName)]?.members
    }

    /// The built-in tables of a type, looked up once per PSTypeInfo (a type literal resolves to the
    /// same one each time): finding a generic type's tables by name was most of the time of
    /// `[System.Collections.Generic.List[object]]::new()`.
    private func builtinMembers(of type: PSTypeInfo) -> TypeMembers? {
        let id = ObjectIdentifier(type)
        if let hit = builtinMemberCache[id], hit.type === type { return hit.members }
        let members = DotNetTypes.members(ofFolded: type.foldedName)
        if builtinMemberCache.count >= 4096 { builtinMemberCache.removeAll(keepingCapacity: true) }
        builtinMemberCache[id] = (type, members)
        return members
    }
    private var builtinMemberCache: [ObjectIdentifier: (type: PSTypeInfo, members: TypeMembers?)] = [:]

    /// `[T]::Name`'s tables and folded name. The last answer is kept: a loop calling `[math]::Max`
    /// meets the same PSTypeInfo (type literals are resolved once) and the same name each time.
    func staticMember(_ name: String, of type: PSTypeInfo) -> (members: TypeMembers?, key: NameKey) {
        if let last = lastStaticMember, last.type === type, last.name == name { return (last.members, last.key) }
        let found = StaticMemberLookup(type: type, name: name, members: members(of: type), key: NameKey(name))
        lastStaticMember = found
        return (found.members, found.key)
    }
    private struct StaticMemberLookup {
        let type: PSTypeInfo
        let name: String
        let members: TypeMembers?
        let key: NameKey
    }
    private var lastStaticMember: StaticMemberLookup?

    func exceptionParent(of name: String) -> String? { exceptionParents[NameKey(name)] }

    /// An exception object of a built-in or registered type.
    public func exception(_ typeName: String, message: String, inner: PSException? = nil) -> PSException {
        PSException(typeNames: ExceptionTypes.chain(for: typeName, registry: self), message: message, innerException: inner)
    }

    /// True when `name` is an exception type (built in or registered).
    public func isExceptionType(_ name: String) -> Bool {
        ExceptionTypes.isKnown(ExceptionTypes.canonical(name, registry: self)) || exceptionParents[NameKey(name)] != nil
    }

    // MARK: resolution

    static let accelerators: [String: String] = {
        let pairs: [(String, String)] = [
            ("int", "System.Int32"), ("int32", "System.Int32"), ("long", "System.Int64"), ("int64", "System.Int64"),
            ("int16", "System.Int16"), ("short", "System.Int16"), ("ushort", "System.UInt16"), ("uint16", "System.UInt16"), ("byte", "System.Byte"), ("sbyte", "System.SByte"),
            ("uint", "System.UInt32"), ("uint32", "System.UInt32"), ("ulong", "System.UInt64"), ("uint64", "System.UInt64"),
            ("double", "System.Double"), ("float", "System.Single"), ("single", "System.Single"), ("decimal", "System.Decimal"),
            ("string", "System.String"), ("bool", "System.Boolean"), ("boolean", "System.Boolean"), ("char", "System.Char"),
            ("guid", "System.Guid"), ("datetime", "System.DateTime"), ("timespan", "System.TimeSpan"),
            ("array", "System.Array"), ("object", "System.Object"), ("hashtable", "System.Collections.Hashtable"),
            ("pscustomobject", "System.Management.Automation.PSObject"), ("psobject", "System.Management.Automation.PSObject"),
            ("ordered", "System.Collections.Specialized.OrderedDictionary"), ("regex", "System.Text.RegularExpressions.Regex"),
            ("scriptblock", "System.Management.Automation.ScriptBlock"), ("switch", "System.Management.Automation.SwitchParameter"),
            ("void", "System.Void"), ("math", "System.Math"), ("powershell", "System.Management.Automation.PowerShell"), ("runspacefactory", "System.Management.Automation.Runspaces.RunspaceFactory"), ("nullstring", "System.Management.Automation.Language.NullString"), ("cultureinfo", "System.Globalization.CultureInfo"), ("version", "System.Version"), ("uri", "System.Uri"),
            ("securestring", "System.Security.SecureString"), ("pscredential", "System.Management.Automation.PSCredential"),
            ("type", "System.Type"), ("exception", "System.Exception"), ("errorrecord", "System.Management.Automation.ErrorRecord"),
            ("ipaddress", "System.Net.IPAddress"), ("mailaddress", "System.Net.Mail.MailAddress"), ("xml", "System.Xml.XmlDocument"),
            ("wildcardpattern", "System.Management.Automation.WildcardPattern"), ("ref", "System.Management.Automation.PSReference"),
            ("list", "System.Collections.Generic.List"), ("arraylist", "System.Collections.ArrayList"),
            ("psmoduleinfo", "System.Management.Automation.PSModuleInfo"), ("cmdletbinding", "System.Management.Automation.CmdletBindingAttribute"),
            ("parameter", "System.Management.Automation.ParameterAttribute"), ("bigint", "System.Numerics.BigInteger"),
        ]
        var d: [String: String] = [:]
        for (a, f) in pairs { d[a] = f }
        return d
    }()

    static let knownTypes: [String: String] = {
        let names = [
            "System.Int32", "System.Int64", "System.Int16", "System.Byte", "System.SByte", "System.UInt32", "System.UInt64", "System.UInt16",
            "System.Double", "System.Single", "System.Decimal", "System.String", "System.Boolean", "System.Char", "System.Guid",
            "System.DateTime", "System.TimeSpan", "System.Array", "System.Object", "System.ValueType", "System.Enum",
            "System.Collections.Hashtable", "System.Collections.Specialized.OrderedDictionary", "System.Collections.ArrayList",
            "System.Collections.IDictionary", "System.Collections.IEnumerable", "System.Collections.ICollection", "System.Collections.IList",
            "System.Collections.Generic.List", "System.Collections.Generic.Dictionary", "System.Collections.Generic.HashSet", "System.Collections.Generic.SortedSet", "System.StringComparer", "System.Diagnostics.Stopwatch",
            "System.Collections.Generic.Queue", "System.Collections.Generic.Stack", "System.Collections.Generic.SortedDictionary",
            "System.Collections.Generic.IEnumerable", "System.Collections.Generic.IList", "System.Collections.Generic.IDictionary",
            "System.Text.StringBuilder", "System.Text.RegularExpressions.Regex", "System.Text.RegularExpressions.Match",
            "System.Text.RegularExpressions.RegexOptions", "System.Text.Encoding",
            "System.Math", "System.Management.Automation.PSObject", "System.Management.Automation.PSCustomObject",
            "System.Management.Automation.ScriptBlock", "System.Management.Automation.SwitchParameter", "System.Management.Automation.PSCredential",
            "System.Management.Automation.ErrorRecord", "System.Management.Automation.ActionPreference", "System.Management.Automation.PowerShell", "System.Management.Automation.OrderedHashtable", "System.Management.Automation.ErrorCategory", "System.Management.Automation.WildcardOptions", "System.Management.Automation.WildcardPattern", "System.Management.Automation.LanguagePrimitives", "System.Management.Automation.Internal.InternalTestHooks", "System.Management.Automation.CompletionCompleters",
            "System.Management.Automation.Runspaces.RunspaceFactory", "System.Management.Automation.VerbInfo", "System.DBNull", "System.Management.Automation.Language.NullString", "System.Management.Automation.Internal.AutomationNull", "System.Management.Automation.ErrorView", "System.Diagnostics.Process", "System.IO.FileAttributes", "System.Management.Automation.CommandTypes", "System.Reflection.BindingFlags", "System.Management.Automation.ConfirmImpact", "System.Management.Automation.PSMemberTypes", "System.Management.Automation.Runspaces.Runspace", "System.Management.Automation.PSInvocationState", "System.Management.Automation.Runspaces.RunspaceState",
            "System.Management.Automation.CompletionResult", "System.Management.Automation.CompletionResultType",
            "System.Management.Automation.CommandTypes", "System.Management.Automation.ConfirmImpact", "System.Management.Automation.CommandCompletion",
            "System.Void", "System.Version", "System.Uri", "System.Environment", "System.Convert", "System.Type", "System.DayOfWeek",
            "System.IO.Path", "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo",
            "System.Security.SecureString", "System.Net.ServicePointManager", "System.Net.SecurityProtocolType",
            "System.StringComparison", "System.StringSplitOptions", "System.Globalization.CultureInfo", "System.Console",
            "System.ConsoleColor", "System.DateTimeOffset", "System.DateTimeKind",
            "System.Security.Cryptography.SHA256", "System.Security.Cryptography.RandomNumberGenerator",
        ]
        var d: [String: String] = [:]
        for n in names { d[NameKey.fold(n)] = n }
        // the Parser API and the syntax tree's node types
        let language = ["Parser", "Token", "ParseError", "IScriptExtent", "IScriptPosition"] + Array(Set(AstObject.bases.keys).union(AstObject.bases.values))
        for n in language { d[NameKey.fold(SystemManagementAutomationLanguage.namespace + "." + n)] = SystemManagementAutomationLanguage.namespace + "." + n }
        for (c, p) in ExceptionTypes.pairs { d[NameKey.fold(c)] = c; d[NameKey.fold(p)] = p }
        return d
    }()

    /// Resolves a written type name (`int`, `System.String`, `List[string]`, `string[]`, `Dictionary[string,int]`).
    /// Returns nil when the type is unknown (PowerShell: "Unable to find type [X].").
    public func resolve(_ written: String) -> PSTypeInfo? {
        if let c = cache[written] { return c }
        let r = resolveUncached(written)
        if let r { cache[written] = r }
        return r
    }

    func resolveUncached(_ written: String) -> PSTypeInfo? {
        var s = written.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("[") && s.hasSuffix("]") && s.count >= 2 { s = String(s.dropFirst().dropLast()) }
        if s.hasSuffix("[]") {
            guard let el = resolve(String(s.dropLast(2))) else { return nil }
            return PSTypeInfo(fullName: el.fullName + "[]", genericArguments: [el], isArray: true)
        }
        if let open = s.firstIndex(of: "["), s.hasSuffix("]") {
            let base = String(s[..<open])
            let inner = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
            let args = TypeRegistry.splitGenericArguments(inner)
            var resolved: [PSTypeInfo] = []
            for a in args {
                guard let t = resolve(a) else { return nil }
                resolved.append(t)
            }
            guard let b = resolveSimple(base) else { return nil }
            let full = b.fullName + "[" + resolved.map(\.fullName).joined(separator: ",") + "]"
            return PSTypeInfo(fullName: full, name: b.name + "`\(resolved.count)", genericArguments: resolved)
        }
        return resolveSimple(s)
    }

    func resolveSimple(_ s: String) -> PSTypeInfo? {
        let f = NameKey.fold(s)
        if let full = TypeRegistry.accelerators[f] { return PSTypeInfo(fullName: full) }
        if let full = TypeRegistry.knownTypes[f] { return PSTypeInfo(fullName: full) }
        if let e = emulated[NameKey(s)] { return PSTypeInfo(fullName: e.fullName) }
        if let full = TypeRegistry.knownTypes["system." + f] { return PSTypeInfo(fullName: full) }
        if let full = TypeRegistry.knownTypes["system.collections.generic." + f] { return PSTypeInfo(fullName: full) }
        if let full = TypeRegistry.knownTypes["system.management.automation." + f] { return PSTypeInfo(fullName: full) }
        if let full = emulatedShort[NameKey(s)] { return PSTypeInfo(fullName: full) }
        return nil
    }

    static func splitGenericArguments(_ s: String) -> [String] {
        var out: [String] = []
        var depth = 0
        var cur = ""
        for c in s {
            if c == "[" { depth += 1 }
            if c == "]" { depth -= 1 }
            if c == "," && depth == 0 { out.append(cur.trimmingCharacters(in: .whitespaces)); cur = ""; continue }
            cur.append(c)
        }
        if !cur.isEmpty { out.append(cur.trimmingCharacters(in: .whitespaces)) }
        return out
    }

    /// The full-name chain a type inherits (used by `-is`), most derived first.
    public func baseChain(of fullName: String) -> [String] {
        let f = NameKey.fold(fullName)
        if let e = emulated[NameKey(fullName)] { return [e.fullName] + e.baseTypeNames }
        if ExceptionTypes.parents[f] != nil || f == "system.exception" || exceptionParents[NameKey(fullName)] != nil {
            return ExceptionTypes.chain(for: fullName, registry: self)
        }
        return [fullName, "System.Object"]
    }
}
