import Foundation

/// A value an OData `$filter` is evaluated against: entities are records of properties.
indirect enum ODataValue {
    case null, bool(Bool), number(Double), string(String), list([ODataValue]), record([String: ODataValue])

    subscript(_ key: String) -> ODataValue {
        if case .record(let r) = self { return r[key.lowercased()] ?? .null }
        return .null
    }

    static func record(_ pairs: [(String, ODataValue)]) -> ODataValue {
        var r: [String: ODataValue] = [:]
        for (k, v) in pairs { r[k.lowercased()] = v }
        return .record(r)
    }
}

/// The Microsoft Graph `$filter` subset licensing scripts use: `eq ne gt ge lt le`, `and or not`,
/// `in (...)`, `startswith/endswith/contains`, navigation `a/b`, `a/$count`, and lambda
/// `any(x: ...)` / `all(x: ...)` (e.g. `assignedLicenses/any(x:x/skuId eq <guid>)`).
indirect enum ODataFilter {
    case literal(ODataValue)
    case path([String])
    case compare(String, ODataFilter, ODataFilter)
    case and(ODataFilter, ODataFilter)
    case or(ODataFilter, ODataFilter)
    case not(ODataFilter)
    case call(String, [ODataFilter])
    case lambda(path: [String], kind: String, variable: String?, body: ODataFilter?)
    case inList(ODataFilter, [ODataFilter])

    struct ParseError: Error, Equatable { let message: String }

    /// `guidLiterals`: Microsoft Graph's rule that a GUID property compares with a bare GUID
    /// (a quoted one is a type error); Azure AD Graph's filters (AzureADFilter) convert their
    /// `guid'…'` literals and are read without it.
    static func parse(_ text: String, guidLiterals: Bool = true) throws -> ODataFilter {
        var p = Parser(tokens: try tokenize(text), text: text, guidLiterals: guidLiterals)
        let e = try p.orExpr(depth: 0)
        guard p.index == p.tokens.count else { throw p.invalid() }
        return e
    }

    /// True when the filter counts a collection (`/$count`), which Graph only allows with
    /// `ConsistencyLevel: eventual`.
    var usesCount: Bool {
        switch self {
        case .path(let p): return p.contains { $0.lowercased() == "$count" }
        case .compare(_, let a, let b), .and(let a, let b), .or(let a, let b): return a.usesCount || b.usesCount
        case .not(let a): return a.usesCount
        case .call(_, let args): return args.contains { $0.usesCount }
        case .lambda(_, _, _, let body): return body?.usesCount ?? false
        case .inList(let a, let list): return a.usesCount || list.contains { $0.usesCount }
        case .literal: return false
        }
    }

    /// The property whose collection is counted (`assignedLicenses` in `assignedLicenses/$count`).
    var countedProperty: String? {
        switch self {
        case .path(let p):
            guard let i = p.firstIndex(where: { $0.lowercased() == "$count" }), i > 0 else { return nil }
            return p[0]
        case .compare(_, let a, let b), .and(let a, let b), .or(let a, let b): return a.countedProperty ?? b.countedProperty
        case .not(let a): return a.countedProperty
        case .call(_, let args): return args.lazy.compactMap(\.countedProperty).first
        case .lambda(_, _, _, let body): return body?.countedProperty
        case .inList(let a, let list): return a.countedProperty ?? list.lazy.compactMap(\.countedProperty).first
        case .literal: return nil
        }
    }

    /// The property of the first clause only an advanced query runs (`ne`, `not`, `endswith`:
    /// aad-advanced-queries.md), or nil. In a lambda, the collection's property.
    var advancedProperty: String? {
        switch self {
        case .compare(let op, let a, let b):
            return op == "ne" ? (a.firstProperty ?? b.firstProperty ?? "ne") : nil
        case .not(let a): return a.firstProperty ?? "not"
        case .call(let name, let args):
            return name == "endswith" ? (args.first?.firstProperty ?? name) : args.lazy.compactMap(\.advancedProperty).first
        case .and(let a, let b), .or(let a, let b): return a.advancedProperty ?? b.advancedProperty
        case .lambda(let path, _, _, let body): return body?.advancedProperty.map { _ in path.first ?? "" }
        case .inList, .path, .literal: return nil
        }
    }

    /// The first property a clause names.
    var firstProperty: String? {
        switch self {
        case .path(let p): return p.first
        case .compare(_, let a, let b), .and(let a, let b), .or(let a, let b): return a.firstProperty ?? b.firstProperty
        case .not(let a): return a.firstProperty
        case .call(_, let args): return args.lazy.compactMap(\.firstProperty).first
        case .lambda(let path, _, _, _): return path.first
        case .inList(let a, _): return a.firstProperty
        case .literal: return nil
        }
    }

    /// True when the filter reads `name` (first path segment, case-insensitive).
    func reads(_ name: String) -> Bool {
        switch self {
        case .path(let p): return p.first?.lowercased() == name.lowercased()
        case .compare(_, let a, let b), .and(let a, let b), .or(let a, let b): return a.reads(name) || b.reads(name)
        case .not(let a): return a.reads(name)
        case .call(_, let args): return args.contains { $0.reads(name) }
        case .lambda(let path, _, _, let body): return path.first?.lowercased() == name.lowercased() || (body?.reads(name) ?? false)
        case .inList(let a, let list): return a.reads(name) || list.contains { $0.reads(name) }
        case .literal: return false
        }
    }

    func matches(_ entity: ODataValue) -> Bool {
        ODataFilter.truth(evaluate(entity, variables: [:], depth: 0))
    }

    static func truth(_ v: ODataValue) -> Bool {
        if case .bool(let b) = v { return b }
        return false
    }

    func evaluate(_ entity: ODataValue, variables: [String: ODataValue], depth: Int) -> ODataValue {
        guard depth < 64 else { return .null }
        switch self {
        case .literal(let v): return v
        case .path(let parts): return ODataFilter.navigate(entity, parts, variables: variables)
        case .and(let a, let b): return .bool(ODataFilter.truth(a.evaluate(entity, variables: variables, depth: depth + 1)) && ODataFilter.truth(b.evaluate(entity, variables: variables, depth: depth + 1)))
        case .or(let a, let b): return .bool(ODataFilter.truth(a.evaluate(entity, variables: variables, depth: depth + 1)) || ODataFilter.truth(b.evaluate(entity, variables: variables, depth: depth + 1)))
        case .not(let a): return .bool(!ODataFilter.truth(a.evaluate(entity, variables: variables, depth: depth + 1)))
        case .compare(let op, let a, let b):
            return .bool(ODataFilter.compare(op, a.evaluate(entity, variables: variables, depth: depth + 1), b.evaluate(entity, variables: variables, depth: depth + 1)))
        case .inList(let a, let list):
            let v = a.evaluate(entity, variables: variables, depth: depth + 1)
            return .bool(list.contains { ODataFilter.compare("eq", v, $0.evaluate(entity, variables: variables, depth: depth + 1)) })
        case .call(let name, let args):
            let values = args.map { $0.evaluate(entity, variables: variables, depth: depth + 1) }
            guard values.count == 2, case .string(let s) = values[0], case .string(let t) = values[1] else { return .bool(false) }
            let a = s.lowercased(), b = t.lowercased()
            switch name {
            case "startswith": return .bool(a.hasPrefix(b))
            case "endswith": return .bool(a.hasSuffix(b))
            case "contains": return .bool(a.contains(b))
            default: return .bool(false)
            }
        case .lambda(let path, let kind, let variable, let body):
            guard case .list(let items) = ODataFilter.navigate(entity, path, variables: variables) else { return .bool(kind == "all") }
            guard let variable, let body else { return .bool(!items.isEmpty) }
            let test = { (item: ODataValue) -> Bool in
                var vars = variables
                vars[variable.lowercased()] = item
                return ODataFilter.truth(body.evaluate(entity, variables: vars, depth: depth + 1))
            }
            return .bool(kind == "all" ? items.allSatisfy(test) : items.contains(where: test))
        }
    }

    static func navigate(_ entity: ODataValue, _ parts: [String], variables: [String: ODataValue]) -> ODataValue {
        guard let first = parts.first else { return entity }
        var current: ODataValue = variables[first.lowercased()] ?? entity[first]
        for part in parts.dropFirst() {
            if part.lowercased() == "$count" {
                if case .list(let l) = current { current = .number(Double(l.count)) } else { current = .number(0) }
            } else {
                current = current[part]
            }
        }
        return current
    }

    static func compare(_ op: String, _ a: ODataValue, _ b: ODataValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return op == "eq" || op == "ge" || op == "le"
        case (.null, _), (_, .null): return op == "ne"
        case (.bool(let x), .bool(let y)): return op == "eq" ? x == y : (op == "ne" ? x != y : false)
        case (.number(let x), .number(let y)):
            switch op {
            case "eq": return x == y
            case "ne": return x != y
            case "gt": return x > y
            case "ge": return x >= y
            case "lt": return x < y
            default: return x <= y
            }
        case (.string(let x), .string(let y)):
            let l = x.lowercased(), r = y.lowercased()
            switch op {
            case "eq": return l == r
            case "ne": return l != r
            case "gt": return l > r
            case "ge": return l >= r
            case "lt": return l < r
            default: return l <= r
            }
        case (.list(let items), _): return op == "ne" ? !items.contains { compare("eq", $0, b) } : items.contains { compare(op, $0, b) }
        default: return op == "ne"
        }
    }

    /// `guid`: an unquoted GUID literal (OData's Edm.Guid), whatever its first digit.
    enum Token: Equatable { case word(String), string(String), guid(String), number(Double), lparen, rparen, comma, colon }

    static func tokenize(_ text: String) throws -> [Token] {
        var out: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            switch c {
            case "(": out.append(.lparen); i += 1; continue
            case ")": out.append(.rparen); i += 1; continue
            case ",": out.append(.comma); i += 1; continue
            case ":": out.append(.colon); i += 1; continue
            default: break
            }
            if c == "'" {
                var s = ""
                var j = i + 1
                var closed = false
                while j < chars.count {
                    if chars[j] == "'" {
                        if j + 1 < chars.count && chars[j + 1] == "'" { s.append("'"); j += 2; continue }
                        closed = true
                        break
                    }
                    s.append(chars[j]); j += 1
                }
                guard closed else { throw ParseError(message: "Invalid filter clause: unterminated string literal.") }
                out.append(.string(s)); i = j + 1; continue
            }
            var j = i
            var w = ""
            while j < chars.count, !chars[j].isWhitespace, !"(),:'".contains(chars[j]) { w.append(chars[j]); j += 1 }
            i = j
            if w.utf8.count == 36, w.contains("-"), UUID(uuidString: w) != nil { out.append(.guid(w)); continue }
            if let first = w.first, first.isNumber || first == "-", let d = Double(w) { out.append(.number(d)); continue }
            out.append(.word(w))
        }
        return out
    }

    struct Parser {
        let tokens: [Token]
        let text: String
        var guidLiterals = true
        var index = 0

        init(tokens: [Token], text: String, guidLiterals: Bool) {
            self.tokens = tokens
            self.text = text
            self.guidLiterals = guidLiterals
        }

        func invalid() -> ParseError { ParseError(message: "Invalid filter clause") }

        func word(at i: Int) -> String? {
            guard i < tokens.count, case .word(let w) = tokens[i] else { return nil }
            return w
        }

        mutating func orExpr(depth: Int) throws -> ODataFilter {
            guard depth < 64 else { throw invalid() }
            var left = try andExpr(depth: depth)
            while word(at: index)?.lowercased() == "or" { index += 1; left = .or(left, try andExpr(depth: depth)) }
            return left
        }

        mutating func andExpr(depth: Int) throws -> ODataFilter {
            var left = try unary(depth: depth)
            while word(at: index)?.lowercased() == "and" { index += 1; left = .and(left, try unary(depth: depth)) }
            return left
        }

        mutating func unary(depth: Int) throws -> ODataFilter {
            guard depth < 64 else { throw invalid() }
            if word(at: index)?.lowercased() == "not" { index += 1; return .not(try unary(depth: depth + 1)) }
            let left = try primary(depth: depth)
            if let op = word(at: index)?.lowercased(), ["eq", "ne", "gt", "ge", "lt", "le"].contains(op) {
                index += 1
                let literalAt = index
                let right = try primary(depth: depth)
                // Graph's GUID properties (Edm.Guid) compare with GUID literals, never with quoted text
                if guidLiterals, case .path(let parts) = left, let last = parts.last?.lowercased(), Self.guidProperties.contains(last),
                   case .string = tokens[literalAt] {
                    throw ParseError(message: "A binary operator with incompatible types was detected. Found operand types 'Edm.Guid' and 'Edm.String' for operator kind '\(Self.operatorKinds[op] ?? op)'.")
                }
                return .compare(op, left, right)
            }
            if word(at: index)?.lowercased() == "in" {
                index += 1
                guard index < tokens.count, tokens[index] == .lparen else { throw invalid() }
                index += 1
                var list: [ODataFilter] = []
                while index < tokens.count, tokens[index] != .rparen {
                    list.append(try primary(depth: depth))
                    if index < tokens.count, tokens[index] == .comma { index += 1 }
                }
                guard index < tokens.count else { throw invalid() }
                index += 1
                return .inList(left, list)
            }
            return left
        }

        /// The Edm.Guid properties a licensing filter names (assignedLicenses' skuId, assignedPlans' servicePlanId).
        static let guidProperties: Set<String> = ["skuid", "serviceplanid", "disabledplans"]
        /// OData's names of the comparison operators, as its type errors give them.
        static let operatorKinds = ["eq": "Equal", "ne": "NotEqual", "gt": "GreaterThan", "ge": "GreaterThanOrEqual",
                                    "lt": "LessThan", "le": "LessThanOrEqual"]

        mutating func primary(depth: Int) throws -> ODataFilter {
            guard index < tokens.count else { throw invalid() }
            let t = tokens[index]
            index += 1
            switch t {
            case .lparen:
                let inner = try orExpr(depth: depth + 1)
                guard index < tokens.count, tokens[index] == .rparen else { throw invalid() }
                index += 1
                return inner
            case .string(let s), .guid(let s): return .literal(.string(s))
            case .number(let d): return .literal(.number(d))
            case .word(let w):
                switch w.lowercased() {
                case "true": return .literal(.bool(true))
                case "false": return .literal(.bool(false))
                case "null": return .literal(.null)
                default: break
                }
                let parts = w.split(separator: "/").map(String.init)
                guard !parts.isEmpty else { throw invalid() }
                if index < tokens.count, tokens[index] == .lparen {
                    index += 1
                    let last = parts[parts.count - 1].lowercased()
                    if last == "any" || last == "all" {
                        let path = Array(parts.dropLast())
                        if index < tokens.count, tokens[index] == .rparen { index += 1; return .lambda(path: path, kind: last, variable: nil, body: nil) }
                        guard let v = word(at: index), index + 1 < tokens.count, tokens[index + 1] == .colon else { throw invalid() }
                        index += 2
                        let body = try orExpr(depth: depth + 1)
                        guard index < tokens.count, tokens[index] == .rparen else { throw invalid() }
                        index += 1
                        return .lambda(path: path, kind: last, variable: v, body: body)
                    }
                    var args: [ODataFilter] = []
                    while index < tokens.count, tokens[index] != .rparen {
                        args.append(try orExpr(depth: depth + 1))
                        if index < tokens.count, tokens[index] == .comma { index += 1 }
                    }
                    guard index < tokens.count else { throw invalid() }
                    index += 1
                    return .call(w.lowercased(), args)
                }
                return .path(parts)
            default: throw invalid()
            }
        }
    }
}
