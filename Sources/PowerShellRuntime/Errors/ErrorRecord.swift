import Foundation

/// System.Management.Automation.ErrorCategory (names are what CategoryInfo prints).
public enum ErrorCategory: String, Sendable, CaseIterable {
    case NotSpecified, OpenError, CloseError, DeviceError, DeadlockDetected, InvalidArgument,
         InvalidData, InvalidOperation, InvalidResult, InvalidType, MetadataError, NotImplemented,
         NotInstalled, ObjectNotFound, OperationStopped, OperationTimeout, SyntaxError, ParserError,
         PermissionDenied, ResourceBusy, ResourceExists, ResourceUnavailable, ReadError, WriteError,
         FromStdErr, SecurityError, ProtocolError, ConnectionError, AuthenticationError,
         LimitsExceeded, QuotaExceeded, NotEnabled
}

/// A .NET exception: a type name with its base-type chain (for typed `catch`), a message and an
/// optional inner exception. Extra properties (ParamName, ...) are note-like values.
public final class PSException: NativeObject {
    /// Most derived first, ending with System.Exception and System.Object.
    public let typeNames: [String]
    public var message: String
    public var innerException: PSException?
    /// The ErrorRecord a RuntimeException carries (`$_.Exception.ErrorRecord`).
    public weak var errorRecord: ErrorRecord?
    /// For an exception no record carries (an inner ParseException): the id and category of the
    /// record `ErrorRecord` reads as, made when asked for.
    public var recordOnDemand: (errorId: String, category: ErrorCategory)?
    public var extraProperties: [(String, Value)] = []

    public init(typeNames: [String], message: String, innerException: PSException? = nil) {
        self.typeNames = typeNames
        self.message = message
        self.innerException = innerException
    }

    /// Builds an exception of a built-in type (`System.ArgumentException`, ...), chain from `ExceptionTypes`.
    public convenience init(_ typeName: String, _ message: String, innerException: PSException? = nil) {
        self.init(typeNames: ExceptionTypes.chain(for: typeName, registry: nil), message: message, innerException: innerException)
    }

    public var typeName: String { typeNames.first ?? "System.Exception" }
    public var propertyNames: [String] {
        ["Message", "InnerException", "Source", "HResult", "StackTrace"] + extraProperties.map { $0.0 }
    }

    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "message": return .string(message)
        case "innerexception": return innerException.map { .native($0) } ?? .null
        case "source": return .null
        case "hresult": return .int(-2146233087)
        case "stacktrace": return .null
        case "data": return .hashtable(PSHashtable())
        case "errorrecord":
            if let errorRecord { return .native(errorRecord) }
            if let r = recordOnDemand { return .native(ErrorRecord(exception: self, errorId: r.errorId, category: r.category)) }
            return .null
        case "wasthrownfromthrowstatement": return .bool(errorRecord?.fromThrowStatement ?? false)
        default:
            for (k, v) in extraProperties where NameKey(k) == name { return v }
            return nil
        }
    }

    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "tostring": return .string(toString())
        case "getbaseexception":
            var e = self
            while let i = e.innerException { e = i }
            return .native(e)
        default: return nil
        }
    }

    public func toString() -> String { typeName + ": " + message }

    public func isInstance(of typeName: String) -> Bool {
        let k = NameKey(typeName)
        return typeNames.contains { NameKey($0) == k }
    }
}

/// System.Management.Automation.ErrorCategoryInfo.
public struct ErrorCategoryInfo {
    public var category: ErrorCategory
    public var activity: String
    public var reason: String
    public var targetName: String
    public var targetType: String

    /// `{Category}: ({TargetName}:{TargetType}) [{Activity}], {Reason}`.
    public func getMessage() -> String {
        "\(category.rawValue): (\(targetName):\(targetType)) [\(activity)], \(reason)"
    }
}

/// System.Management.Automation.InvocationInfo: where an error happened.
public struct InvocationInfo {
    public var myCommand: String?
    public var invocationName: String?
    public var scriptName: String
    public var scriptLineNumber: Int
    public var offsetInLine: Int
    /// The full source line (without its newline).
    public var line: String
    /// Length of the blamed extent on that line (for the `~~~~` squiggle), at least 1.
    public var extentLength: Int
    /// The text of the blamed extent.
    public var extentText: String

    public init(myCommand: String? = nil, invocationName: String? = nil, scriptName: String = "", scriptLineNumber: Int = 0, offsetInLine: Int = 0, line: String = "", extentLength: Int = 0, extentText: String = "") {
        self.myCommand = myCommand
        self.invocationName = invocationName
        self.scriptName = scriptName
        self.scriptLineNumber = scriptLineNumber
        self.offsetInLine = offsetInLine
        self.line = line
        self.extentLength = extentLength
        self.extentText = extentText
    }

    /// `At <file or line>:<L> char:<C>` + `+ <line>` + `+ <squiggle>` (ParserStrings.TextForPositionMessage).
    public var positionMessage: String {
        guard scriptLineNumber > 0 else { return "" }
        let place = scriptName.isEmpty ? "line" : scriptName
        var text = line.replacingOccurrences(of: "\t", with: "    ")
        while text.last == " " { text.removeLast() }
        let col = max(offsetInLine - 1, 0)
        let squiggleLen = max(1, min(extentLength, max(1, text.count - col)))
        return "At \(place):\(scriptLineNumber) char:\(offsetInLine)\n+ \(text)\n+ \(String(repeating: " ", count: col))\(String(repeating: "~", count: squiggleLen))"
    }
}

/// System.Management.Automation.ErrorRecord.
public final class ErrorRecord: NativeObject {
    public var exception: PSException
    public var fullyQualifiedErrorId: String
    public var categoryInfo: ErrorCategoryInfo
    public var targetObject: Value
    public var invocationInfo: InvocationInfo?
    /// `ErrorDetails.Message` overrides the exception message in displays.
    public var errorDetailsMessage: String?
    public var recommendedAction: String?
    /// True when produced by `throw` (ConciseView names such errors `Exception`).
    public var fromThrowStatement = false
    public var scriptStackTrace: String = ""
    /// Raised because -ErrorAction / $ErrorActionPreference was Stop (typed `catch` of
    /// ActionPreferenceStopException matches it).
    public var raisedByStopPreference = false
    /// A syntax error (ConciseView always shows its position).
    public var isParseError = false
    var recordedInErrorList = false

    public init(exception: PSException, errorId: String, category: ErrorCategory, targetObject: Value = .null) {
        self.exception = exception
        self.fullyQualifiedErrorId = errorId
        self.targetObject = targetObject
        let reason = exception.typeName.split(separator: ".").last.map(String.init) ?? exception.typeName
        var targetName = ""
        if !targetObject.isNull { targetName = LanguagePrimitives.toString(targetObject) }
        self.categoryInfo = ErrorCategoryInfo(category: category, activity: "", reason: reason, targetName: targetName, targetType: targetObject.isNull ? "" : (targetObject.typeName.split(separator: ".").last.map(String.init) ?? ""))
        if exception.errorRecord == nil { exception.errorRecord = self }
    }

    /// Convenience: a RuntimeException-based record (what `throw 'text'` produces).
    public convenience init(message: String, errorId: String, category: ErrorCategory = .NotSpecified, exceptionType: String = "System.Management.Automation.RuntimeException", targetObject: Value = .null) {
        self.init(exception: PSException(exceptionType, message), errorId: errorId, category: category, targetObject: targetObject)
    }

    /// The message shown for the error (ErrorDetails.Message wins over Exception.Message).
    public var message: String { errorDetailsMessage ?? exception.message }

    public var typeName: String { "System.Management.Automation.ErrorRecord" }
    public var propertyNames: [String] {
        ["Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId", "ErrorDetails", "InvocationInfo", "ScriptStackTrace", "PipelineIterationInfo"]
    }

    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "exception": return .native(exception)
        case "targetobject": return targetObject
        case "categoryinfo": return .native(CategoryInfoObject(info: categoryInfo))
        case "fullyqualifiederrorid": return .string(fullyQualifiedErrorId)
        case "errordetails":
            guard errorDetailsMessage != nil || recommendedAction != nil else { return .null }
            return .object(PSObject(properties: [("Message", errorDetailsMessage.map { .string($0) } ?? .null), ("RecommendedAction", recommendedAction.map { .string($0) } ?? .null)], typeName: "System.Management.Automation.ErrorDetails"))
        case "invocationinfo":
            guard let inv = invocationInfo else { return .null }
            return .native(InvocationInfoObject(info: inv))
        case "scriptstacktrace": return .string(scriptStackTrace)
        case "pipelineiterationinfo": return .array(PSArray([]))
        default: return nil
        }
    }

    public func setProperty(_ name: NameKey, _ value: Value, session: Session) throws -> Bool {
        if name.folded == "errordetails" {
            errorDetailsMessage = value.isNull ? nil : LanguagePrimitives.toString(value)
            return true
        }
        return false
    }

    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        if name.folded == "tostring" { return .string(toString()) }
        return nil
    }

    public func toString() -> String { message }
}

/// `$err.CategoryInfo` as an object.
public final class CategoryInfoObject: NativeObject {
    public let info: ErrorCategoryInfo
    public init(info: ErrorCategoryInfo) { self.info = info }
    public var typeName: String { "System.Management.Automation.ErrorCategoryInfo" }
    public var propertyNames: [String] { ["Category", "Activity", "Reason", "TargetName", "TargetType"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "category": return .string(info.category.rawValue)
        case "activity": return .string(info.activity)
        case "reason": return .string(info.reason)
        case "targetname": return .string(info.targetName)
        case "targettype": return .string(info.targetType)
        default: return nil
        }
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "getmessage", "tostring": return .string(info.getMessage())
        default: return nil
        }
    }
    public func toString() -> String { info.getMessage() }
}

/// `$err.InvocationInfo` / `$MyInvocation` as an object.
public final class InvocationInfoObject: NativeObject {
    public let info: InvocationInfo
    public var boundParameters: PSHashtable?
    public var unboundArguments: [Value] = []
    /// True for the `$MyInvocation` of a script function (Write-Error attributes errors to it).
    public var isFunctionInvocation = false
    /// What `MyCommand` describes, when more than a name is known: made when first read.
    enum Command {
        case script(path: String, scriptBlock: ScriptBlock?)
        case function(FunctionInfo)
    }
    var command: Command?
    public init(info: InvocationInfo) { self.info = info }
    public var typeName: String { "System.Management.Automation.InvocationInfo" }
    public var propertyNames: [String] { ["MyCommand", "BoundParameters", "UnboundArguments", "ScriptLineNumber", "OffsetInLine", "ScriptName", "Line", "PositionMessage", "PSScriptRoot", "PSCommandPath", "InvocationName"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "mycommand":
            switch command {
            case .script(let path, let sb)?: return CommandInfoObjects.externalScript(path: path, scriptBlock: sb)
            case .function(let f)?: return CommandInfoObjects.function(f)
            case nil:
                guard let c = info.myCommand else { return .null }
                return .object(PSObject(properties: [("Name", .string(c)), ("Definition", .string(c))], typeName: "System.Management.Automation.CommandInfo"))
            }
        case "boundparameters": return .hashtable(boundParameters ?? PSHashtable())
        case "unboundarguments": return .array(PSArray(unboundArguments))
        case "scriptlinenumber": return .int(info.scriptLineNumber)
        case "offsetinline": return .int(info.offsetInLine)
        case "scriptname": return .string(info.scriptName)
        case "line": return .string(info.line)
        case "positionmessage": return .string(info.positionMessage)
        case "pscommandpath": return .string(info.scriptName)
        case "psscriptroot": return .string(info.scriptName.isEmpty ? "" : (info.scriptName as NSString).deletingLastPathComponent)
        case "invocationname": return .string(info.invocationName ?? "")
        default: return nil
        }
    }
}

/// A terminating error in flight (Swift `throw`). Cmdlets throw it for terminating errors
/// (`ThrowTerminatingError`); the interpreter catches it in try/catch/trap.
public struct RuntimeError: Error, @unchecked Sendable {
    public let record: ErrorRecord
    /// Script-terminating (`throw`, -ErrorAction Stop) rather than statement-terminating.
    public var isScriptTerminating: Bool
    public init(_ record: ErrorRecord, scriptTerminating: Bool = false) {
        self.record = record
        self.isScriptTerminating = scriptTerminating
    }
    /// Shorthand: a RuntimeException with a message and FQEID.
    public init(message: String, errorId: String, category: ErrorCategory = .NotSpecified, exceptionType: String = "System.Management.Automation.RuntimeException", targetObject: Value = .null) {
        self.init(ErrorRecord(message: message, errorId: errorId, category: category, exceptionType: exceptionType, targetObject: targetObject))
    }
}
