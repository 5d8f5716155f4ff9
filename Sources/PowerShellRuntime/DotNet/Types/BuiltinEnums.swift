/// .NET enumerations the runtime knows with their members and values (facts of .NET), as
/// EnumType values shared by every session: `[System.DayOfWeek]::Monday` is an enum value that
/// prints as its name, converts to its number (ConvertTo-Json writes 1) and compares with names.
enum BuiltinEnums {
    static let all: [String: EnumType] = {
        var d: [String: EnumType] = [:]
        func add(_ name: String, flags: Bool = false, _ members: [(String, Int64)]) {
            d[NameKey.fold(name)] = EnumType(fullName: name, members: members.map { (name: $0.0, value: $0.1) }, isFlags: flags, underlyingTypeName: "System.Int32")
        }
        add("System.DayOfWeek", [("Sunday", 0), ("Monday", 1), ("Tuesday", 2), ("Wednesday", 3), ("Thursday", 4), ("Friday", 5), ("Saturday", 6)])
        add("System.ConsoleColor", [("Black", 0), ("DarkBlue", 1), ("DarkGreen", 2), ("DarkCyan", 3), ("DarkRed", 4), ("DarkMagenta", 5), ("DarkYellow", 6), ("Gray", 7),
                                    ("DarkGray", 8), ("Blue", 9), ("Green", 10), ("Cyan", 11), ("Red", 12), ("Magenta", 13), ("Yellow", 14), ("White", 15)])
        add("System.IO.FileAttributes", flags: true, [("ReadOnly", 1), ("Hidden", 2), ("System", 4), ("Directory", 16), ("Archive", 32), ("Device", 64), ("Normal", 128),
                                                      ("Temporary", 256), ("SparseFile", 512), ("ReparsePoint", 1024), ("Compressed", 2048), ("Offline", 4096),
                                                      ("NotContentIndexed", 8192), ("Encrypted", 16384), ("IntegrityStream", 32768), ("NoScrubData", 131072)])
        add("System.DateTimeKind", [("Unspecified", 0), ("Utc", 1), ("Local", 2)])
        add("System.Management.Automation.CommandTypes", flags: true, [("Alias", 1), ("Function", 2), ("Filter", 4), ("Cmdlet", 8), ("ExternalScript", 16),
                                                                       ("Application", 32), ("Script", 64), ("Configuration", 256), ("All", 383)])
        add("System.Reflection.BindingFlags", flags: true, [("Default", 0), ("IgnoreCase", 1), ("DeclaredOnly", 2), ("Instance", 4), ("Static", 8), ("Public", 16),
                                                            ("NonPublic", 32), ("FlattenHierarchy", 64), ("InvokeMethod", 256), ("CreateInstance", 512),
                                                            ("GetField", 1024), ("SetField", 2048), ("GetProperty", 4096), ("SetProperty", 8192),
                                                            ("PutDispProperty", 16384), ("PutRefDispProperty", 32768), ("ExactBinding", 65536),
                                                            ("SuppressChangeType", 131072), ("OptionalParamBinding", 262144), ("IgnoreReturn", 16777216),
                                                            ("DoNotWrapExceptions", 33554432)])
        add("System.Management.Automation.ActionPreference", [("SilentlyContinue", 0), ("Stop", 1), ("Continue", 2), ("Inquire", 3), ("Ignore", 4), ("Suspend", 5), ("Break", 6)])
        add("System.Management.Automation.ErrorView", [("NormalView", 0), ("CategoryView", 1), ("ConciseView", 2), ("DetailedView", 3)])
        add("System.Management.Automation.ConfirmImpact", [("None", 0), ("Low", 1), ("Medium", 2), ("High", 3)])
        add("System.Management.Automation.PSMemberTypes", flags: true, [("AliasProperty", 1), ("CodeProperty", 2), ("Property", 4), ("NoteProperty", 8),
                                                                        ("ScriptProperty", 16), ("Properties", 31), ("PropertySet", 32), ("Method", 64),
                                                                        ("CodeMethod", 128), ("ScriptMethod", 256), ("Methods", 448), ("ParameterizedProperty", 512),
                                                                        ("MemberSet", 1024), ("Event", 2048), ("Dynamic", 4096), ("InferredProperty", 8192),
                                                                        ("All", 16383)])
        return d
    }()

    static func named(_ fullName: String) -> EnumType? { all[NameKey.fold(fullName)] }

    /// A [DateTimeKind] value, name or number as a date's kind (Unspecified 0, Utc 1, Local 2).
    static func dateTimeKind(_ v: Value) throws -> DotNetDateTime.Kind {
        guard let e = named("System.DateTimeKind") else { return .unspecified }
        switch try e.convert(v).number {
        case 1: return .utc
        case 2: return .local
        default: return .unspecified
        }
    }

    /// A date's kind as a [DateTimeKind] value.
    static func dateTimeKindValue(_ k: DotNetDateTime.Kind) -> Value {
        let number: Int64 = k == .utc ? 1 : (k == .local ? 2 : 0)
        return named("System.DateTimeKind").map { .native($0.value(number)) } ?? .int(Int(number))
    }

    /// `[E]::Member` for each member.
    static func members(of e: EnumType) -> TypeMembers {
        TypeMembers(staticProperties: e.members.map { m in
            let value = e.value(m.value)
            return (key: m.name, value: { _ in Value.native(value) })
        })
    }
}
