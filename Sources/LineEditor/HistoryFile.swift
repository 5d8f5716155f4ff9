import Foundation

/// The persistent command history: one entry per accepted command (a multi-line entry stays one
/// entry), newest last, without duplicates, at most `limit` entries. Every entry is kept in memory;
/// only entries that do not look like they hold a secret are written to the file, and each one is
/// appended as soon as it is added, so two shells on the same file both keep their commands
/// (PSReadLine's SaveIncrementally, MaximumHistoryCount 4096, HistoryNoDuplicates).
///
/// File format: the one libedit's `history_save` writes, so `editrc` users and other libedit
/// programs can read it: a `_HiStOrY_V2_` header, then one line per entry with white space,
/// control characters and backslashes written as `\ooo` / `\\` (strvis VIS_WHITE style).
public final class HistoryFile {
    public static let defaultLimit = 4096
    static let header = "_HiStOrY_V2_"

    public let path: String?
    public let limit: Int
    /// Oldest first.
    public private(set) var entries: [String] = []
    /// Lines in the file (estimate, counting our appends) to decide when to compact it.
    private var fileLineCount = 0
    /// Decides which entries stay out of the file (they stay in memory, for the Up arrow). The
    /// shell gives the parsed-line test (SensitiveHistory); the text pattern is the default.
    public var isSensitive: (String) -> Bool = HistoryFile.isSensitive

    /// `path` nil keeps the history in memory only (tests, `--no-history`).
    public init(path: String?, limit: Int = HistoryFile.defaultLimit) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// `$XDG_STATE_HOME/licenselab/history`, else `~/.local/state/licenselab/history`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/licenselab/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/licenselab/history"
    }

    /// True for a line that must never reach the file: it mentions a password, a plain-text
    /// conversion, a token, an API key or a secret (PSReadLine's sensitive-history pattern).
    public static func isSensitive(_ line: String) -> Bool {
        let lower = line.lowercased()
        return sensitiveWords.contains { lower.contains($0) }
    }
    static let sensitiveWords = ["password", "asplaintext", "token", "apikey", "secret"]

    /// Reads the file (a missing file is an empty history).
    public func load() {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return }
        let lines = HistoryFile.decodeFile([UInt8](data))
        fileLineCount = lines.count
        entries = HistoryFile.deduplicatedTail(lines, limit: limit)
    }

    /// Adds an accepted command. Blank entries are ignored. Returns true when it was written to the file.
    @discardableResult
    public func add(_ entry: String) -> Bool {
        guard !entry.allSatisfy(\.isWhitespace) else { return false }
        entries.removeAll { $0 == entry }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        guard let path, !isSensitive(entry) else { return false }
        let written = append(HistoryFile.encode(entry), to: path)
        if written {
            fileLineCount += 1
            if fileLineCount > 2 * limit { compact(path) }
        }
        return written
    }

    // MARK: file

    private func append(_ line: String, to path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var bytes: [UInt8] = []
        if lseek(fd, 0, SEEK_END) == 0 { bytes += Array((HistoryFile.header + "\n").utf8) }
        bytes += Array((line + "\n").utf8)
        // One write() per entry: O_APPEND makes it atomic against another shell's appends.
        return bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return write(fd, base, raw.count) == raw.count
        }
    }

    /// Rewrites the file with the newest `limit` distinct entries (re-reading it first, so another
    /// shell's appends survive), through a temporary file and rename.
    private func compact(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let kept = HistoryFile.deduplicatedTail(HistoryFile.decodeFile([UInt8](data)), limit: limit)
        let text = ([HistoryFile.header] + kept.map(HistoryFile.encode)).joined(separator: "\n") + "\n"
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, path) == 0 { fileLineCount = kept.count } else { unlink(temporary) }
    }

    /// The last `limit` entries, each only at its newest position.
    static func deduplicatedTail(_ lines: [String], limit: Int) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for line in lines.reversed() where !line.isEmpty && seen.insert(line).inserted {
            out.append(line)
            if out.count == limit { break }
        }
        return out.reversed()
    }

    // MARK: encoding

    /// Lines of the file (bytes, not Characters: this runs before the first prompt, on up to
    /// twice `limit` lines), header dropped, each unescaped.
    static func decodeFile(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0a {
            if i > start { lines.append(decode(bytes[start..<i])) }
            start = i + 1
        }
        if start < bytes.count { lines.append(decode(bytes[start...])) }
        if lines.first == header { lines.removeFirst() }
        return lines
    }

    /// `\ooo` for white space, control characters and DEL; `\\` for a backslash; other text as is.
    static func encode(_ entry: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(entry.utf8.count)
        for byte in entry.utf8 {
            switch byte {
            case UInt8(ascii: "\\"):
                out += [byte, byte]
            case 0...0x20, 0x7f:
                out += [UInt8(ascii: "\\"), 0x30 + (byte >> 6), 0x30 + ((byte >> 3) & 7), 0x30 + (byte & 7)]
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ line: String) -> String { decode(ArraySlice(line.utf8)) }

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            guard b == UInt8(ascii: "\\"), i + 1 < end else { out.append(b); i += 1; continue }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "\\") { out.append(next); i += 2; continue }
            if i + 3 < end, let value = octal(bytes[(i + 1)...(i + 3)]) { out.append(value); i += 4; continue }
            switch next {
            case UInt8(ascii: "s"): out.append(0x20); i += 2
            case UInt8(ascii: "n"): out.append(0x0a); i += 2
            case UInt8(ascii: "t"): out.append(0x09); i += 2
            default: out.append(b); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func octal(_ digits: ArraySlice<UInt8>) -> UInt8? {
        var value = 0
        for d in digits {
            guard d >= UInt8(ascii: "0"), d <= UInt8(ascii: "7") else { return nil }
            value = value * 8 + Int(d - UInt8(ascii: "0"))
        }
        return value <= 255 ? UInt8(value) : nil
    }
}
