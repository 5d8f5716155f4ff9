import Foundation

/// A refused dynamic membership rule: what is wrong and where (a 0-based character offset).
public struct MembershipRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The service's short reason ("Wrong property applied.", "Invalid operands found for operator.",
    /// "Query compilation error."; docs/research/dynamic-groups.md §3).
    public var reason: String
    /// LicenseLab's detail: the position and what was expected there.
    public var detail: String
    public var position: Int

    /// The whole message, in the service's form: `Dynamic membership rule validation error: …`.
    public var message: String { "Dynamic membership rule validation error: \(reason) \(detail)" }
    public var description: String { message }
}

/// A dynamic membership rule for users (docs/licensing.md "Dynamic groups"): the subset of Entra
/// ID's rule language that licensing groups use — `user.<property> -<operator> value`, `-and`,
/// `-or`, `-not`, parentheses, lists for `-in`/`-notIn`, and `user.assignedPlans -any/-all (…)`.
/// Precedence from loose to tight: `-or`, `-and`, `-not`, comparisons. Values and property names
/// compare without case; `-match` is a case-insensitive regular expression matched anywhere.
public struct MembershipRule: Sendable {
    public let text: String
    let root: Node

    /// The longest rule the service accepts.
    public static let maximumLength = 3072

    indirect enum Node: Sendable {
        case or([Node])
        case and([Node])
        case not(Node)
        case compare(Property, Operator, Operand)
        /// `user.assignedPlans -any (...)` / `-all (...)`, over the user's enabled plans.
        case plans(all: Bool, Node)
        /// A comparison on a field of `assignedPlan` (inside `plans`).
        case planField(PlanField, Operator, Operand)
    }

    enum PlanField: String, Sendable, CaseIterable { case servicePlanId, capabilityStatus, service }

    enum Operator: String, Sendable, CaseIterable {
        case eq, ne, startsWith, notStartsWith, endsWith, notEndsWith, contains, notContains, match, notMatch
        case `in`, notIn
    }

    enum Operand: Sendable {
        case string(String)
        case bool(Bool)
        case null
        case list([String])
        /// A compiled `-match` pattern.
        case regex(String, NSRegularExpressionBox)
    }

    /// The user properties rules may use, by their lower-cased name.
    enum Property: Sendable, Equatable {
        case string(name: String, read: @Sendable (User) -> String?)
        case bool(name: String, read: @Sendable (User) -> Bool)

        static func == (a: Property, b: Property) -> Bool { a.name == b.name }

        var name: String {
            switch self { case .string(let n, _), .bool(let n, _): return n }
        }
    }

    static let properties: [String: Property] = {
        func attribute(_ rule: String, _ key: String) -> (String, Property) {
            (rule.lowercased(), .string(name: rule, read: { $0.attribute(key) }))
        }
        let list: [(String, Property)] = [
            ("accountenabled", .bool(name: "accountEnabled", read: { $0.accountEnabled })),
            ("userprincipalname", .string(name: "userPrincipalName", read: { $0.userPrincipalName })),
            ("displayname", .string(name: "displayName", read: { $0.displayName })),
            ("usagelocation", .string(name: "usageLocation", read: { $0.usageLocation })),
            ("objectid", .string(name: "objectId", read: { $0.objectId.lowercasedString })),
            ("mailnickname", .string(name: "mailNickName", read: { $0.alias })),
            ("usertype", .string(name: "userType", read: { $0.attribute("UserType") ?? "Member" })),
            attribute("department", "Department"), attribute("jobTitle", "Title"), attribute("city", "City"),
            attribute("country", "Country"), attribute("state", "State"), attribute("companyName", "CompanyName"),
            attribute("employeeId", "EmployeeId"), attribute("givenName", "FirstName"), attribute("surname", "LastName"),
            attribute("physicalDeliveryOfficeName", "Office"), attribute("postalCode", "PostalCode"),
            attribute("preferredLanguage", "PreferredLanguage"), attribute("streetAddress", "StreetAddress"),
            attribute("telephoneNumber", "PhoneNumber"), attribute("mobile", "MobilePhone"),
            attribute("facsimileTelephoneNumber", "Fax"),
        ]
        return Dictionary(uniqueKeysWithValues: list)
    }()

    /// Whether the rule reads the user's plans (license changes can then change membership).
    public let readsPlans: Bool

    public init(_ text: String) throws(MembershipRuleError) {
        self.text = text
        guard text.count <= Self.maximumLength else {
            throw MembershipRuleError(reason: "Query compilation error.",
                                      detail: "The rule is \(text.count) characters long; the most a rule may have is \(Self.maximumLength).",
                                      position: Self.maximumLength)
        }
        var parser = RuleParser(text)
        root = try parser.parseRule()
        readsPlans = text.range(of: "assignedplans", options: .caseInsensitive) != nil
    }

    /// Whether `user` belongs in the group. Deleted users never do.
    public func matches(_ user: User, plans: () -> [(id: UUID, service: String)]) -> Bool {
        guard !user.isDeleted else { return false }
        var cachedPlans: [(id: UUID, service: String)]?
        func evaluate(_ node: Node) -> Bool {
            switch node {
            case .or(let items): return items.contains { evaluate($0) }
            case .and(let items): return items.allSatisfy { evaluate($0) }
            case .not(let inner): return !evaluate(inner)
            case .compare(let property, let op, let operand):
                switch property {
                case .bool(_, let read): return Self.compare(bool: read(user), op, operand)
                case .string(_, let read): return Self.compare(string: read(user), op, operand)
                }
            case .plans(let all, let inner):
                if cachedPlans == nil { cachedPlans = plans() }
                let items = cachedPlans ?? []
                let test = { (plan: (id: UUID, service: String)) in Self.evaluatePlan(inner, plan) }
                return all ? items.allSatisfy(test) : items.contains(where: test)
            case .planField: return false
            }
        }
        return evaluate(root)
    }

    static func evaluatePlan(_ node: Node, _ plan: (id: UUID, service: String)) -> Bool {
        switch node {
        case .or(let items): return items.contains { evaluatePlan($0, plan) }
        case .and(let items): return items.allSatisfy { evaluatePlan($0, plan) }
        case .not(let inner): return !evaluatePlan(inner, plan)
        case .planField(let field, let op, let operand):
            let value: String
            switch field {
            case .servicePlanId: value = plan.id.lowercasedString
            case .capabilityStatus: value = "Enabled"
            case .service: value = plan.service
            }
            return compare(string: value, op, operand)
        case .compare, .plans: return false
        }
    }

    static func compare(bool value: Bool, _ op: Operator, _ operand: Operand) -> Bool {
        let equal: Bool
        switch operand {
        case .bool(let b): equal = value == b
        case .null: equal = false
        case .string(let s): equal = s.lowercased() == (value ? "true" : "false")
        default: equal = false
        }
        return op == .ne ? !equal : equal
    }

    static func compare(string value: String?, _ op: Operator, _ operand: Operand) -> Bool {
        func folded(_ s: String) -> String { s.lowercased() }
        switch operand {
        case .null:
            let isNull = value == nil || value == ""
            return op == .ne ? !isNull : isNull
        case .list(let items):
            guard let value else { return op == .notIn }
            let found = items.contains { folded($0) == folded(value) }
            return op == .notIn ? !found : found
        case .regex(_, let box):
            guard let value else { return op == .notMatch }
            let found = box.regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
            return op == .notMatch ? !found : found
        case .bool(let b):
            let text = b ? "true" : "false"
            let equal = value.map(folded) == text
            return op == .ne ? !equal : equal
        case .string(let s):
            guard let value else { return op == .ne || op == .notStartsWith || op == .notEndsWith || op == .notContains }
            let v = folded(value), t = folded(s)
            switch op {
            case .eq: return v == t
            case .ne: return v != t
            case .startsWith: return v.hasPrefix(t)
            case .notStartsWith: return !v.hasPrefix(t)
            case .endsWith: return v.hasSuffix(t)
            case .notEndsWith: return !v.hasSuffix(t)
            case .contains: return v.contains(t)
            case .notContains: return !v.contains(t)
            default: return false
            }
        }
    }
}

/// A compiled regular expression that can be kept in a Sendable value (it is never mutated).
final class NSRegularExpressionBox: @unchecked Sendable {
    let regex: NSRegularExpression
    init(_ regex: NSRegularExpression) { self.regex = regex }
}

// MARK: - Parsing

private struct RuleParser {
    enum Token: Equatable {
        case word(String)        // user.department, -eq, and, true, null, _
        case string(String)
        case open, close, openList, closeList, comma
        case end
    }

    let characters: [Character]
    var position = 0
    var tokenStart = 0
    var current: Token = .end
    /// Parentheses and -not nest at most this deep (a rule of 3,072 '(' would otherwise exhaust
    /// the stack).
    static let maximumDepth = 100
    var depth = 0

    init(_ text: String) { characters = Array(text) }

    func failure(_ reason: String, _ detail: String, at position: Int? = nil) -> MembershipRuleError {
        MembershipRuleError(reason: reason, detail: "At position \(position ?? tokenStart): \(detail)", position: position ?? tokenStart)
    }

    mutating func parseRule() throws(MembershipRuleError) -> MembershipRule.Node {
        try advance()
        guard current != .end else { throw failure("Query compilation error.", "the rule is empty.") }
        let node = try parseOr(inPlans: false)
        guard current == .end else { throw failure("Query compilation error.", "unexpected \(describe(current)); expected -and, -or or the end of the rule.") }
        return node
    }

    // MARK: Tokens

    mutating func advance() throws(MembershipRuleError) {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        tokenStart = position
        guard position < characters.count else { current = .end; return }
        let c = characters[position]
        switch c {
        case "(": position += 1; current = .open
        case ")": position += 1; current = .close
        case "[": position += 1; current = .openList
        case "]": position += 1; current = .closeList
        case ",": position += 1; current = .comma
        case "\"", "'", "\u{201C}", "\u{201D}":
            current = .string(try readString(quote: c))
        default:
            var word = ""
            while position < characters.count {
                let ch = characters[position]
                if ch.isWhitespace || "()[],\"'".contains(ch) { break }
                word.append(ch)
                position += 1
            }
            current = .word(word)
        }
    }

    /// A double-quoted value (a backtick escapes the next character) or a single-quoted one (two
    /// single quotes stand for one).
    mutating func readString(quote: Character) throws(MembershipRuleError) -> String {
        let start = position
        let closing: Character = quote == "'" ? "'" : "\""
        position += 1
        var value = ""
        while position < characters.count {
            let ch = characters[position]
            if quote != "'", ch == "`", position + 1 < characters.count {
                value.append(characters[position + 1])
                position += 2
                continue
            }
            if ch == closing || (quote != "'" && (ch == "\u{201C}" || ch == "\u{201D}")) {
                if quote == "'", position + 1 < characters.count, characters[position + 1] == "'" {
                    value.append("'")
                    position += 2
                    continue
                }
                position += 1
                return value
            }
            value.append(ch)
            position += 1
        }
        throw failure("Query compilation error.", "the string that starts here has no closing quote.", at: start)
    }

    func describe(_ token: Token) -> String {
        switch token {
        case .word(let w): return "'\(w)'"
        case .string(let s): return "the string \"\(s)\""
        case .open: return "'('"
        case .close: return "')'"
        case .openList: return "'['"
        case .closeList: return "']'"
        case .comma: return "','"
        case .end: return "the end of the rule"
        }
    }

    /// An operator word (`-and`, `and`, `-EQ`): its lower-cased name without the hyphen.
    func operatorName(_ token: Token) -> String? {
        guard case .word(let w) = token else { return nil }
        let name = w.hasPrefix("-") ? String(w.dropFirst()) : w
        return name.lowercased()
    }

    // MARK: Grammar

    mutating func parseOr(inPlans: Bool) throws(MembershipRuleError) -> MembershipRule.Node {
        var items = [try parseAnd(inPlans: inPlans)]
        while operatorName(current) == "or" {
            try advance()
            items.append(try parseAnd(inPlans: inPlans))
        }
        return items.count == 1 ? items[0] : .or(items)
    }

    mutating func parseAnd(inPlans: Bool) throws(MembershipRuleError) -> MembershipRule.Node {
        var items = [try parseUnary(inPlans: inPlans)]
        while operatorName(current) == "and" {
            try advance()
            items.append(try parseUnary(inPlans: inPlans))
        }
        return items.count == 1 ? items[0] : .and(items)
    }

    mutating func parseUnary(inPlans: Bool) throws(MembershipRuleError) -> MembershipRule.Node {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw failure("Query compilation error.", "the rule nests parentheses and -not more than \(Self.maximumDepth) deep.")
        }
        if operatorName(current) == "not" {
            try advance()
            return .not(try parseUnary(inPlans: inPlans))
        }
        if current == .open {
            try advance()
            let inner = try parseOr(inPlans: inPlans)
            guard current == .close else { throw failure("Query compilation error.", "expected ')' to close the '(' before, found \(describe(current)).") }
            try advance()
            return inner
        }
        return try parseComparison(inPlans: inPlans)
    }

    mutating func parseComparison(inPlans: Bool) throws(MembershipRuleError) -> MembershipRule.Node {
        guard case .word(let reference) = current, !reference.hasPrefix("-") else {
            throw failure("Query compilation error.", "expected a property such as user.department, found \(describe(current)).")
        }
        let referenceStart = tokenStart
        let lower = reference.lowercased()
        try advance()
        if inPlans {
            guard lower.hasPrefix("assignedplan."), let field = MembershipRule.PlanField.allCases.first(where: { $0.rawValue.lowercased() == String(lower.dropFirst("assignedplan.".count)) }) else {
                throw failure("Wrong property applied.", "inside user.assignedPlans -any (...) or -all (...) the properties are assignedPlan.servicePlanId, assignedPlan.capabilityStatus and assignedPlan.service; found '\(reference)'.", at: referenceStart)
            }
            let (op, operand) = try parseOperatorAndValue(propertyIsBool: false)
            return .planField(field, op, operand)
        }
        guard lower.hasPrefix("user.") else {
            throw failure("Wrong property applied.", "a user rule's properties start with 'user.' (user.department); found '\(reference)'.", at: referenceStart)
        }
        let name = String(lower.dropFirst("user.".count))
        if name == "assignedplans" {
            guard let quantifier = operatorName(current), quantifier == "any" || quantifier == "all" else {
                throw failure("Invalid operands found for operator.", "user.assignedPlans takes -any (...) or -all (...), found \(describe(current)).")
            }
            try advance()
            guard current == .open else { throw failure("Query compilation error.", "expected '(' after -\(quantifier), found \(describe(current)).") }
            try advance()
            let inner = try parseOr(inPlans: true)
            guard current == .close else { throw failure("Query compilation error.", "expected ')' to close -\(quantifier) (...), found \(describe(current)).") }
            try advance()
            return .plans(all: quantifier == "all", inner)
        }
        guard let property = MembershipRule.properties[name] else {
            throw failure("Wrong property applied.", "'\(reference)' is not a user property LicenseLab's rules support (docs/licensing.md \"Dynamic groups\").", at: referenceStart)
        }
        var isBool = false
        if case .bool = property { isBool = true }
        let (op, operand) = try parseOperatorAndValue(propertyIsBool: isBool)
        return .compare(property, op, operand)
    }

    mutating func parseOperatorAndValue(propertyIsBool: Bool) throws(MembershipRuleError) -> (MembershipRule.Operator, MembershipRule.Operand) {
        let operatorStart = tokenStart
        guard let name = operatorName(current), let op = MembershipRule.Operator.allCases.first(where: { $0.rawValue.lowercased() == name }) else {
            throw failure("Query compilation error.", "expected an operator (-eq, -ne, -startsWith, -notStartsWith, -endsWith, -notEndsWith, -contains, -notContains, -match, -notMatch, -in, -notIn), found \(describe(current)).")
        }
        try advance()
        let valueStart = tokenStart
        let operand: MembershipRule.Operand
        switch current {
        case .string(let s): operand = .string(s)
        case .word(let w):
            switch w.lowercased() {
            case "true": operand = .bool(true)
            case "false": operand = .bool(false)
            case "null", "$null": operand = .null
            default: throw failure("Invalid operands found for operator.", "a value is a string in double quotes, true, false or null; found '\(w)'.")
            }
        case .openList:
            var items: [String] = []
            try advance()
            while current != .closeList {
                guard case .string(let s) = current else { throw failure("Invalid operands found for operator.", "a list holds strings in quotes, found \(describe(current)).") }
                items.append(s)
                try advance()
                if current == .comma { try advance(); continue }
                guard current == .closeList else { throw failure("Query compilation error.", "expected ',' or ']' in the list, found \(describe(current)).") }
            }
            operand = .list(items)
        default:
            throw failure("Invalid operands found for operator.", "expected a value after -\(op.rawValue), found \(describe(current)).")
        }
        try advance()
        // which operands each operator takes
        switch (op, operand) {
        case (.in, .list), (.notIn, .list): break
        case (.in, _), (.notIn, _):
            throw failure("Invalid operands found for operator.", "-\(op.rawValue) takes a list in brackets: [\"a\", \"b\"].", at: valueStart)
        case (_, .list):
            throw failure("Invalid operands found for operator.", "only -in and -notIn take a list.", at: valueStart)
        case (.eq, .null), (.ne, .null): break
        case (_, .null):
            throw failure("Invalid operands found for operator.", "null can only be compared with -eq or -ne.", at: valueStart)
        default: break
        }
        if propertyIsBool {
            guard op == .eq || op == .ne else {
                throw failure("Invalid operands found for operator.", "a true/false property takes -eq or -ne only.", at: operatorStart)
            }
            switch operand {
            case .bool, .null: break
            default: throw failure("Invalid operands found for operator.", "a true/false property is compared with true, false or null.", at: valueStart)
            }
        }
        if case .string(let pattern) = operand, op == .match || op == .notMatch {
            do {
                let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
                return (op, .regex(pattern, NSRegularExpressionBox(regex)))
            } catch {
                throw failure("Query compilation error.", "\"\(pattern)\" is not a valid regular expression.", at: valueStart)
            }
        }
        return (op, operand)
    }
}
