import Foundation

extension Session {

    /// `[type]::Property`.
    func staticProperty(_ t: PSTypeInfo, _ name: String) throws -> Value {
        let f = t.foldedName
        let n = NameKey.fold(name)
        if !staticAssignments.isEmpty, let assigned = staticAssignments[f + "::" + n] { return assigned }
        switch (f, n) {
        case ("system.int32", "maxvalue"): return .int(Int(Int32.max))
        case ("system.int32", "minvalue"): return .int(Int(Int32.min))
        case ("system.int64", "maxvalue"): return .long(Int64.max)
        case ("system.int64", "minvalue"): return .long(Int64.min)
        case ("system.double", "maxvalue"): return .double(Double.greatestFiniteMagnitude)
        case ("system.double", "minvalue"): return .double(-Double.greatestFiniteMagnitude)
        case ("system.double", "nan"): return .double(Double.nan)
        case ("system.double", "positiveinfinity"): return .double(Double.infinity)
        case ("system.double", "negativeinfinity"): return .double(-Double.infinity)
        case ("system.double", "epsilon"): return .double(Double.leastNonzeroMagnitude)
        case ("system.decimal", "maxvalue"): return .decimal(DotNetDecimal(Decimal(string: "79228162514264337593543950335") ?? 0))
        case ("system.decimal", "minvalue"): return .decimal(DotNetDecimal(Decimal(string: "-79228162514264337593543950335") ?? 0))
        case ("system.string", "empty"): return .string("")
        case ("system.math", "pi"): return .double(Double.pi)
        case ("system.math", "e"): return .double(M_E)
        case ("system.datetime", "now"): return .dateTime(DotNetDateTime.now())
        case ("system.datetime", "utcnow"): return .dateTime(DotNetDateTime.utcNow())
        case ("system.datetime", "today"): return .dateTime(DotNetDateTime.today)
        case ("system.datetime", "minvalue"): return .dateTime(DotNetDateTime(ticks: 0, kind: .unspecified))
        case ("system.datetime", "maxvalue"): return .dateTime(DotNetDateTime(ticks: 3_155_378_975_999_999_999, kind: .unspecified))
        case ("system.timespan", "zero"): return .timeSpan(DotNetTimeSpan(ticks: 0))
        case ("system.timespan", "minvalue"): return .timeSpan(DotNetTimeSpan(ticks: Int64.min))
        case ("system.timespan", "maxvalue"): return .timeSpan(DotNetTimeSpan(ticks: Int64.max))
        case ("system.guid", "empty"): return .guid(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        case ("system.environment", "newline"): return .string("\n")
        case ("system.environment", "machinename"): return .string(ProcessInfo.processInfo.hostName)
        case ("system.environment", "username"): return .string(environment["USER"] ?? "user")
        case ("system.environment", "currentdirectory"): return .string(FileManager.default.currentDirectoryPath)
        case ("system.environment", "osversion"): return .string("Unix")
        case ("system.environment", "processorcount"): return .int(ProcessInfo.processInfo.processorCount)
        case ("system.console", "foregroundcolor"), ("system.console", "backgroundcolor"): return .string("Gray")
        case ("system.console", "windowwidth"), ("system.console", "bufferwidth"): return .int(host.windowWidth)
        case ("system.console", "isoutputredirected"): return .bool(!host.isInteractive)
        case ("system.consolecolor", _): return .string(name)
        case ("system.io.path", "directoryseparatorchar"): return .char("/")
        case ("system.io.path", "pathseparator"): return .char(":")
        case ("system.management.automation.internal.automationnull", "value"): return .automationNull
        case ("system.net.servicepointmanager", "securityprotocol"): return .string("SystemDefault")
        case ("system.net.securityprotocoltype", _): return .string(name)
        case ("system.text.encoding", _): return .string(name)
        case ("system.stringcomparison", _), ("system.stringsplitoptions", _), ("system.text.regularexpressions.regexoptions", _), ("system.dayofweek", _), ("system.management.automation.actionpreference", _):
            return .string(name)
        default: break
        }
        if let e = types.emulatedType(t.fullName), let p = e.staticProperties[n] ?? e.staticProperties[name] { return p() }
        throw RuntimeError(message: "The property '\(name)' cannot be found on type '\(t.fullName)'.", errorId: "PropertyNotFound", category: .InvalidOperation)
    }

    /// `[type]::Method(args)` and `[type]::new(args)`.
    func invokeStatic(_ t: PSTypeInfo, _ name: String, _ args: [Value]) throws -> Value {
        let f = t.foldedName
        let n = NameKey.fold(name)
        func arg(_ i: Int) -> Value { i < args.count ? args[i] : .null }
        func str(_ i: Int) -> String { LanguagePrimitives.toString(arg(i)) }
        func dbl(_ i: Int) throws -> Double { try LanguagePrimitives.toDouble(arg(i)) }
        if n == "new" { return try construct(t, args) }
        switch f {
        case "system.math":
            switch n {
            case "round":
                let digits = args.count > 1 ? try LanguagePrimitives.toInt(arg(1)) : 0
                let away = args.contains { NameKey.fold(LanguagePrimitives.toString($0)) == "awayfromzero" }
                if case .decimal(let d) = arg(0) {
                    // rounding keeps the decimals it has, up to the digits asked for
                    var x = d.value, r = Decimal()
                    NSDecimalRound(&r, &x, digits, away ? .plain : .bankers)
                    return .decimal(DotNetDecimal(r, scale: min(d.scale, digits)))
                }
                let x = try dbl(0)
                let p = pow(10.0, Double(digits))
                let scaled = (x * p)
                // Round half to even on the decimal representation (as .NET does for typical inputs).
                var r = away ? scaled.rounded(.toNearestOrAwayFromZero) : scaled.rounded(.toNearestOrEven)
                if !away, abs(scaled - scaled.rounded(.towardZero)) != 0.5 { r = scaled.rounded() }
                return .double(r / p)
            case "floor":
                if case .decimal(let d) = arg(0) { var x = d.value, r = Decimal(); NSDecimalRound(&r, &x, 0, .down); return .decimal(DotNetDecimal(r)) }
                return .double(Foundation.floor(try dbl(0)))
            case "ceiling":
                if case .decimal(let d) = arg(0) { var x = d.value, r = Decimal(); NSDecimalRound(&r, &x, 0, .up); return .decimal(DotNetDecimal(r)) }
                return .double(Foundation.ceil(try dbl(0)))
            case "truncate": return .double(Foundation.trunc(try dbl(0)))
            case "abs":
                switch try LanguagePrimitives.toNumber(arg(0)) {
                case .int(Int(Int32.min)), .long(Int64.min):
                    throw BuiltinMethods.methodError("Abs", args.count, "Negating the minimum value of a twos complement number is invalid.", "System.OverflowException")
                case .int(let i): return .int(abs(i))
                case .long(let l): return .long(abs(l))
                case .decimal(let d): return .decimal(d.magnitude)
                case let v: return .double(abs(try LanguagePrimitives.toDouble(v)))
                }
            case "max", "min":
                let a = try LanguagePrimitives.toNumber(arg(0)), b = try LanguagePrimitives.toNumber(arg(1))
                let c = Operators.numericCompare(a, b)
                let pick = n == "max" ? (c >= 0 ? a : b) : (c <= 0 ? a : b)
                if case .int = a, case .int = b { return pick }
                if case .long = a, case .long = b { return pick }
                return .double(try LanguagePrimitives.toDouble(pick))
            case "pow": return .double(Foundation.pow(try dbl(0), try dbl(1)))
            case "sqrt": return .double(Foundation.sqrt(try dbl(0)))
            case "log": return .double(args.count > 1 ? Foundation.log(try dbl(0)) / Foundation.log(try dbl(1)) : Foundation.log(try dbl(0)))
            case "log10": return .double(Foundation.log10(try dbl(0)))
            case "exp": return .double(Foundation.exp(try dbl(0)))
            case "sign": return .int(Int((try dbl(0)).sign == .minus ? -1 : ((try dbl(0)) == 0 ? 0 : 1)))
            case "sin": return .double(Foundation.sin(try dbl(0)))
            case "cos": return .double(Foundation.cos(try dbl(0)))
            case "tan": return .double(Foundation.tan(try dbl(0)))
            default: break
            }
        case "system.string":
            switch n {
            case "isnullorempty": return .bool(arg(0).isNull || str(0).isEmpty)
            case "isnullorwhitespace": return .bool(arg(0).isNull || str(0).allSatisfy { $0.isWhitespace })
            case "join":
                let sep = str(0)
                let rest = Array(args.dropFirst())
                let items = rest.count == 1 ? (rest[0].enumerated() ?? [rest[0]]) : rest
                return .string(items.map { LanguagePrimitives.elementString($0) }.joined(separator: sep))
            case "format":
                let rest = Array(args.dropFirst())
                let items = rest.count == 1 ? (rest[0].enumerated() ?? [rest[0]]) : rest
                return .string(try Operators.format(str(0), items))
            case "concat": return .string(args.map { LanguagePrimitives.toString($0) }.joined())
            case "equals": return .bool(str(0) == str(1))
            case "compare":
                let ignore = args.count > 2 && (LanguagePrimitives.isTrue(arg(2)) || BuiltinMethods.comparisonIgnoresCase(arg(2)))
                return .int(CaseFold.compare(str(0), str(1), caseSensitive: !ignore))
            default: break
            }
        case "system.guid":
            switch n {
            case "newguid": return .guid(UUID())
            case "parse":
                guard let g = LanguagePrimitives.parseGuid(str(0)) else { throw BuiltinMethods.methodError("Parse", 1, "Unrecognized Guid format.", "System.FormatException") }
                return .guid(g)
            case "tryparse": return .bool(LanguagePrimitives.parseGuid(str(0)) != nil)
            default: break
            }
        case "system.datetime":
            switch n {
            case "parse":
                guard let d = DotNetDateTime.parse(str(0)) else { throw BuiltinMethods.methodError("Parse", args.count, "String '\(str(0))' was not recognized as a valid DateTime.", "System.FormatException") }
                return .dateTime(d)
            case "parseexact":
                guard let d = DotNetDateTime.parseExact(str(0), format: str(1)) else { throw BuiltinMethods.methodError("ParseExact", args.count, "String '\(str(0))' was not recognized as a valid DateTime.", "System.FormatException") }
                return .dateTime(d)
            case "daysinmonth":
                let y = try LanguagePrimitives.toInt(arg(0)), m = try LanguagePrimitives.toInt(arg(1))
                let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
                return .int(days[safe: m - 1] ?? 30)
            case "isleapyear":
                let y = try LanguagePrimitives.toInt(arg(0))
                return .bool(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
            case "compare":
                if case .dateTime(let a) = arg(0), case .dateTime(let b) = arg(1) { return .int(a < b ? -1 : (a > b ? 1 : 0)) }
            default: break
            }
        case "system.timespan":
            switch n {
            case "fromticks": return .timeSpan(DotNetTimeSpan(ticks: try LanguagePrimitives.toLong(arg(0))))
            case "fromdays", "fromhours", "fromminutes", "fromseconds", "frommilliseconds":
                let scale: [String: (String, Double)] = ["fromdays": ("FromDays", 86_400_000), "fromhours": ("FromHours", 3_600_000),
                                                         "fromminutes": ("FromMinutes", 60_000), "fromseconds": ("FromSeconds", 1000),
                                                         "frommilliseconds": ("FromMilliseconds", 1)]
                guard let (method, ms) = scale[n] else { break }
                let value = try dbl(0)
                if value.isNaN {
                    throw BuiltinMethods.methodError(method, args.count, "TimeSpan does not accept floating point Not-a-Number values.", "System.ArgumentException")
                }
                let ticks = (value * ms * 10_000).rounded()
                guard ticks < 9.223372036854775807e18, ticks >= -9.223372036854775808e18 else {
                    throw BuiltinMethods.methodError(method, args.count, DotNetTimeSpan.overflowMessage, "System.OverflowException")
                }
                return .timeSpan(DotNetTimeSpan(ticks: Int64(ticks)))
            case "parse":
                guard let ts = DotNetTimeSpan.parse(str(0)) else { throw BuiltinMethods.methodError("Parse", 1, "String '\(str(0))' was not recognized as a valid TimeSpan.", "System.FormatException") }
                return .timeSpan(ts)
            default: break
            }
        case "system.int32", "system.int64", "system.double", "system.decimal":
            if n == "parse" {
                // .NET's Parse is stricter than a cast and fails with its own message
                do {
                    return try LanguagePrimitives.convert(.string(str(0)), to: t, types: types)
                } catch {
                    throw BuiltinMethods.methodError("Parse", args.count, "The input string '\(str(0))' was not in a correct format.", "System.FormatException")
                }
            }
            if n == "tryparse" {
                // [int]::TryParse($text, [ref]$n): the result, and the number through the reference
                let parsed = try? LanguagePrimitives.convert(.string(str(0)), to: t, types: types)
                if let ref = args.last, case .native(let r as PSReference) = ref {
                    r.value = parsed ?? (f == "system.double" ? .double(0) : (f == "system.int64" ? .long(0) : (f == "system.decimal" ? .decimal(DotNetDecimal(0)) : .int(0))))
                }
                return .bool(parsed != nil)
            }
        case "system.char":
            let c = str(0).first ?? " "
            switch n {
            case "isdigit": return .bool(c.isNumber)
            case "isletter": return .bool(c.isLetter)
            case "isletterordigit": return .bool(c.isLetter || c.isNumber)
            case "iswhitespace": return .bool(c.isWhitespace)
            case "isupper": return .bool(c.isUppercase)
            case "islower": return .bool(c.isLowercase)
            // .NET maps one character to one: where the full mapping makes more (ß -> SS), it stays
            case "toupper", "tolower":
                if n == "tolower" && c == "\u{130}" { return .char("i") }
                let mapped = n == "toupper" ? String(c).uppercased() : String(c).lowercased()
                return .char(mapped.unicodeScalars.count == 1 ? (mapped.first ?? c) : c)
            default: break
            }
        case "system.convert":
            switch n {
            case "toint32": return .int(try LanguagePrimitives.toInt(arg(0)))
            case "toint64": return .long(try LanguagePrimitives.toLong(arg(0)))
            case "todouble": return .double(try dbl(0))
            case "tostring": return .string(str(0))
            case "toboolean": return .bool(LanguagePrimitives.isTrue(arg(0)))
            case "tobase64string":
                let bytes = (arg(0).enumerated() ?? []).compactMap { try? LanguagePrimitives.toInt($0) }.map { UInt8(truncatingIfNeeded: $0) }
                return .string(Data(bytes).base64EncodedString())
            case "frombase64string":
                guard let d = Data(base64Encoded: str(0)) else { throw BuiltinMethods.methodError("FromBase64String", 1, "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.", "System.FormatException") }
                return .array(PSArray(d.map { .int(Int($0)) }, elementTypeName: "System.Byte"))
            default: break
            }
        case "system.text.encoding":
            return .native(EncodingObject(name: name))
        case "system.console":
            switch n {
            case "writeline", "write":
                let text = args.map { LanguagePrimitives.toString($0) }.joined()
                writeToHost(text + (n == "writeline" ? "\n" : ""), to: .output)
                return .automationNull
            case "readline": return host.readLine(prompt: nil).map { .string($0) } ?? .null
            case "clear", "beep", "resetcolor": return .automationNull
            default: break
            }
        case "system.environment":
            switch n {
            case "getenvironmentvariable": return environment[str(0)].map { .string($0) } ?? .null
            case "setenvironmentvariable": environment[str(0)] = arg(1).isNull ? nil : str(1); return .automationNull
            case "exit": throw ExitSignal(code: Int32(truncatingIfNeeded: try LanguagePrimitives.toInt(arg(0))))
            case "getfolderpath": return .string(environment["HOME"] ?? "/tmp")
            default: break
            }
        case "system.io.path":
            let p = str(0) as NSString
            switch n {
            case "combine", "join": return .string(args.map { LanguagePrimitives.toString($0) }.reduce("") { $0.isEmpty || $1.hasPrefix("/") ? $1 : ($0 as NSString).appendingPathComponent($1) })
            case "getfilename": return .string(p.lastPathComponent)
            case "getextension": return .string(p.pathExtension.isEmpty ? "" : "." + p.pathExtension)
            case "getfilenamewithoutextension": return .string((p.lastPathComponent as NSString).deletingPathExtension)
            case "getdirectoryname": return .string(p.deletingLastPathComponent)
            case "gettemppath": return .string(NSTemporaryDirectory())
            case "gettempfilename":
                let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("tmp\(UUID().uuidString.prefix(8)).tmp")
                try? fileSystem.write(Data(), to: path, append: false)
                return .string(path)
            case "getfullpath": return .string(resolvePath(str(0)))
            case "changeextension": return .string(p.deletingPathExtension + (args.count > 1 && !arg(1).isNull ? (str(1).hasPrefix(".") ? str(1) : "." + str(1)) : ""))
            case "isrooted", "ispathrooted": return .bool(str(0).hasPrefix("/"))
            case "getrandomfilename": return .string(String(UUID().uuidString.lowercased().prefix(12)))
            default: break
            }
        case "system.io.file":
            let path = resolvePath(str(0))
            /// .NET's own errors for a missing file, wrapped as a method invocation failure.
            func readText() throws -> String {
                guard fileSystem.exists(path) else {
                    let dir = (path as NSString).deletingLastPathComponent
                    if !fileSystem.exists(dir) {
                        throw BuiltinMethods.methodError(name, args.count, "Could not find a part of the path '\(path)'.", "System.IO.DirectoryNotFoundException")
                    }
                    throw BuiltinMethods.methodError(name, args.count, "Could not find file '\(path)'.", "System.IO.FileNotFoundException")
                }
                return try readTextFile(path)
            }
            switch n {
            case "exists": return .bool(fileSystem.status(path).map { $0.kind != .directory } ?? false)
            case "readalltext": return .string(try readText())
            case "readalllines":
                let text = try readText()
                var lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
                if lines.last == "" { lines.removeLast() }
                return .array(PSArray(lines.map { .string($0) }, elementTypeName: "System.String"))
            case "writealltext", "appendalltext", "writealllines", "appendalllines":
                var text = n.contains("lines") ? (arg(1).enumerated() ?? [arg(1)]).map { LanguagePrimitives.toString($0) + "\n" }.joined() : str(1)
                if n.hasPrefix("append"), let old = try? readTextFile(path) { text = old + text }
                try writeTextFile(path, text)
                return .automationNull
            case "delete": try? fileSystem.remove(path); return .automationNull
            default: break
            }
        case "system.io.directory":
            let path = resolvePath(str(0))
            switch n {
            case "exists":
                return .bool(fileSystem.isDirectory(path))
            case "createdirectory":
                try? fileSystem.createDirectory(path)
                return .string(path)
            default: break
            }
        case "system.text.regularexpressions.regex":
            switch n {
            case "escape": return .string(DotNetRegex.escape(str(0)))
            case "unescape": return .string(str(0).replacingOccurrences(of: "\\", with: ""))
            case "ismatch", "match", "matches", "replace", "split":
                let opts = args.count > (n == "replace" ? 3 : 2) ? LanguagePrimitives.toString(args[n == "replace" ? 3 : 2]).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
                let r = try RegexObject(pattern: str(1), options: opts)
                var rest = [arg(0)]
                if n == "replace" { rest.append(arg(2)) }
                return try r.invokeMethod(NameKey(name), rest, session: self) ?? .null
            default: break
            }
        case "system.array":
            switch n {
            case "indexof": return .int((arg(0).enumerated() ?? []).firstIndex { Operators.equals($0, arg(1), caseSensitive: true) } ?? -1)
            case "reverse":
                if case .array(let a) = arg(0) { a.items.reverse() }
                return .automationNull
            case "sort":
                if case .array(let a) = arg(0) { a.items.sort { Operators.compareForSort($0, $1, caseSensitive: true) < 0 } }
                return .automationNull
            case "exists", "find", "findall":
                guard case .scriptBlock(let sb) = arg(1) else { break }
                let items = arg(0).enumerated() ?? []
                let hits = try items.filter { LanguagePrimitives.isTrue(try invokePredicate(sb, $0)) }
                if n == "exists" { return .bool(!hits.isEmpty) }
                if n == "find" { return hits.first ?? .null }
                return .array(PSArray(hits))
            case "createinstance":
                let count = args.count > 1 ? try LanguagePrimitives.toInt(arg(1)) : 0
                guard count >= 0 else {
                    throw BuiltinMethods.methodError("CreateInstance", args.count, "Non-negative number required. (Parameter 'length')", "System.ArgumentOutOfRangeException")
                }
                // the bound string repetition has: beyond it, what .NET says when memory runs out
                guard count <= 100_000_000 else {
                    throw BuiltinMethods.methodError("CreateInstance", args.count, "Array dimensions exceeded supported range.", "System.OutOfMemoryException")
                }
                return .array(PSArray(Array(repeating: .null, count: count)))
            default: break
            }
        case "system.enum":
            if n == "getnames" || n == "getvalues", case .type(let et) = arg(0), let e = types.emulatedType(et.fullName) {
                return .array(PSArray(e.staticProperties.keys.sorted().compactMap { e.staticProperties[$0]?() }))
            }
        default: break
        }
        if let e = types.emulatedType(t.fullName), n == "parse", let c = e.convert { return try c(arg(0)) }
        throw RuntimeError(message: "Method invocation failed because [\(t.fullName)] does not contain a method named '\(name)'.", errorId: "MethodNotFound", category: .InvalidOperation)
    }

    /// `[T]::new(args)` and `New-Object T args`.
    public func construct(_ t: PSTypeInfo, _ args: [Value]) throws -> Value {
        let f = t.foldedName
        func str(_ i: Int) -> String { i < args.count ? LanguagePrimitives.toString(args[i]) : "" }
        if f.hasPrefix("system.collections.generic.list[") {
            var items: [Value] = []
            if let first = args.first, let en = first.enumerated() {
                if let el = t.genericArguments.first { items = try en.map { try LanguagePrimitives.convert($0, to: el, types: types) } } else { items = en }
            }
            return .native(PSList(items, elementType: t.genericArguments.first, isArrayList: false))
        }
        if f.hasPrefix("system.collections.generic.dictionary[") || f.hasPrefix("system.collections.generic.sorteddictionary[") {
            return .native(DictionaryObject(keyType: t.genericArguments.first, valueType: t.genericArguments[safe: 1], typeName: t.fullName))
        }
        if f.hasPrefix("system.collections.generic.hashset[") {
            let o = HashSetObject(elementType: t.genericArguments.first, typeName: t.fullName)
            if let first = args.first, let en = first.enumerated() { for v in en { _ = try o.invokeMethod(NameKey("add"), [v], session: self) } }
            return .native(o)
        }
        switch f {
        case "system.collections.arraylist": return .native(PSList([], elementType: nil, isArrayList: true))
        case "system.collections.hashtable": return .hashtable(PSHashtable())
        case "system.collections.specialized.ordereddictionary": return .hashtable(PSHashtable(ordered: true))
        case "system.management.automation.psobject", "system.management.automation.pscustomobject", "system.object":
            return .object(PSObject())
        case "system.text.stringbuilder": return .native(StringBuilderObject(str(0)))
        case "system.text.regularexpressions.regex":
            return .native(try RegexObject(pattern: str(0), options: args.count > 1 ? str(1).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []))
        case "system.guid":
            if args.isEmpty { return .guid(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))) }
            return try LanguagePrimitives.convert(args[0], to: t, types: types)
        case "system.datetime":
            let n = try args.map { try LanguagePrimitives.toInt($0) }
            if n.count == 1 { return .dateTime(DotNetDateTime(ticks: Int64(n[0]), kind: .unspecified)) }
            guard n.count >= 3 else { break }
            do {
                return .dateTime(try DotNetDateTime(year: n[0], month: n[1], day: n[2], hour: n[safe: 3] ?? 0, minute: n[safe: 4] ?? 0, second: n[safe: 5] ?? 0, millisecond: n[safe: 6] ?? 0, kind: .unspecified))
            } catch {
                throw BuiltinMethods.methodError(".ctor", args.count, "Year, Month, and Day parameters describe an un-representable DateTime.", "System.ArgumentOutOfRangeException")
            }
        case "system.timespan":
            let n = try args.map { try LanguagePrimitives.toLong($0) }
            switch n.count {
            case 1: return .timeSpan(DotNetTimeSpan(ticks: n[0]))
            case 3: return .timeSpan(DotNetTimeSpan(hours: n[0], minutes: n[1], seconds: n[2]))
            case 4: return .timeSpan(DotNetTimeSpan(days: n[0], hours: n[1], minutes: n[2], seconds: n[3]))
            case 5: return .timeSpan(DotNetTimeSpan(days: n[0], hours: n[1], minutes: n[2], seconds: n[3], milliseconds: n[4]))
            default: return .timeSpan(DotNetTimeSpan(ticks: 0))
            }
        case "system.version":
            if let v = VersionObject.parse(args.map { LanguagePrimitives.toString($0) }.joined(separator: ".")) { return .native(v) }
        case "system.string":
            if args.count == 2, let n = try? LanguagePrimitives.toInt(args[1]) {
                // new string(char c, int count)
                let c = try LanguagePrimitives.convert(args[0], to: PSTypeInfo(fullName: "System.Char"), types: types)
                guard n >= 0 else {
                    throw BuiltinMethods.methodError(".ctor", 2, "Non-negative number required. (Parameter 'count')", "System.ArgumentOutOfRangeException")
                }
                guard n <= 100_000_000 else {
                    throw BuiltinMethods.methodError(".ctor", 2, "Exception of type 'System.OutOfMemoryException' was thrown.", "System.OutOfMemoryException")
                }
                return .string(String(repeating: LanguagePrimitives.toString(c), count: n))
            }
            return .string(args.first.map { ($0.enumerated() ?? [$0]).map { LanguagePrimitives.toString($0) }.joined() } ?? "")
        case "system.management.automation.pscredential":
            return .object(PSObject(properties: [("UserName", .string(str(0))), ("Password", args.count > 1 ? args[1] : .null)], typeName: "System.Management.Automation.PSCredential"))
        default: break
        }
        if types.isExceptionType(t.fullName) {
            let inner: PSException? = {
                if args.count > 1, case .native(let n) = args[1] { return n as? PSException }
                return nil
            }()
            let ex = types.exception(t.fullName, message: args.isEmpty ? "Exception of type '\(t.fullName)' was thrown." : str(0), inner: inner)
            return .native(ex)
        }
        if f == "system.management.automation.errorrecord", args.count >= 4, case .native(let n) = args[0], let ex = n as? PSException {
            let cat = ErrorCategory.allCases.first { NameKey.fold($0.rawValue) == NameKey.fold(LanguagePrimitives.toString(args[2])) } ?? .NotSpecified
            return .native(ErrorRecord(exception: ex, errorId: str(1), category: cat, targetObject: args[3]))
        }
        if let e = types.emulatedType(t.fullName), let c = e.construct { return try c(args) }
        throw RuntimeError(message: "Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".", errorId: "MethodCountCouldNotFindBest", category: .NotSpecified, exceptionType: "System.Management.Automation.MethodException")
    }
}

/// `[System.Text.Encoding]::UTF8` and friends (names only; files are always written as UTF-8).
public final class EncodingObject: NativeObject {
    public let name: String
    init(name: String) { self.name = name }
    public var typeName: String { "System.Text.UTF8Encoding" }
    public func invokeMethod(_ n: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch n.folded {
        case "getbytes":
            return .array(PSArray(Array(LanguagePrimitives.toString(args.first ?? .null).utf8).map { .int(Int($0)) }, elementTypeName: "System.Byte"))
        case "getstring":
            let bytes = (args.first?.enumerated() ?? []).compactMap { try? LanguagePrimitives.toInt($0) }.map { UInt8(truncatingIfNeeded: $0) }
            return .string(String(decoding: bytes, as: UTF8.self))
        default: return nil
        }
    }
    public func toString() -> String { typeName }
}
