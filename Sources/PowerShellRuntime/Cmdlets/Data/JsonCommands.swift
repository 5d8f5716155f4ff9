import Foundation

/// ConvertTo-Json: objects to JSON text with PowerShell 7's rules: -Depth 2 by default (deeper
/// objects become their string form, with one warning), several input objects (or -AsArray)
/// make an array, dates are ISO 8601, numbers keep their .NET text (`3.0` for a whole Double).
final class ConvertToJsonCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertTo-Json",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "object", position: 0, mandatory: true, valueFromPipeline: true, allowNull: true),
            ParameterMetadata(name: "Depth", type: "int", validateRange: 0...100),
            ParameterMetadata(name: "Compress", type: "switch"),
            ParameterMetadata(name: "EnumsAsStrings", type: "switch"),
            ParameterMetadata(name: "AsArray", type: "switch"),
            ParameterMetadata(name: "EscapeHandling", type: "string", validateSet: ["Default", "EscapeNonAscii", "EscapeHtml"]),
        ],
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Converts an object to a JSON-formatted string.",
        examples: [CommandExample(code: "[pscustomobject]@{Name='E3'; Seats=25} | ConvertTo-Json -Compress", remarks: "One object on one line.", expectedOutput: "{\"Name\":\"E3\",\"Seats\":25}")])
    init() {}

    private var items: [Value] = []
    private var warned = false

    func process(_ context: CommandContext) throws {
        if let input = context.inputObject {
            items.append(input)
        } else if let v = context.value("InputObject") {
            items.append(v)
        }
    }

    func end(_ context: CommandContext) throws {
        if items.isEmpty { return }
        let maxDepth = context.int("Depth") ?? 2
        let value: Value = items.count > 1 || context.switchPresent("AsArray") ? .array(PSArray(items)) : items[0]
        var converter = JsonConverter(maxDepth: maxDepth, enumsAsStrings: context.switchPresent("EnumsAsStrings"), session: context.session)
        var bytes: [UInt8] = []
        converter.write(value, depth: 0, indent: 0, compress: context.switchPresent("Compress"), into: &bytes)
        if converter.truncated && !warned {
            warned = true
            try context.writeWarning("Resulting JSON is truncated as serialization has exceeded the set depth of \(maxDepth).")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        switch CaseFold.fold(context.string("EscapeHandling") ?? "default") {
        case "escapenonascii": text = ConvertToJsonCommand.escape(text) { $0.value > 0x7F }
        case "escapehtml": text = ConvertToJsonCommand.escape(text) { "<>&'".unicodeScalars.contains($0) }
        default: break
        }
        try context.writeObject(.string(text))
    }

    /// Escapes selected characters inside string literals as `\uXXXX`.
    static func escape(_ json: String, _ shouldEscape: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        var inString = false
        var escaped = false
        for u in json.unicodeScalars {
            if inString && !escaped && u != "\"" && u != "\\" && shouldEscape(u) {
                for unit in String(u).utf16 {
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                continue
            }
            out.unicodeScalars.append(u)
            if escaped { escaped = false; continue }
            if u == "\\" && inString { escaped = true } else if u == "\"" { inString.toggle() }
        }
        return out
    }
}

/// The walk from PowerShell values to JSON values (JsonObject.ProcessValue in PowerShell).
struct JsonConverter {
    let maxDepth: Int
    let enumsAsStrings: Bool
    let session: Session
    var truncated = false

    init(maxDepth: Int, enumsAsStrings: Bool, session: Session) {
        self.maxDepth = maxDepth
        self.enumsAsStrings = enumsAsStrings
        self.session = session
    }

    /// Writes a value's JSON: hashtables, arrays, lists and plain objects are written as they
    /// are walked (building the whole document as JsonValues first was half of ConvertTo-Json's
    /// time on a large one); anything else goes through `convert`.
    mutating func write(_ v: Value, depth: Int, indent: Int, compress: Bool, into out: inout [UInt8]) {
        if depth <= maxDepth {
            switch v {
            case .hashtable(let h):
                let keys = h.keys, values = h.values
                JsonCodec.writeContainer(count: keys.count, object: true, indent: indent, compress: compress, into: &out) { i, out in
                    JsonCodec.quote(LanguagePrimitives.toString(keys[i]), escapeHandling: .default, into: &out)
                    JsonCodec.writeColon(compress: compress, into: &out)
                    write(values[i], depth: depth + 1, indent: indent + 1, compress: compress, into: &out)
                }
                return
            case .array(let a):
                let items = a.items
                JsonCodec.writeContainer(count: items.count, object: false, indent: indent, compress: compress, into: &out) { i, out in
                    write(items[i], depth: depth + 1, indent: indent + 1, compress: compress, into: &out)
                }
                return
            case .object(let o) where o.baseObject == nil:
                let properties = o.properties
                JsonCodec.writeContainer(count: properties.count, object: true, indent: indent, compress: compress, into: &out) { i, out in
                    JsonCodec.quote(properties[i].name, escapeHandling: .default, into: &out)
                    JsonCodec.writeColon(compress: compress, into: &out)
                    write((try? session.memberValue(properties[i], of: v)) ?? .null, depth: depth + 1, indent: indent + 1, compress: compress, into: &out)
                }
                return
            case .string(let s):
                JsonCodec.quote(s, escapeHandling: .default, into: &out)
                return
            case .null, .automationNull:
                out.append(contentsOf: "null".utf8)
                return
            case .native(let n) where n is NullStandInObject:
                out.append(contentsOf: "null".utf8)
                return
            case .native(let n) where !(n is SwitchParameter):
                guard let items = n.enumerated() else { break }
                JsonCodec.writeContainer(count: items.count, object: false, indent: indent, compress: compress, into: &out) { i, out in
                    write(items[i], depth: depth + 1, indent: indent + 1, compress: compress, into: &out)
                }
                return
            default: break
            }
        }
        JsonCodec.write(convert(v, depth: depth), compress: compress, indent: indent, escape: .default, into: &out)
    }

    mutating func convert(_ v: Value, depth: Int) -> JsonValue {
        switch v {
        case .null, .automationNull: return .null
        // [DBNull]::Value and [NullString]::Value are JSON's null
        case .native(let n) where n is NullStandInObject: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(String(i))
        case .long(let l): return .number(String(l))
        case .double(let d): return JsonConverter.number(d)
        case .decimal(let d): return .number(JsonConverter.ensureDecimalPlace(d.description))
        case .sized(.single(let f)) where !f.isFinite: return JsonConverter.number(Double(f))
        case .sized(let n): return .number(n.description)
        case .string(let s): return .string(s)
        case .char(let c): return .string(String(c))
        case .guid(let g): return .string(g.uuidString.lowercased())
        case .dateTime(let d): return .string(JsonConverter.isoDate(d))
        case .type(let t): return .string(t.fullName)
        default: break
        }
        if depth > maxDepth {
            truncated = true
            return .string(LanguagePrimitives.toString(v))
        }
        switch v {
        case .hashtable(let h):
            return .object(h.entries.map { (LanguagePrimitives.toString($0.key), convert($0.value, depth: depth + 1)) })
        case .array(let a):
            return .array(a.items.map { convert($0, depth: depth + 1) })
        case .object(let o):
            if let b = o.baseObject {
                let inner = convert(b, depth: depth)
                let notes = o.properties
                if notes.isEmpty { return inner }
                if case .string = b { return inner }
                if case .dateTime = b { return inner }
                var members: [(String, JsonValue)]
                if case .object(let m) = inner { members = m } else { members = [("value", inner)] }
                for p in notes { members.append((p.name, convert((try? session.memberValue(p, of: v)) ?? .null, depth: depth + 1))) }
                return .object(members)
            }
            return .object(o.properties.map { p in (p.name, convert((try? session.memberValue(p, of: v)) ?? .null, depth: depth + 1)) })
        case .native(let n):
            if let sw = n as? SwitchParameter { return .object([("IsPresent", .bool(sw.isPresent))]) }
            if let e = n as? EnumValue { return enumsAsStrings ? .string(e.toString()) : .number(String(e.number)) }
            if let items = n.enumerated() { return .array(items.map { convert($0, depth: depth + 1) }) }
            return .object(n.propertyNames.map { ($0, convert(n.getProperty(NameKey($0), session: session) ?? .null, depth: depth + 1)) })
        case .timeSpan(let t):
            let props: [(String, Value)] = [("Ticks", .long(t.ticks)), ("Days", .int(t.days)), ("Hours", .int(t.hours)), ("Milliseconds", .int(t.milliseconds)),
                                            ("Minutes", .int(t.minutes)), ("Seconds", .int(t.seconds)), ("TotalDays", .double(t.totalDays)), ("TotalHours", .double(t.totalHours)),
                                            ("TotalMilliseconds", .double(t.totalMilliseconds)), ("TotalMinutes", .double(t.totalMinutes)), ("TotalSeconds", .double(t.totalSeconds))]
            return .object(props.map { ($0.0, convert($0.1, depth: depth + 1)) })
        case .scriptBlock(let sb):
            return .string(sb.text)
        default:
            return .string(LanguagePrimitives.toString(v))
        }
    }

    /// Newtonsoft writes doubles with "R" and adds ".0" to whole numbers.
    static func number(_ d: Double) -> JsonValue {
        if d.isNaN { return .string("NaN") }
        if d.isInfinite { return .string(d > 0 ? "Infinity" : "-Infinity") }
        return .number(ensureDecimalPlace(DotNetFormat.toString(d)))
    }

    static func ensureDecimalPlace(_ s: String) -> String {
        s.contains(".") || s.contains("E") || s.contains("e") ? s : s + ".0"
    }

    /// ISO 8601 as Newtonsoft writes DateTime: fraction without trailing zeros, `Z` for UTC,
    /// the local offset for local times, nothing for unspecified.
    static func isoDate(_ d: DotNetDateTime) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        var s = String(format: "%04d", d.year) + "-" + two(d.month) + "-" + two(d.day) + "T" + two(d.hour) + ":" + two(d.minute) + ":" + two(d.second)
        let fraction = d.ticks % 10_000_000
        if fraction != 0 {
            var f = String(fraction)
            f = String(repeating: "0", count: 7 - f.count) + f
            while f.hasSuffix("0") { f.removeLast() }
            s += "." + f
        }
        switch d.kind {
        case .utc: s += "Z"
        case .local:
            let offset = TimeZone.current.secondsFromGMT()
            let sign = offset < 0 ? "-" : "+"
            s += sign + two(abs(offset) / 3600) + ":" + two((abs(offset) % 3600) / 60)
        case .unspecified: break
        }
        return s
    }
}

/// ConvertFrom-Json: JSON text to PSCustomObjects (properties in document order) or, with
/// -AsHashtable, ordered hashtables. Integers become Int64, other numbers Double, ISO 8601
/// date strings DateTime; a top-level array is enumerated unless -NoEnumerate.
final class ConvertFromJsonCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertFrom-Json",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "string", position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true),
            ParameterMetadata(name: "AsHashtable", type: "switch"),
            ParameterMetadata(name: "Depth", type: "int", validateRange: 1...Double(Int32.max)),
            ParameterMetadata(name: "NoEnumerate", type: "switch"),
            ParameterMetadata(name: "DateKind", type: "string", validateSet: ["Default", "Local", "Utc", "Offset", "String"]),
        ],
        outputTypes: ["System.Object"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Converts a JSON-formatted string to a custom object or a hash table.",
        examples: [CommandExample(code: "('{\"Name\":\"E3\",\"Seats\":25}' | ConvertFrom-Json).Seats", remarks: "A JSON object becomes a PSCustomObject.", expectedOutput: "25")])
    init() {}

    private var chunks: [String] = []

    func process(_ context: CommandContext) throws {
        let v = context.inputObject ?? context.value("InputObject") ?? .null
        for item in v.enumerated() ?? [v] where !item.isNull { chunks.append(LanguagePrimitives.toString(item)) }
    }

    /// Several strings piped in: when the first is a JSON document on its own, each string is
    /// one document (one object per line); otherwise the strings are the lines of one document.
    func end(_ context: CommandContext) throws {
        let maxDepth = context.int("Depth") ?? 1024
        if chunks.count > 1, (try? JsonCodec.parse(chunks[0], maxDepth: max(maxDepth, 1))) != nil {
            for chunk in chunks { try convert(chunk, maxDepth: maxDepth, context) }
        } else {
            try convert(chunks.joined(separator: "\n"), maxDepth: maxDepth, context)
        }
    }

    private func convert(_ text: String, maxDepth: Int, _ context: CommandContext) throws {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return }
        let json: JsonValue
        do {
            json = try JsonCodec.parse(text, maxDepth: max(maxDepth, 1))
        } catch let e as JsonError {
            throw context.terminatingError("Conversion from JSON failed with error: \(e.message)", errorId: "System.ArgumentException", category: .ParserError, exceptionType: "System.ArgumentException", targetObject: .string(text))
        }
        var builder = JsonValueBuilder(asHashtable: context.switchPresent("AsHashtable"), maxDepth: maxDepth, dateKind: CaseFold.fold(context.string("DateKind") ?? "default"))
        let value: Value
        do {
            value = try builder.build(json, depth: 0)
        } catch let e as JsonValueBuilder.BuildError {
            throw context.terminatingError(e.message, errorId: e.errorId, category: .InvalidOperation, exceptionType: "System.InvalidOperationException", targetObject: .string(text))
        }
        if case .array = value, !context.switchPresent("NoEnumerate") {
            try context.writeObject(value, enumerateCollection: true)
        } else {
            try context.writeObject(value)
        }
    }
}

/// JSON values to PowerShell values.
struct JsonValueBuilder {
    struct BuildError: Error { let message: String; let errorId: String }
    let asHashtable: Bool
    let maxDepth: Int
    let dateKind: String

    mutating func build(_ j: JsonValue, depth: Int) throws -> Value {
        if depth > maxDepth {
            throw BuildError(message: "Conversion from JSON failed with error: The reader's MaxDepth of \(maxDepth) has been exceeded.", errorId: "System.ArgumentException")
        }
        switch j {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .string(let s): return JsonValueBuilder.maybeDate(s, dateKind: dateKind) ?? .string(s)
        case .number(let n): return JsonValueBuilder.number(n)
        case .array(let items):
            return .array(PSArray(try items.map { try build($0, depth: depth + 1) }))
        case .object(let members):
            if asHashtable {
                // pwsh 7.3+: an OrderedHashtable (a Hashtable that keeps the document's order)
                let h = PSHashtable(ordered: true)
                h.isOrderedHashtable = true
                for (k, v) in members { h[.string(k)] = try build(v, depth: depth + 1) }
                return .hashtable(h)
            }
            let o = PSObject()
            var seen: [String: String] = [:]
            for (k, v) in members {
                let folded = CaseFold.fold(k)
                if let prior = seen[folded], prior != k {
                    throw BuildError(message: "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '\(prior)' was '\(k)'.", errorId: "KeysWithDifferentCasingInJsonString")
                }
                if k.isEmpty {
                    throw BuildError(message: "The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.", errorId: "EmptyKeyInJsonString")
                }
                seen[folded] = k
                o.setNote(k, try build(v, depth: depth + 1))
            }
            return .object(o)
        }
    }

    /// Integers as Int64 (Double beyond its range); anything with a fraction or exponent as Double.
    static func number(_ text: String) -> Value {
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let l = Int64(text) { return .long(l) }
        if let d = Double(text) { return .double(d) }
        return .string(text)
    }

    /// Newtonsoft turns ISO 8601 date strings into DateTime (PowerShell 7 default, -DateKind Default).
    static func maybeDate(_ s: String, dateKind: String) -> Value? {
        if dateKind == "string" { return nil }
        let u = Array(s.utf8)
        guard u.count >= 19, u.count <= 40, u[4] == 0x2D, u[7] == 0x2D, u[10] == 0x54, u[13] == 0x3A, u[16] == 0x3A else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard i < u.count, u[i] >= 0x30, u[i] <= 0x39 else { return nil }; n = n * 10 + Int(u[i] - 0x30) }
            return n
        }
        guard let y = digits(0..<4), let mo = digits(5..<7), let d = digits(8..<10), let h = digits(11..<13), let mi = digits(14..<16), let se = digits(17..<19) else { return nil }
        var i = 19
        var fractionTicks: Int64 = 0
        if i < u.count && u[i] == 0x2E {
            i += 1
            var digitsSeen = 0
            while i < u.count, u[i] >= 0x30, u[i] <= 0x39 {
                if digitsSeen < 7 { fractionTicks = fractionTicks * 10 + Int64(u[i] - 0x30) }
                digitsSeen += 1; i += 1
            }
            guard digitsSeen > 0 else { return nil }
            for _ in 0..<max(0, 7 - digitsSeen) { fractionTicks *= 10 }
        }
        var kind = DotNetDateTime.Kind.unspecified
        var offsetMinutes: Int?
        if i < u.count {
            if u[i] == 0x5A && i + 1 == u.count { kind = .utc; i += 1 } else if (u[i] == 0x2B || u[i] == 0x2D), i + 6 == u.count, u[i + 3] == 0x3A,
                      let oh = digits((i + 1)..<(i + 3)), let om = digits((i + 4)..<(i + 6)) {
                offsetMinutes = (u[i] == 0x2D ? -1 : 1) * (oh * 60 + om)
                i += 6
            } else { return nil }
        }
        guard i == u.count, var dt = try? DotNetDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: se, kind: kind) else { return nil }
        dt = dt.adding(ticks: fractionTicks)
        if let off = offsetMinutes {
            dt = DotNetDateTime(ticks: dt.ticks - Int64(off) * 600_000_000, kind: .utc).toLocalTime()
        }
        switch dateKind {
        case "local": dt = dt.kind == .local ? dt : (dt.kind == .utc ? dt.toLocalTime() : DotNetDateTime(ticks: dt.ticks, kind: .local))
        case "utc": dt = dt.kind == .utc ? dt : (dt.kind == .local ? dt.toUniversalTime() : DotNetDateTime(ticks: dt.ticks, kind: .utc))
        default: break
        }
        return .dateTime(dt)
    }
}
