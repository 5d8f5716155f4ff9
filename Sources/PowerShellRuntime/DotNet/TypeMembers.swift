import Foundation

/// The members of one emulated .NET type, as tables keyed by folded name: what `[T]::Name`,
/// `[T]::Name(args)`, `[T]::new(args)` and `$value.Name(args)` reach. Each built-in type declares
/// one (`DotNet/Types/`); a type a module or script registers carries one in
/// `TypeRegistry.EmulatedType.members`, the one way it declares its members.
/// Names are matched case-insensitively, as PowerShell matches .NET member names.
public final class TypeMembers: Sendable {
    /// A static property's value, read on each access (`[datetime]::Now`).
    public typealias Property = @Sendable (Session) -> Value
    /// A method, static or instance, or a constructor. nil: no overload takes these arguments,
    /// and the call fails as PowerShell's "does not contain a method named" / "Cannot find an overload".
    public typealias Method = @Sendable (MethodCall) throws -> Value?

    /// A member and the name .NET spells it with.
    public struct Member<Body: Sendable>: Sendable {
        public let name: String
        public let body: Body
    }

    public let staticProperties: [NameKey: Member<Property>]
    public let staticMethods: [NameKey: Member<Method>]
    /// Methods of the type's values (`'abc'.IndexOf('b')`); `MethodCall.target` is the value.
    public let instanceMethods: [NameKey: Member<Method>]
    /// `[T]::new(args)` and `New-Object T args`.
    public let constructor: Method?
    /// A static property the tables do not list, by the name as written: enumerations whose
    /// values the runtime does not enumerate read as their own name (`[ConsoleColor]::Red`).
    public let otherStaticProperty: (@Sendable (String) -> Value)?
    /// A static method the tables do not list (`[Text.Encoding]::GetEncoding('utf-8')`).
    public let otherStaticMethod: Method?

    /// Keys are .NET's spellings; each must be unique ignoring case.
    public init(staticProperties: KeyValuePairs<String, Property> = [:], staticMethods: KeyValuePairs<String, Method> = [:],
                instanceMethods: KeyValuePairs<String, Method> = [:], constructor: Method? = nil,
                otherStaticProperty: (@Sendable (String) -> Value)? = nil, otherStaticMethod: Method? = nil) {
        self.staticProperties = TypeMembers.table(staticProperties)
        self.staticMethods = TypeMembers.table(staticMethods)
        self.instanceMethods = TypeMembers.table(instanceMethods)
        self.constructor = constructor
        self.otherStaticProperty = otherStaticProperty
        self.otherStaticMethod = otherStaticMethod
    }

    /// Tables built at run time (a script's `enum` lists its values as static properties); the
    /// same as the literal form.
    public init(staticProperties: [(key: String, value: Property)]) {
        self.staticProperties = TypeMembers.table(staticProperties)
        staticMethods = [:]
        instanceMethods = [:]
        constructor = nil
        otherStaticProperty = nil
        otherStaticMethod = nil
    }

    private static func table<Body, S: Sequence>(_ pairs: S) -> [NameKey: Member<Body>] where S.Element == (key: String, value: Body) {
        var t: [NameKey: Member<Body>] = [:]
        for (name, body) in pairs {
            precondition(t.updateValue(Member(name: name, body: body), forKey: NameKey(name)) == nil, "\(name) is registered twice")
        }
        return t
    }
}

/// One call of an emulated .NET method or constructor: what it is called on, with which
/// arguments, and the conventions the emulated methods share: an argument left out reads as
/// `$null`, which converts to "" or 0.
public struct MethodCall {
    public let session: Session
    /// The value an instance method is called on (`$null` for a static call).
    public let target: Value
    /// The type a static method or constructor is called on.
    public let type: PSTypeInfo?
    /// The name as the script wrote it (an instance call's is folded); most messages quote
    /// .NET's own spelling instead, written in the method.
    public let name: String
    public let args: [Value]

    public init(session: Session, target: Value = .null, type: PSTypeInfo? = nil, name: String, args: [Value]) {
        self.session = session
        self.target = target
        self.type = type
        self.name = name
        self.args = args
    }

    public var count: Int { args.count }
    public func arg(_ i: Int) -> Value { i < args.count ? args[i] : .null }
    public func string(_ i: Int) -> String { i < args.count ? LanguagePrimitives.toString(args[i]) : "" }
    public func int(_ i: Int) throws -> Int { try LanguagePrimitives.toInt(arg(i)) }
    public func long(_ i: Int) throws -> Int64 { try LanguagePrimitives.toLong(arg(i)) }
    public func double(_ i: Int) throws -> Double { try LanguagePrimitives.toDouble(arg(i)) }
}
