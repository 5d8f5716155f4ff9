import Foundation

/// An enumeration a script declared (`enum Color { Red; Green = 5 }`, `[Flags()] enum Perm`):
/// its members and the values made of it. A value is made once per number, so two equal values
/// are the same object (hashtable keys, `-contains`).
public final class EnumType: @unchecked Sendable {
    public let fullName: String
    /// Members in declaration order.
    public let members: [(name: String, value: Int64)]
    public let isFlags: Bool
    /// The underlying integer type (`System.Int32` unless `enum E : long`).
    public let underlyingTypeName: String
    private var made: [Int64: EnumValue] = [:]
    private let lock = NSLock()

    init(fullName: String, members: [(name: String, value: Int64)], isFlags: Bool, underlyingTypeName: String) {
        self.fullName = fullName
        self.members = members
        self.isFlags = isFlags
        self.underlyingTypeName = underlyingTypeName
    }

    public func value(_ number: Int64) -> EnumValue {
        lock.lock()
        defer { lock.unlock() }
        if let v = made[number] { return v }
        let v = EnumValue(type: self, number: number)
        made[number] = v
        return v
    }

    /// Members sorted as .NET lists them (by value, unsigned), duplicates in declaration order.
    var sortedMembers: [(name: String, value: Int64)] {
        members.enumerated().sorted { a, b in
            UInt64(bitPattern: a.element.value) != UInt64(bitPattern: b.element.value)
                ? UInt64(bitPattern: a.element.value) < UInt64(bitPattern: b.element.value) : a.offset < b.offset
        }.map(\.element)
    }

    /// The type literal's registration: casts convert to the enumeration, its members are
    /// static properties.
    var emulatedType: TypeRegistry.EmulatedType {
        TypeRegistry.EmulatedType(fullName: fullName, baseTypeNames: ["System.Enum", "System.ValueType", "System.Object"], convert: { v in
            .native(try self.convert(v))
        }, members: TypeMembers(staticProperties: members.map { m in
            let value = self.value(m.value)
            return (key: m.name, value: { _ in Value.native(value) })
        }))
    }

    func isDefined(_ number: Int64) -> Bool { members.contains { $0.value == number } }

    /// A value's text: its member's name; for a [Flags()] enumeration the names of the members
    /// that make it up ("Read, Write"); the number when no member (or combination) matches.
    func name(of number: Int64) -> String {
        if let m = sortedMembers.first(where: { $0.value == number }) { return m.name }
        guard isFlags, number != 0 else { return String(number) }
        var rest = number
        var parts: [(String, Int64)] = []
        for m in sortedMembers.reversed() where m.value != 0 && m.value & rest == m.value {
            parts.append((m.name, m.value))
            rest &= ~m.value
        }
        guard rest == 0 else { return String(number) }
        return parts.sorted { UInt64(bitPattern: $0.1) < UInt64(bitPattern: $1.1) }.map(\.0).joined(separator: ", ")
    }

    /// A cast to the enumeration: a value of it, a name (several, comma-separated, for [Flags()]),
    /// or a number that is a member (any combination of members for [Flags()]).
    func convert(_ v: Value) throws -> EnumValue {
        if case .native(let e as EnumValue) = v {
            if e.type === self { return e }
            return try fromNumber(e.number, original: v)
        }
        switch v {
        case .int, .long, .double, .decimal, .sized, .bool, .char:
            return try fromNumber(try LanguagePrimitives.toLong(v), original: v)
        case .object(let o) where o.baseObject != nil:
            return try convert(o.baseObject!)
        default: break
        }
        let text = LanguagePrimitives.toString(v).trimmingCharacters(in: .whitespaces)
        if let n = Int64(text) { return try fromNumber(n, original: v) }
        if text.contains(","), !isFlags {
            throw RuntimeError(message: "Cannot convert value \"\(LanguagePrimitives.toString(v))\" to type \"\(fullName)\" because no commas are allowed for this enumeration.",
                               errorId: "InvalidCastEnumCommaAndNoFlags", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException")
        }
        var number: Int64 = 0
        for name in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            // a name may be a wildcard pattern (`[Plan]'Prem*'`), matching one member unless [Flags()]
            let pattern = WildcardPattern.containsWildcard(name) ? WildcardPattern(name) : nil
            let found = members.filter { m in pattern.map { $0.matches(m.name) } ?? (NameKey.fold(m.name) == NameKey.fold(name)) }
            guard !found.isEmpty, !name.isEmpty else {
                throw LanguagePrimitives.castError(v, to: fullName, detail: "Unable to match the identifier name \(name) to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
                                                    + members.map(\.name).joined(separator: ", "), errorId: "InvalidCastFromStringToEnum")
            }
            if found.count > 1, !isFlags {
                throw RuntimeError(message: "Cannot convert value \"\(LanguagePrimitives.toString(v))\" to type \"\(fullName)\" because at least two matches were found (\(found[0].name), \(found[1].name)) and only one match is allowed for this enumeration.",
                                   errorId: "InvalidCastEnumTwoStringsFoundAndNoFlags", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException")
            }
            for m in found { number |= m.value }
        }
        return value(number)
    }

    private func fromNumber(_ n: Int64, original: Value) throws -> EnumValue {
        // as PowerShell: a number must be a member (a combination of members for [Flags()]),
        // unless the enumeration has a negative member
        if isDefined(n) || (isFlags && name(of: n) != String(n)) || (isFlags && n == 0) || members.contains(where: { $0.value < 0 }) { return value(n) }
        throw RuntimeError(message: "Cannot convert value \"\(LanguagePrimitives.toString(original))\" to type \"\(fullName)\" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are \"\(sortedMembers.map(\.name).joined(separator: ","))\".",
                           errorId: "UndefinedIntegerToEnum", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException")
    }
}

/// A value of a script enumeration: shown as its name, a number in arithmetic, comparisons and
/// JSON (`value__` is the number).
public final class EnumValue: NativeObject, @unchecked Sendable {
    public let type: EnumType
    public let number: Int64
    init(type: EnumType, number: Int64) {
        self.type = type
        self.number = number
    }
    public var typeName: String { type.fullName }
    public var typeNames: [String] { [type.fullName, "System.Enum", "System.ValueType", "System.Object"] }
    public var propertyNames: [String] { [] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        name.folded == "value__" ? numberValue : nil
    }
    /// The number as the underlying type's value.
    public var numberValue: Value {
        switch NameKey.fold(type.underlyingTypeName) {
        case "system.int64", "system.uint32", "system.uint64": return .long(number)
        default: return .integer(number)
        }
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "hasflag":
            guard args.count == 1 else { return nil }
            let other = try type.convert(args[0])
            return .bool(number & other.number == other.number)
        case "gettypecode": return .string(NameKey.fold(type.underlyingTypeName) == "system.int64" ? "Int64" : "Int32")
        case "tostring":
            if args.isEmpty { return .string(toString()) }
            switch LanguagePrimitives.toString(args[0]).uppercased() {
            case "D": return .string(String(number))
            case "X": return .string(String(format: "%08X", UInt32(truncatingIfNeeded: number)))
            default: return .string(toString())
            }
        default: return nil
        }
    }
    public func toString() -> String { type.name(of: number) }
}
