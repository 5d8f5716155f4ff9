/// Per-session state of a subsystem or an installed module (the location stack, the random
/// generator, a module's connection): one instance per Swift type, made on first use. A slot is
/// not a variable and not a type, so scripts can neither see it (`Get-Variable`, `[Type]::`) nor
/// change or remove it (`Remove-Variable`), and one session's slots never leak into another's.
extension Session {
    /// The session's `T`, made by `make` the first time it is asked for.
    public func slot<T: AnyObject>(_ type: T.Type = T.self, orMake make: () -> T) -> T {
        if let existing = slots[ObjectIdentifier(type)] as? T { return existing }
        let made = make()
        slots[ObjectIdentifier(type)] = made
        return made
    }

    /// The session's `T` if one was made or set; nil otherwise (a module that is not installed).
    public func slot<T: AnyObject>(_ type: T.Type) -> T? {
        slots[ObjectIdentifier(type)] as? T
    }

    /// Puts `value` in its type's slot, replacing what was there.
    public func setSlot<T: AnyObject>(_ value: T) {
        slots[ObjectIdentifier(T.self)] = value
    }
}
