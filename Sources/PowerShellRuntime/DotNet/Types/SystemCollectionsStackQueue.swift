import Foundation

/// System.Collections.Generic.Stack[T] and Queue[T]: `Push`/`Pop`/`Peek` (last in, first out) and
/// `Enqueue`/`Dequeue`/`Peek` (first in, first out), `Count`, `Clear`, `Contains`, `ToArray`;
/// enumerated in the order they would come out.
final class StackQueueObject: NativeObject {
    let isStack: Bool
    let elementType: PSTypeInfo?
    let typeName: String
    /// In the order they were added.
    var items: [Value] = []
    init(isStack: Bool, elementType: PSTypeInfo?, typeName: String) {
        self.isStack = isStack
        self.elementType = elementType
        self.typeName = typeName
    }
    var outOrder: [Value] { isStack ? items.reversed() : items }
    /// A value as the collection stores it: converted to T.
    func element(_ v: Value, _ session: Session) throws -> Value {
        try elementType.map { try LanguagePrimitives.convert(v, to: $0, types: session.types) } ?? v
    }
    func enumerated() -> [Value]? { outOrder }
    var propertyNames: [String] { ["Count"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? { name.folded == "count" ? .int(items.count) : nil }
    func toString() -> String { typeName }

    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        func empty(_ method: String) -> RuntimeError {
            BuiltinMethods.methodError(method, 0, isStack ? "Stack empty." : "Queue empty.", "System.InvalidOperationException")
        }
        switch (name.folded, args.count) {
        case ("push", 1) where isStack, ("enqueue", 1) where !isStack:
            items.append(try element(args[0], session))
            return .automationNull
        case ("pop", 0) where isStack:
            guard let v = items.popLast() else { throw empty("Pop") }
            return v
        case ("dequeue", 0) where !isStack:
            guard !items.isEmpty else { throw empty("Dequeue") }
            return items.removeFirst()
        case ("peek", 0):
            guard let v = isStack ? items.last : items.first else { throw empty("Peek") }
            return v
        case ("trypop", 1) where isStack, ("trydequeue", 1) where !isStack, ("trypeek", 1):
            let v = name.folded == "trypeek" ? (isStack ? items.last : items.first) : (isStack ? items.popLast() : (items.isEmpty ? nil : items.removeFirst()))
            if case .native(let r as PSReference) = args[0] { r.value = v ?? .null }
            return .bool(v != nil)
        case ("clear", 0):
            items = []
            return .automationNull
        case ("contains", 1):
            return .bool(items.contains { Operators.equals($0, args[0], caseSensitive: true) })
        case ("toarray", 0):
            return .array(PSArray(outOrder))
        default:
            return nil
        }
    }
}

extension SystemCollections {
    /// new Stack[T](), new Stack[T](items) (pushed in order), and the same for Queue[T].
    static func stackOrQueue(isStack: Bool) -> TypeMembers {
        TypeMembers(constructor: { call in
            guard let t = call.type, call.count <= 1 else { return nil }
            let o = StackQueueObject(isStack: isStack, elementType: t.genericArguments.first, typeName: t.fullName)
            if let first = call.args.first, let items = first.enumerated() {
                for v in items { o.items.append(try o.element(v, call.session)) }
            }
            return .native(o)
        })
    }
    static let stack = stackOrQueue(isStack: true)
    static let queue = stackOrQueue(isStack: false)
}
