import Foundation

/// System.Guid: `[guid]::NewGuid()`, `[guid]::Parse($text)`, `[guid]::Empty`, and a GUID's
/// `ToString(format)` (D, N, B, P; lower case as .NET writes them).
enum SystemGuid {
    static let empty = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    static let members = TypeMembers(
        staticProperties: [
            "Empty": { _ in .guid(empty) },
        ],
        staticMethods: [
            "NewGuid": { _ in .guid(UUID()) },
            "Parse": { call in
                guard let g = LanguagePrimitives.parseGuid(call.string(0)) else {
                    throw BuiltinMethods.methodError("Parse", 1, "Unrecognized Guid format.", "System.FormatException")
                }
                return .guid(g)
            },
            "TryParse": { call in .bool(LanguagePrimitives.parseGuid(call.string(0)) != nil) },
        ],
        instanceMethods: [
            "ToString": { call in
                guard case .guid(let g) = call.target else { return nil }
                let s = g.uuidString.lowercased()
                switch (call.args.first.map { LanguagePrimitives.toString($0) } ?? "D").uppercased() {
                case "N": return .string(s.replacingOccurrences(of: "-", with: ""))
                case "B": return .string("{" + s + "}")
                case "P": return .string("(" + s + ")")
                default: return .string(s)
                }
            },
        ],
        constructor: { call in
            guard let first = call.args.first else { return .guid(empty) }
            guard let type = call.type else { return nil }
            return try LanguagePrimitives.convert(first, to: type, types: call.session.types)
        })
}
