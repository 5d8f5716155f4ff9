import Foundation

/// Paths and files for the file cmdlets: relative paths resolve against the session's current
/// location (not the process directory), `~` is the home directory, and text is read and written
/// with PowerShell's encodings (UTF-8 without BOM by default; BOMs detected on reading).
enum FileSystemSupport {
    /// The session's current location (Get-Location).
    static func location(_ context: CommandContext) -> String {
        context.session.currentLocation
    }

    /// An absolute, normalised path for `path` (no wildcard expansion).
    static func resolve(_ path: String, _ context: CommandContext) -> String {
        resolve(context.session.mappingTestDrive(path), base: location(context))
    }

    static func resolve(_ path: String, base: String) -> String {
        var p = path
        if p.hasPrefix("Microsoft.PowerShell.Core\\FileSystem::") { p = String(p.dropFirst("Microsoft.PowerShell.Core\\FileSystem::".count)) }
        if p.hasPrefix("FileSystem::") { p = String(p.dropFirst("FileSystem::".count)) }
        p = p.replacingOccurrences(of: "\\", with: "/")
        if p == "~" || p.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            p = home + p.dropFirst()
        }
        if !p.hasPrefix("/") { p = (base.hasSuffix("/") ? base : base + "/") + p }
        return normalize(p)
    }

    /// Removes `.` and `..` segments and duplicate slashes; keeps a leading `/`.
    static func normalize(_ p: String) -> String {
        var parts: [Substring] = []
        for seg in p.split(separator: "/", omittingEmptySubsequences: true) {
            if seg == "." { continue }
            if seg == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(seg)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Paths matching a wildcard path (`*.csv`), sorted; the literal path when it has no wildcard.
    static func expand(_ path: String, _ context: CommandContext) -> [String] {
        let full = resolve(path, context)
        guard WildcardPattern.containsWildcard(full) else { return [full] }
        let files = context.files
        var results = ["/"]
        for seg in full.split(separator: "/") {
            let s = String(seg)
            var next: [String] = []
            for dir in results {
                if WildcardPattern.containsWildcard(s) {
                    let pat = WildcardPattern(s)
                    let entries = (try? files.contents(ofDirectory: dir)) ?? []
                    for e in entries.sorted() where pat.matches(e) { next.append(dir == "/" ? "/" + e : dir + "/" + e) }
                } else {
                    let candidate = dir == "/" ? "/" + s : dir + "/" + s
                    if files.exists(candidate) { next.append(candidate) }
                }
            }
            results = next
        }
        return results
    }

    // MARK: errors

    /// `Cannot find path '<path>' because it does not exist.` (ItemNotFoundException, PathNotFound).
    static func pathNotFound(_ path: String, _ context: CommandContext) -> ErrorRecord {
        context.errorRecord("Cannot find path '\(path)' because it does not exist.", errorId: "PathNotFound", category: .ObjectNotFound,
                            exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(path))
    }

    // MARK: encodings

    enum TextEncoding {
        case utf8, utf8BOM, ascii, unicode, bigEndianUnicode, utf32, latin1

        /// Parses -Encoding (names as PowerShell 7 accepts them; code pages 65001/1200/1252...).
        static func parse(_ value: Value?, _ context: CommandContext) throws -> TextEncoding {
            guard let value, !value.isNull else { return .utf8 }
            let s = CaseFold.fold(LanguagePrimitives.toString(value)).replacingOccurrences(of: "-", with: "")
            switch s {
            case "utf8", "utf8nobom", "default", "oem", "65001", "system.text.utf8encoding": return .utf8
            case "utf8bom": return .utf8BOM
            case "ascii", "20127", "usascii", "system.text.asciiencoding": return .ascii
            case "unicode", "utf16", "utf16le", "1200", "system.text.unicodeencoding": return .unicode
            case "bigendianunicode", "utf16be", "1201": return .bigEndianUnicode
            case "utf32", "12000", "system.text.utf32encoding": return .utf32
            case "latin1", "iso88591", "28591", "1252", "windows1252", "utf7", "bigendianutf32", "system.text.latin1encoding": return .latin1
            default:
                throw context.terminatingError("Cannot process argument transformation on parameter 'Encoding'. '\(LanguagePrimitives.toString(value))' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')",
                                               errorId: "ParameterArgumentTransformationError", category: .InvalidData,
                                               exceptionType: "System.Management.Automation.ParameterBindingException")
            }
        }

        /// Bytes for `text`, with the BOM when `withPreamble`.
        /// The text's UTF-8 bytes copied once (Export-Csv writes 40 MB files in one piece).
        static func appendUTF8(_ text: String, to d: inout Data) {
            var text = text
            text.withUTF8 { if let base = $0.baseAddress, !$0.isEmpty { d.append(base, count: $0.count) } }
        }

        func encode(_ text: String, withPreamble: Bool) -> Data {
            var d = Data()
            switch self {
            case .utf8:
                TextEncoding.appendUTF8(text, to: &d)
            case .utf8BOM:
                if withPreamble { d.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
                TextEncoding.appendUTF8(text, to: &d)
            case .ascii:
                d.append(contentsOf: text.unicodeScalars.map { $0.value < 128 ? UInt8($0.value) : 0x3F })
            case .latin1:
                d.append(contentsOf: text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : 0x3F })
            case .unicode:
                if withPreamble { d.append(contentsOf: [0xFF, 0xFE]) }
                for u in text.utf16 { d.append(UInt8(u & 0xFF)); d.append(UInt8(u >> 8)) }
            case .bigEndianUnicode:
                if withPreamble { d.append(contentsOf: [0xFE, 0xFF]) }
                for u in text.utf16 { d.append(UInt8(u >> 8)); d.append(UInt8(u & 0xFF)) }
            case .utf32:
                if withPreamble { d.append(contentsOf: [0xFF, 0xFE, 0x00, 0x00]) }
                for s in text.unicodeScalars {
                    let v = s.value
                    d.append(contentsOf: [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)])
                }
            }
            return d
        }
    }

    /// Reads a text file, honouring a UTF-8/UTF-16/UTF-32 BOM (UTF-8 otherwise; invalid bytes replaced).
    static func readText(_ path: String, _ files: FileSystem) throws -> String {
        decode(try files.read(path))
    }

    static func decode(_ data: Data) -> String {
        let b = [UInt8](data)
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { return String(decoding: b[3...], as: UTF8.self) }
        if b.count >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 {
            var s = String.UnicodeScalarView()
            var i = 4
            while i + 3 < b.count {
                let v = UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
                if let u = Unicode.Scalar(v) { s.append(u) }
                i += 4
            }
            return String(s)
        }
        if b.count >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF {
            var s = String.UnicodeScalarView()
            var i = 4
            while i + 3 < b.count {
                let v = UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
                if let u = Unicode.Scalar(v) { s.append(u) }
                i += 4
            }
            return String(s)
        }
        if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE {
            var units: [UInt16] = []
            var i = 2
            while i + 1 < b.count { units.append(UInt16(b[i]) | UInt16(b[i + 1]) << 8); i += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF {
            var units: [UInt16] = []
            var i = 2
            while i + 1 < b.count { units.append(UInt16(b[i]) << 8 | UInt16(b[i + 1])); i += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: b, as: UTF8.self)
    }

    /// Text already encoded as UTF-8, in parts written one after the other; the BOM is written
    /// before it when `bom` and the file starts with it (`write(_:to:encoding:...)`'s rule).
    static func write(utf8 parts: [Data], to path: String, bom: Bool, append: Bool, in files: FileSystem) throws {
        let startsFile = !append || (files.status(path)?.size ?? 0) == 0
        var appending = append && files.status(path) != nil
        for (i, part) in parts.enumerated() {
            if i == 0 && bom && startsFile {
                var d = Data([0xEF, 0xBB, 0xBF])
                d.append(part)
                try files.write(d, to: path, append: appending)
            } else {
                try files.write(part, to: path, append: appending)
            }
            appending = true
        }
    }

    /// Writes (or appends) text. A BOM is only written at the start of a new/empty file.
    static func write(_ text: String, to path: String, encoding: TextEncoding, append: Bool, in files: FileSystem) throws {
        if append, let status = files.status(path) {
            try files.write(encoding.encode(text, withPreamble: status.size == 0), to: path, append: true)
        } else {
            try files.write(encoding.encode(text, withPreamble: true), to: path, append: false)
        }
    }

    /// Splits text into lines as Get-Content does: `\r\n`, `\n` and `\r` end lines; a final line
    /// terminator does not start an empty line.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var lastWasCR = false
        for u in text.unicodeScalars {
            if u == "\n" {
                if lastWasCR { lastWasCR = false; continue }
                out.append(cur); cur = ""
            } else if u == "\r" {
                out.append(cur); cur = ""; lastWasCR = true; continue
            } else {
                cur.unicodeScalars.append(u)
            }
            lastWasCR = false
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// An error record for a failed file operation, with PowerShell's wording for the common cases.
    static func ioError(_ error: Error, path: String, errorId: String, _ context: CommandContext) -> ErrorRecord {
        let ns = error as NSError
        var message = "Could not find a part of the path '\(path)'."
        var exceptionType = "System.IO.DirectoryNotFoundException"
        var category = ErrorCategory.OpenError
        let code = posixCode(ns)
        if ns.domain == NSCocoaErrorDomain && (ns.code == NSFileWriteNoPermissionError || ns.code == NSFileReadNoPermissionError)
            || code == EACCES || code == EPERM || code == EISDIR || context.files.isDirectory(path) {
            message = "Access to the path '\(path)' is denied."
            exceptionType = "System.UnauthorizedAccessException"
        } else if let code, code != ENOENT && code != ENOTDIR {
            // what .NET on Linux says for other failures: the system's reason and the path
            // (ENOSPC: "No space left on device : '/dev/full'")
            message = "\(String(cString: strerror(code))) : '\(path)'"
            exceptionType = "System.IO.IOException"
            category = .WriteError
        } else if code == ENOENT, context.files.exists((path as NSString).deletingLastPathComponent) {
            message = "Could not find file '\(path)'."
            exceptionType = "System.IO.FileNotFoundException"
        }
        return context.errorRecord(message, errorId: errorId, category: category, exceptionType: exceptionType, targetObject: .string(path))
    }

    /// The system error behind a Foundation error, if any.
    static func posixCode(_ error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(underlying) }
        switch error.code {
        case NSFileWriteOutOfSpaceError: return ENOSPC
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return ENOENT
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return EACCES
        default: return nil
        }
    }
}
