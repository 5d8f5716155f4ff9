/// ConvertTo-Html: objects as an XHTML page (or -Fragment) with a table (one row per object) or
/// a list (-As List: one two-column table per object); -Title, -Head, -Body, -PreContent,
/// -PostContent, -CssUri. Values are HTML-encoded; the page is written one line per string.
final class ConvertToHtmlCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertTo-Html",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            ParameterMetadata(name: "Body", type: "string[]", position: 3, parameterSets: ["Page"]),
            ParameterMetadata(name: "Head", type: "string[]", position: 1, parameterSets: ["Page"]),
            ParameterMetadata(name: "Title", type: "string", position: 2, parameterSets: ["Page"]),
            ParameterMetadata(name: "As", type: "string", validateSet: ["Table", "List"]),
            ParameterMetadata(name: "CssUri", type: "string", aliases: ["cu", "uri"], parameterSets: ["Page"]),
            ParameterMetadata(name: "Fragment", type: "switch", parameterSets: ["Fragment"]),
            ParameterMetadata(name: "PostContent", type: "string[]"),
            ParameterMetadata(name: "PreContent", type: "string[]"),
            ParameterMetadata(name: "Meta", type: "hashtable", parameterSets: ["Page"]),
            ParameterMetadata(name: "Charset", type: "string", parameterSets: ["Page"]),
            ParameterMetadata(name: "Transitional", type: "switch", parameterSets: ["Page"]),
        ],
        defaultParameterSet: "Page",
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Converts .NET objects into HTML that can be displayed in a Web browser.",
        examples: [CommandExample(code: "[pscustomobject]@{Sku='E3'} | ConvertTo-Html -Fragment", remarks: "An HTML table fragment.",
                                  expectedOutput: "<table>\n<colgroup><col/></colgroup>\n<tr><th>Sku</th></tr>\n<tr><td>E3</td></tr>\n</table>")])
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject ?? context.value("InputObject"), !v.isNull { items.append(v) }
    }

    static func encode(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    func end(_ context: CommandContext) throws {
        var lines: [String] = []
        let fragment = context.switchPresent("Fragment")
        if !fragment {
            if context.switchPresent("Transitional") {
                lines.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"  \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")
            } else {
                lines.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"  \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">")
            }
            lines.append("<html xmlns=\"http://www.w3.org/1999/xhtml\">")
            lines.append("<head>")
            if let charset = context.string("Charset") { lines.append("<meta charset=\"\(ConvertToHtmlCommand.encode(charset))\">") }
            if case .hashtable(let meta)? = context.value("Meta") {
                for (k, v) in meta.entries {
                    lines.append("<meta name=\"\(ConvertToHtmlCommand.encode(LanguagePrimitives.toString(k)))\" content=\"\(ConvertToHtmlCommand.encode(LanguagePrimitives.toString(v)))\">")
                }
            }
            if context.has("Head") {
                lines += context.strings("Head")
            } else {
                lines.append("<title>\(ConvertToHtmlCommand.encode(context.string("Title") ?? "HTML TABLE"))</title>")
            }
            if let css = context.string("CssUri") { lines.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"\(ConvertToHtmlCommand.encode(css))\" />") }
            lines.append("</head><body>")
            lines += context.strings("Body")
        }
        lines += context.strings("PreContent")
        if let first = items.first {
            let columns = try columnsFor(first, context)
            if CaseFold.fold(context.string("As") ?? "table") == "list" {
                for o in items {
                    lines.append("<table>")
                    for c in columns {
                        lines.append("<tr><td>\(ConvertToHtmlCommand.encode(c.label)):</td><td>\(ConvertToHtmlCommand.encode(try cell(o, c, context)))</td></tr>")
                    }
                    lines.append("</table>")
                }
            } else {
                lines.append("<table>")
                lines.append("<colgroup>" + String(repeating: "<col/>", count: columns.count) + "</colgroup>")
                lines.append("<tr>" + columns.map { "<th>\(ConvertToHtmlCommand.encode($0.label))</th>" }.joined() + "</tr>")
                for o in items {
                    lines.append("<tr>" + (try columns.map { "<td>\(ConvertToHtmlCommand.encode(try cell(o, $0, context)))</td>" }).joined() + "</tr>")
                }
                lines.append("</table>")
            }
        }
        lines += context.strings("PostContent")
        if !fragment { lines.append("</body></html>") }
        for l in lines { try context.writeObject(.string(l)) }
    }

    private func columnsFor(_ first: Value, _ context: CommandContext) throws -> [FormatColumn] {
        if context.has("Property") {
            return try FormatColumn.from(context.values("Property"), keys: .select, first: first, context: context)
        }
        if case .object = first {} else if case .native = first {} else {
            return [FormatColumn(viewColumn: ViewColumn("*"))]
        }
        return ObjectAccess.propertyNames(of: first).map { FormatColumn(viewColumn: ViewColumn($0)) }
    }

    private func cell(_ o: Value, _ c: FormatColumn, _ context: CommandContext) throws -> String {
        if c.property == "*" && c.expression == nil { return LanguagePrimitives.toString(o) }
        let v = try c.value(o, session: context.session, context: context)
        if v.isNull { return "" }
        if v.enumerated() != nil { return LanguagePrimitives.elementString(v) }
        return LanguagePrimitives.toString(v)
    }
}
