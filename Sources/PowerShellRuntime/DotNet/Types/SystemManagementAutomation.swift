/// PowerShell's own types: PSObject (and `[pscustomobject]::new()`), PSCredential, ErrorRecord,
/// ScriptBlock's methods, AutomationNull.
enum SystemManagementAutomation {
    static let psObject = TypeMembers(constructor: { _ in .object(PSObject()) })

    static let psCredential = TypeMembers(constructor: { call in
        .object(PSObject(properties: [("UserName", .string(call.string(0))), ("Password", call.count > 1 ? call.args[1] : .null)],
                         typeName: "System.Management.Automation.PSCredential"))
    })

    /// new ErrorRecord(exception, errorId, category, targetObject); an unknown category is NotSpecified.
    static let errorRecord = TypeMembers(constructor: { call in
        guard call.count >= 4, case .native(let n) = call.args[0], let ex = n as? PSException else { return nil }
        let category = ErrorCategory.allCases.first { NameKey.fold($0.rawValue) == NameKey.fold(call.string(2)) } ?? .NotSpecified
        return .native(ErrorRecord(exception: ex, errorId: call.string(1), category: category, targetObject: call.args[3]))
    })

    static let automationNull = TypeMembers(staticProperties: ["Value": { _ in .automationNull }])

    static let scriptBlock = TypeMembers(instanceMethods: [
        "Invoke": on { sb, call in .array(PSArray(try call.session.invoke(sb, dollarUnder: nil, arguments: call.args))) },
        "InvokeReturnAsIs": on { sb, call in Session.collapse(try call.session.invoke(sb, dollarUnder: nil, arguments: call.args)) },
        "GetNewClosure": on { sb, call in
            let c = ScriptBlock(ast: sb.ast)
            c.closure = call.session.captureClosure()
            return .scriptBlock(c)
        },
        "ToString": on { sb, _ in .string(sb.text) },
    ])

    private static func on(_ body: @escaping @Sendable (ScriptBlock, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .scriptBlock(let sb) = call.target else { return nil }
            return try body(sb, call)
        }
    }
}
