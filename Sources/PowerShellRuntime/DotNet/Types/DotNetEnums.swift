/// .NET enumerations whose members the runtime lists (for `[Enum]::GetNames`/`GetValues` and for
/// tab completion), with the numbers .NET gives them. Their static properties still read as the
/// member's name (SystemEnum.unlisted).
enum DotNetEnums {
    static let actionPreference = EnumType(
        fullName: "System.Management.Automation.ActionPreference",
        members: [("SilentlyContinue", 0), ("Stop", 1), ("Continue", 2), ("Inquire", 3), ("Ignore", 4), ("Suspend", 5), ("Break", 6)],
        isFlags: false, underlyingTypeName: "System.Int32")

    static let confirmImpact = EnumType(
        fullName: "System.Management.Automation.ConfirmImpact",
        members: [("None", 0), ("Low", 1), ("Medium", 2), ("High", 3)],
        isFlags: false, underlyingTypeName: "System.Int32")

    static let commandTypes = EnumType(
        fullName: "System.Management.Automation.CommandTypes",
        members: [("Alias", 1), ("Function", 2), ("Filter", 4), ("Cmdlet", 8), ("ExternalScript", 16), ("Application", 32),
                  ("Script", 64), ("Configuration", 256), ("All", 383)],
        isFlags: true, underlyingTypeName: "System.Int32")

    static let consoleColor = EnumType(
        fullName: "System.ConsoleColor",
        members: [("Black", 0), ("DarkBlue", 1), ("DarkGreen", 2), ("DarkCyan", 3), ("DarkRed", 4), ("DarkMagenta", 5), ("DarkYellow", 6),
                  ("Gray", 7), ("DarkGray", 8), ("Blue", 9), ("Green", 10), ("Cyan", 11), ("Red", 12), ("Magenta", 13), ("Yellow", 14),
                  ("White", 15)],
        isFlags: false, underlyingTypeName: "System.Int32")

    private static let byFoldedName: [String: EnumType] = {
        var d: [String: EnumType] = [:]
        for e in [actionPreference, confirmImpact, commandTypes, consoleColor] { d[NameKey.fold(e.fullName)] = e }
        return d
    }()

    /// The enumeration of this full name, if listed.
    static func named(_ fullName: String) -> EnumType? { byFoldedName[NameKey.fold(fullName)] }

    /// The enumeration a type name means in this session: a script `enum`, or a listed .NET one.
    static func resolve(_ name: String, in session: Session) -> EnumType? {
        var bare = name
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
        if let e = session.scriptEnums[NameKey(bare)] { return e }
        let full = session.types.resolve(bare)?.fullName ?? bare
        return session.scriptEnums[NameKey(full)] ?? named(full)
    }
}
