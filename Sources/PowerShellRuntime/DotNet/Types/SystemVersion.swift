/// System.Version: `[version]::new('1.2.3')` and `[version]::new(1, 2)`.
enum SystemVersion {
    static let members = TypeMembers(constructor: { call in
        VersionObject.parse(call.args.map { LanguagePrimitives.toString($0) }.joined(separator: ".")).map { .native($0) }
    })
}
