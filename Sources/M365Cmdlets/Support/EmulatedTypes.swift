import PowerShellRuntime

/// Type names scripts write as literals (`[Microsoft.Online.Administration.User]$u`): each module
/// registers the types its cmdlets return in its `setUp`.
enum EmulatedTypes {
    static func register(_ names: [String], in types: TypeRegistry) {
        for t in names { types.register(TypeRegistry.EmulatedType(fullName: t)) }
    }
}
