import Foundation
import Licensing
import PowerShellRuntime

/// Between PowerShell values and Graph's JSON, as the SDK crosses it: a cmdlet's parameters (or
/// Invoke-MgGraphRequest's -Body) become the JSON body the real module would send, and a JSON
/// response becomes hashtables (Invoke-MgGraphRequest's default `-OutputType HashTable`).
enum GraphWire {
    /// A value as it is serialized into a request body: hashtables and objects become JSON
    /// objects (an SDK object's AdditionalProperties are merged in), collections arrays, GUIDs and
    /// dates strings.
    static func json(_ v: Value, depth: Int = 0) -> JsonValue {
        guard depth < 32 else { return .null }
        switch v {
        case .null, .automationNull: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(String(i))
        case .long(let l): return .number(String(l))
        case .double, .decimal: return .number(LanguagePrimitives.toString(v))
        case .guid(let g): return .string(g.lowercasedString)
        case .dateTime(let d):
            return .string(GraphJSON.dateText(Date(timeIntervalSince1970: Double(d.ticks - DotNetDateTime.unixEpochTicks) / 10_000_000)))
        case .hashtable(let h):
            return .object(h.entries.map { (LanguagePrimitives.toString($0.key), json($0.value, depth: depth + 1)) })
        case .array(let a): return .array(a.items.map { json($0, depth: depth + 1) })
        case .object(let o):
            let notes: [(String, Value)] = o.properties.compactMap { m in
                if case .noteProperty(let value) = m.kind { return (m.name, value) }
                return nil
            }
            if notes.isEmpty, let base = o.baseObject, !base.isNull { return json(base, depth: depth + 1) }
            var pairs: [(String, JsonValue)] = []
            for (name, value) in notes {
                if name == "AdditionalProperties", case .hashtable(let extra) = value {
                    for (k, x) in extra.entries { pairs.append((LanguagePrimitives.toString(k), json(x, depth: depth + 1))) }
                } else {
                    pairs.append((name, json(value, depth: depth + 1)))
                }
            }
            return .object(pairs)
        case .native:
            if let items = v.enumerated() { return .array(items.map { json($0, depth: depth + 1) }) }
            return .string(LanguagePrimitives.toString(v))
        default: return .string(LanguagePrimitives.toString(v))
        }
    }

    /// A request body from a cmdlet's parameters: `-BodyParameter` (the whole body) with each
    /// bound parameter of `properties` set over it under Graph's camelCase name.
    static func body(_ context: CommandContext, properties: [String]) -> JsonValue {
        var pairs: [(String, JsonValue)] = []
        if let body = context.value("BodyParameter"), !body.isNull, case .object(let given) = json(body) {
            pairs = given
        }
        for name in properties where context.has(name) {
            let key = name.prefix(1).lowercased() + name.dropFirst()
            let value = json(context.value(name) ?? .null)
            if let i = pairs.firstIndex(where: { $0.0.lowercased() == key.lowercased() }) { pairs[i] = (key, value) } else { pairs.append((key, value)) }
        }
        return .object(pairs)
    }

    /// A JSON response as Invoke-MgGraphRequest's hashtables: objects become hashtables, arrays
    /// `object[]`, numbers Int32/Int64/Double, and date-time texts DateTime values (the module
    /// deserializes them as Json.NET does).
    static func hashtable(_ j: JsonValue) -> Value {
        switch j {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return LanguagePrimitives.parseNumber(n) ?? .string(n)
        case .string(let s): return GraphJSON.date(s).map(Emit.dateTime) ?? .string(s)
        case .array(let items): return .array(PSArray(items.map(hashtable)))
        case .object(let pairs):
            let h = PSHashtable()
            for (k, v) in pairs { h[k] = hashtable(v) }
            return .hashtable(h)
        }
    }

    /// `-OutputType PSObject`: objects become PSCustomObjects.
    static func psObject(_ j: JsonValue) -> Value {
        switch j {
        case .array(let items): return .array(PSArray(items.map(psObject)))
        case .object(let pairs):
            let o = PSObject()
            for (k, v) in pairs { o.setNote(k, psObject(v)) }
            return .object(o)
        default: return hashtable(j)
        }
    }
}
