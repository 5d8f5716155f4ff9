import Foundation

/// `$PSStyle` (pwsh 7.2+): the ANSI escape sequences scripts decorate text with, and
/// `OutputRendering`, which decides whether formatted output carries them: `Host` (the default:
/// on a terminal only), `PlainText` (never) or `Ansi` (always, into strings and files too).
/// Table headers use `Formatting.TableHeader` and list labels `Formatting.FormatAccent`.
enum PSStyle {
    static let typeName = "System.Management.Automation.PSStyle"

    static func make() -> Value {
        let e = "\u{1b}["
        let o = PSObject(typeNames: [typeName, "System.Object"])
        o.setNote("Reset", .string(e + "0m"))
        o.setNote("BlinkOff", .string(e + "25m"))
        o.setNote("Blink", .string(e + "5m"))
        o.setNote("BoldOff", .string(e + "22m"))
        o.setNote("Bold", .string(e + "1m"))
        o.setNote("DimOff", .string(e + "22m"))
        o.setNote("Dim", .string(e + "2m"))
        o.setNote("HiddenOff", .string(e + "28m"))
        o.setNote("Hidden", .string(e + "8m"))
        o.setNote("ReverseOff", .string(e + "27m"))
        o.setNote("Reverse", .string(e + "7m"))
        o.setNote("ItalicOff", .string(e + "23m"))
        o.setNote("Italic", .string(e + "3m"))
        o.setNote("UnderlineOff", .string(e + "24m"))
        o.setNote("Underline", .string(e + "4m"))
        o.setNote("StrikethroughOff", .string(e + "29m"))
        o.setNote("Strikethrough", .string(e + "9m"))
        o.setNote("OutputRendering", .string("Host"))
        let formatting = PSObject(typeNames: [typeName + "+FormattingData", "System.Object"])
        for (name, code) in [("FormatAccent", "32;1"), ("ErrorAccent", "36;1"), ("Error", "31;1"), ("Warning", "33;1"), ("Verbose", "33;1"),
                             ("Debug", "33;1"), ("TableHeader", "32;1"), ("CustomTableHeaderLabel", "32;1;3"), ("FeedbackName", "33"),
                             ("FeedbackText", "96"), ("FeedbackAction", "97")] {
            formatting.setNote(name, .string(e + code + "m"))
        }
        o.setNote("Formatting", .object(formatting))
        let progress = PSObject(typeNames: [typeName + "+ProgressConfiguration", "System.Object"])
        progress.setNote("Style", .string(e + "33;1m"))
        progress.setNote("MaxWidth", .int(120))
        progress.setNote("View", .string("Minimal"))
        progress.setNote("UseOSCIndicator", .bool(false))
        o.setNote("Progress", .object(progress))
        let fileInfo = PSObject(typeNames: [typeName + "+FileInfoFormatting", "System.Object"])
        fileInfo.setNote("Directory", .string(e + "44;1m"))
        fileInfo.setNote("SymbolicLink", .string(e + "36;1m"))
        fileInfo.setNote("Executable", .string(e + "32;1m"))
        o.setNote("FileInfo", .object(fileInfo))
        o.setNote("Foreground", .object(colors(foreground: true)))
        o.setNote("Background", .object(colors(foreground: false)))
        o.add(PSMember(name: "FormatHyperlink", kind: .codeMethod({ _, args in
            let text = args.first.map { LanguagePrimitives.toString($0) } ?? ""
            let uri = args.count > 1 ? LanguagePrimitives.toString(args[1]) : ""
            return .string("\u{1b}]8;;\(uri)\u{1b}\\\(text)\u{1b}]8;;\u{1b}\\")
        })))
        return .object(o)
    }

    /// Foreground (30–37, 90–97) or background (40–47, 100–107) colours, with `FromRgb`.
    private static func colors(foreground: Bool) -> PSObject {
        let o = PSObject(typeNames: [typeName + (foreground ? "+ForegroundColor" : "+BackgroundColor"), "System.Object"])
        let base = foreground ? 30 : 40
        let names = ["Black", "Red", "Green", "Yellow", "Blue", "Magenta", "Cyan", "White"]
        for (i, n) in names.enumerated() { o.setNote(n, .string("\u{1b}[\(base + i)m")) }
        for (i, n) in names.enumerated() { o.setNote("Bright" + n, .string("\u{1b}[\(base + 60 + i)m")) }
        let selector = foreground ? 38 : 48
        o.add(PSMember(name: "FromRgb", kind: .codeMethod({ _, args in
            let n = args.map { (try? LanguagePrimitives.toInt($0)) ?? 0 }
            if n.count == 3 { return .string("\u{1b}[\(selector);2;\(n[0]);\(n[1]);\(n[2])m") }
            let rgb = n.first ?? 0
            return .string("\u{1b}[\(selector);2;\((rgb >> 16) & 0xff);\((rgb >> 8) & 0xff);\(rgb & 0xff)m")
        })))
        return o
    }

    /// `$PSStyle.OutputRendering` of the session: Host, PlainText or Ansi.
    static func rendering(_ session: Session) -> String {
        guard case .object(let o)? = session.globalScope.variables[NameKey("PSStyle")]?.value,
              let m = o.member("OutputRendering"), case .noteProperty(let v) = m.kind else { return "Host" }
        return LanguagePrimitives.toString(v)
    }
}
