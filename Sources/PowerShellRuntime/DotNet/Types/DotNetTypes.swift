/// The .NET types the runtime emulates, one registration each (this folder, a file per type
/// or small family). Looked up by folded full name: `[System.Math]`, `[math]` and `[MATH]` all
/// reach `SystemMath.members`. The tables are built once and shared by every session.
enum DotNetTypes {
    static let all: KeyValuePairs<String, TypeMembers> = [
        "System.Math": SystemMath.members,
        "System.String": SystemString.members,
        "System.Char": SystemChar.members,
        "System.Boolean": SystemBoolean.members,
        "System.Int32": SystemNumbers.int32,
        "System.Int64": SystemNumbers.int64,
        "System.Double": SystemNumbers.double,
        "System.Decimal": SystemNumbers.decimal,
        "System.Byte": SystemNumbers.byte,
        "System.SByte": SystemNumbers.sbyte,
        "System.Int16": SystemNumbers.int16,
        "System.UInt16": SystemNumbers.uint16,
        "System.UInt32": SystemNumbers.uint32,
        "System.UInt64": SystemNumbers.uint64,
        "System.Single": SystemNumbers.single,
        "System.Numerics.BigInteger": SystemNumbers.bigInteger,
        "System.DateTime": SystemDateTime.members,
        "System.TimeSpan": SystemTimeSpan.members,
        "System.Guid": SystemGuid.members,
        "System.Version": SystemVersion.members,
        "System.Convert": SystemConvert.members,
        "System.Security.Cryptography.SHA256": SystemSecurityCryptography.sha256,
        "System.Security.Cryptography.RandomNumberGenerator": SystemSecurityCryptography.randomNumberGenerator,
        "System.Globalization.CultureInfo": SystemGlobalization.cultureInfo,
        "System.DateTimeOffset": SystemDateTime.offset,
        "System.Environment": SystemEnvironment.members,
        "System.Console": SystemConsole.members,
        "System.StringComparer": SystemStringComparer.members,
        "System.Diagnostics.Stopwatch": SystemDiagnostics.stopwatch,
        "System.Array": SystemArray.members,
        "System.Enum": SystemEnum.members,
        "System.RuntimeType": SystemType.runtimeType,
        "System.IO.Path": SystemIOPath.members,
        "System.IO.File": SystemIOFile.members,
        "System.IO.Directory": SystemIODirectory.members,
        "System.Text.Encoding": SystemText.encoding,
        "System.Text.StringBuilder": SystemText.stringBuilder,
        "System.Text.RegularExpressions.Regex": SystemTextRegularExpressions.regex,
        "System.Collections.Hashtable": SystemCollections.hashtable,
        "System.Collections.Specialized.OrderedDictionary": SystemCollections.orderedDictionary,
        "System.Management.Automation.OrderedHashtable": SystemCollections.orderedHashtable,
        "System.Collections.ArrayList": SystemCollections.arrayList,
        "System.Net.ServicePointManager": SystemNet.servicePointManager,
        "System.Object": SystemManagementAutomation.object,
        "System.Management.Automation.PSObject": SystemManagementAutomation.psObject,
        "System.Management.Automation.PSCustomObject": SystemManagementAutomation.psObject,
        "System.Management.Automation.PSCredential": SystemManagementAutomation.psCredential,
        "System.Management.Automation.ErrorRecord": SystemManagementAutomation.errorRecord,
        "System.Management.Automation.ScriptBlock": SystemManagementAutomation.scriptBlock,
        "System.Management.Automation.CompletionResult": SystemManagementAutomation.completionResult,
        "System.Management.Automation.Internal.AutomationNull": SystemManagementAutomation.automationNull,
        "System.DBNull": NullStandInObject.dbNullMembers,
        "System.Management.Automation.Language.NullString": NullStandInObject.nullStringMembers,
        "System.Management.Automation.Language.Parser": SystemManagementAutomationLanguage.parser,
        "System.Management.Automation.PowerShell": SystemManagementAutomationPowerShell.powerShell,
        "System.Management.Automation.Runspaces.RunspaceFactory": SystemManagementAutomationPowerShell.runspaceFactory,
        "System.Management.Automation.Runspaces.Runspace": SystemManagementAutomationPowerShell.runspace,
        "System.Management.Automation.WildcardPattern": SystemManagementAutomation.wildcardPattern,
        "System.Management.Automation.LanguagePrimitives": SystemManagementAutomation.languagePrimitives,
        "System.Management.Automation.CompletionCompleters": SystemManagementAutomation.completionCompleters,
        "System.Management.Automation.CommandCompletion": SystemManagementAutomation.commandCompletion,
        // PowerShell's own test hooks, which its test helper module reads: none are set here
        "System.Management.Automation.Internal.InternalTestHooks": SystemManagementAutomation.internalTestHooks,
        // enumerations read by name
        "System.ConsoleColor": SystemEnum.builtin("System.ConsoleColor"),
        "System.DayOfWeek": SystemEnum.builtin("System.DayOfWeek"),
        "System.IO.FileAttributes": SystemEnum.builtin("System.IO.FileAttributes"),
        "System.Management.Automation.CommandTypes": SystemEnum.builtin("System.Management.Automation.CommandTypes"),
        "System.Reflection.BindingFlags": SystemEnum.builtin("System.Reflection.BindingFlags"),
        "System.Management.Automation.ConfirmImpact": SystemEnum.builtin("System.Management.Automation.ConfirmImpact"),
        "System.Management.Automation.ErrorView": SystemEnum.builtin("System.Management.Automation.ErrorView"),
        "System.Management.Automation.PSMemberTypes": SystemEnum.builtin("System.Management.Automation.PSMemberTypes"),
        "System.StringComparison": SystemEnum.unlisted,
        "System.StringSplitOptions": SystemEnum.unlisted,
        "System.DateTimeKind": SystemEnum.builtin("System.DateTimeKind"),
        "System.Text.RegularExpressions.RegexOptions": SystemEnum.unlisted,
        "System.Net.SecurityProtocolType": SystemEnum.unlisted,
        "System.Management.Automation.ActionPreference": SystemEnum.builtin("System.Management.Automation.ActionPreference"),
        "System.Management.Automation.CompletionResultType": SystemEnum.unlisted,
        "System.Management.Automation.ErrorCategory": SystemEnum.unlisted,
        "System.Management.Automation.WildcardOptions": SystemEnum.unlisted,
    ]

    /// Generic type definitions, found by the name before the type arguments (`[List[int]]`
    /// finds List's); their constructors read the arguments from `MethodCall.type`.
    static let generic: KeyValuePairs<String, TypeMembers> = [
        "System.Collections.Generic.List": SystemCollections.list,
        "System.Collections.Generic.Dictionary": SystemCollections.dictionary,
        "System.Collections.Generic.SortedDictionary": SystemCollections.dictionary,
        "System.Collections.Generic.HashSet": SystemCollections.hashSet,
        "System.Collections.Generic.SortedSet": SystemCollections.hashSet,
        "System.Collections.Generic.Stack": SystemCollections.stack,
        "System.Collections.Generic.Queue": SystemCollections.queue,
    ]

    private static let byFoldedName = folded(all)
    private static let genericByFoldedName = folded(generic)

    private static func folded(_ pairs: KeyValuePairs<String, TypeMembers>) -> [String: TypeMembers] {
        var d: [String: TypeMembers] = [:]
        for (name, members) in pairs {
            precondition(d.updateValue(members, forKey: NameKey.fold(name)) == nil, "\(name) is registered twice")
        }
        return d
    }

    /// The members of a type by its folded full name (`PSTypeInfo.foldedName`).
    static func members(ofFolded name: String) -> TypeMembers? {
        if let m = byFoldedName[name] { return m }
        if let open = name.utf8.firstIndex(of: UInt8(ascii: "[")), let m = genericByFoldedName[String(name[..<open])] { return m }
        return nil
    }

    /// The type whose instance methods a value has: a built-in value's, or the one a native object
    /// declares (nil for a native object that answers for itself).
    static func instanceMembers(of value: Value) -> TypeMembers? {
        switch value {
        case .string: return SystemString.members
        case .array: return SystemArray.members
        case .hashtable: return SystemCollections.hashtable
        case .dateTime: return SystemDateTime.members
        case .timeSpan: return SystemTimeSpan.members
        case .guid: return SystemGuid.members
        case .int: return SystemNumbers.int32
        case .long: return SystemNumbers.int64
        case .double: return SystemNumbers.double
        case .decimal: return SystemNumbers.decimal
        case .sized: return SystemNumbers.sizedInstance
        case .char: return SystemChar.members
        case .bool: return SystemBoolean.members
        case .scriptBlock: return SystemManagementAutomation.scriptBlock
        case .type: return SystemType.runtimeType
        case .native(let n): return n.instanceMembers
        case .null, .automationNull, .object: return nil
        }
    }
}
