import Foundation

/// System.Text.RegularExpressions.Regex over DotNetRegex.
public final class RegexObject: NativeObject {
    public let pattern: String
    public let regex: DotNetRegex
    public let options: [String]
    public init(pattern: String, options: [String]) throws {
        self.pattern = pattern
        self.options = options
        let o = Set(options.map { NameKey.fold($0) })
        do {
            regex = try DotNetRegex.compile(pattern, caseSensitive: !o.contains("ignorecase"), multiline: o.contains("multiline"), singleline: o.contains("singleline"), ignorePatternWhitespace: o.contains("ignorepatternwhitespace"), explicitCapture: o.contains("explicitcapture"))
        } catch let e as RegexError {
            throw RuntimeError(message: "Cannot convert value \"\(pattern)\" to type \"System.Text.RegularExpressions.Regex\". Error: \"\(e.message)\"", errorId: "InvalidCastParseTargetInvocation", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException")
        }
    }
    public var typeName: String { "System.Text.RegularExpressions.Regex" }
    public var propertyNames: [String] { ["Options", "RightToLeft", "MatchTimeout"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "options": return .string(options.isEmpty ? "None" : options.joined(separator: ", "))
        case "righttoleft": return .bool(false)
        default: return nil
        }
    }
    public var instanceMembers: TypeMembers? { SystemTextRegularExpressions.regex }
    public func toString() -> String { pattern }
}

/// System.Text.RegularExpressions.Match (also what `-replace` script blocks get as `$_`).
public final class RegexMatchObject: NativeObject {
    public let match: RegexMatch?
    public let regex: DotNetRegex?
    public init(_ match: RegexMatch?, regex: DotNetRegex?) { self.match = match; self.regex = regex }
    public var typeName: String { "System.Text.RegularExpressions.Match" }
    public var propertyNames: [String] { ["Groups", "Success", "Name", "Captures", "Index", "Length", "Value", "ValueSpan"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "value": return .string(match?.value ?? "")
        case "success": return .bool(match != nil)
        case "index": return .int(match?.index ?? 0)
        case "length": return .int(match?.length ?? 0)
        case "name": return .string("0")
        case "groups": return .native(GroupCollection(match?.groups ?? []))
        case "captures": return .array(PSArray(match.map { [.native(RegexMatchObject($0, regex: regex))] } ?? []))
        default: return nil
        }
    }
    public var instanceMembers: TypeMembers? { SystemTextRegularExpressions.match }
    public func toString() -> String { match?.value ?? "" }
}

public final class RegexGroupObject: NativeObject {
    public let group: RegexGroup
    public init(_ g: RegexGroup) { group = g }
    public var typeName: String { "System.Text.RegularExpressions.Group" }
    public var propertyNames: [String] { ["Success", "Name", "Captures", "Index", "Length", "Value"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "value": return .string(group.value)
        case "success": return .bool(group.success)
        case "index": return .int(group.index)
        case "length": return .int(group.length)
        case "name": return .string(group.name)
        default: return nil
        }
    }
    public func toString() -> String { group.value }
}

/// `$m.Groups`: indexable by number or name, enumerable.
public final class GroupCollection: NativeObject {
    public let groups: [RegexGroup]
    public init(_ g: [RegexGroup]) { groups = g }
    public var typeName: String { "System.Text.RegularExpressions.GroupCollection" }
    public func enumerated() -> [Value]? { groups.map { .native(RegexGroupObject($0)) } }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        if name.folded == "count" { return .int(groups.count) }
        if let g = groups.first(where: { NameKey($0.name) == name }) { return .native(RegexGroupObject(g)) }
        return nil
    }
    /// Indexing `$m.Groups[1]` / `$m.Groups['name']`.
    public func item(_ key: Value) -> Value {
        switch key {
        case .int(let i): return i >= 0 && i < groups.count ? .native(RegexGroupObject(groups[i])) : .null
        default:
            let k = NameKey(LanguagePrimitives.toString(key))
            return groups.first { NameKey($0.name) == k }.map { .native(RegexGroupObject($0)) } ?? .null
        }
    }
}

public final class MatchCollection: NativeObject {
    public let matches: [RegexMatchObject]
    public init(_ m: [RegexMatchObject]) { matches = m }
    public var typeName: String { "System.Text.RegularExpressions.MatchCollection" }
    public func enumerated() -> [Value]? { matches.map { .native($0) } }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        name.folded == "count" ? .int(matches.count) : nil
    }
}
