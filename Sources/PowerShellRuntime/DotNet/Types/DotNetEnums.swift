/// .NET enumerations for `[Enum]::GetNames`/`GetValues` and for tab completion: the ones the
/// runtime lists (BuiltinEnums), looked up the way a script names them.
enum DotNetEnums {
    /// The enumeration of this full name, if listed.
    static func named(_ fullName: String) -> EnumType? { BuiltinEnums.named(fullName) }

    /// The enumeration a type name means in this session: a script `enum`, or a listed .NET one.
    static func resolve(_ name: String, in session: Session) -> EnumType? {
        var bare = name
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
        if let e = session.scriptEnums[NameKey(bare)] { return e }
        let full = session.types.resolve(bare)?.fullName ?? bare
        return session.scriptEnums[NameKey(full)] ?? named(full)
    }
}
