import Foundation

/// A copy-on-write overlay of another file system (`licenselab --what-if`): reads see the base
/// with the overlay's changes on top, so a script behaves as it would for real, and every
/// write, new folder, deletion, move or link is kept in memory; the base is never written.
/// `changes()` lists what the script would have created, changed or deleted.
///
/// The overlay keeps one entry per path it changed, keyed by the path with symbolic links
/// resolved: a file's new bytes, a folder it created, a link it made, or a deletion. An entry
/// hides whatever the base has below it (a folder deleted and made again starts empty).
/// Writes to /dev/null are discarded, as the device itself does.
public final class OverlayFileSystem: FileSystem {
    public let base: FileSystem
    private let clock: () -> Date

    private final class Content {
        var data: Data
        var modified: Date
        let permissions: Int
        init(_ data: Data, modified: Date, permissions: Int) {
            self.data = data
            self.modified = modified
            self.permissions = permissions
        }
    }

    private enum Entry {
        case file(Content)
        case directory(modified: Date)
        case link(String)
        case deleted
    }

    private var entries: [String: Entry] = [:]
    /// parent path -> the paths below it that have entries
    private var children: [String: Set<String>] = [:]

    public init(base: FileSystem = MachineFileSystem(), clock: @escaping () -> Date = { Date() }) {
        self.base = base
        self.clock = clock
    }

    // MARK: paths

    private static func parent(_ p: String) -> String? {
        guard p != "/" else { return nil }
        guard let slash = p.lastIndex(of: "/") else { return nil }
        return slash == p.startIndex ? "/" : String(p[..<slash])
    }

    private static func join(_ dir: String, _ name: some StringProtocol) -> String {
        dir == "/" ? "/" + name : dir + "/" + name
    }

    private static func leaf(_ p: String) -> String {
        p.lastIndex(of: "/").map { String(p[p.index(after: $0)...]) } ?? p
    }

    /// `path` with the symbolic links on the way resolved (the overlay's own links and, where
    /// the overlay has not replaced it, the base's); the last one only when `followLeaf`.
    private func canonical(_ path: String, followLeaf: Bool = true) -> String {
        var parts = FileSystemSupport.normalize(path).split(separator: "/").map(String.init)
        var current = "/"
        var covered = false
        var hops = 0
        var i = 0
        while i < parts.count {
            let next = Self.join(current, parts[i])
            i += 1
            if i == parts.count && !followLeaf { return next }
            var destination: String?
            switch entries[next] {
            case .link(let d)?: destination = d
            case .some: covered = true
            case nil: if !covered { destination = base.symbolicLinkDestination(next) }
            }
            if let destination, hops < 40 {
                hops += 1
                let target = destination.hasPrefix("/") ? destination : Self.join(current, destination)
                parts = FileSystemSupport.normalize(target).split(separator: "/").map(String.init) + parts[i...]
                i = 0
                current = "/"
                covered = false
                continue
            }
            current = next
        }
        return current
    }

    /// Whether an entry above `path` hides what the base has there.
    private func hidden(_ path: String) -> Bool {
        var p = Self.parent(path)
        while let q = p {
            if entries[q] != nil { return true }
            p = Self.parent(q)
        }
        return false
    }

    private enum Node {
        case file(Content)
        case directory(Date)
        case base(FileStatus)
    }

    /// What a canonical path holds, the overlay first.
    private func node(_ c: String) -> Node? {
        switch entries[c] {
        case .file(let content)?: return .file(content)
        case .directory(let modified)?: return .directory(modified)
        case .link?, .deleted?: return nil
        case nil: return hidden(c) ? nil : base.status(c).map(Node.base)
        }
    }

    /// Whether the base has anything at `c` (a dangling link too) that the overlay does not hide.
    private func baseHas(_ c: String) -> Bool {
        !hidden(c) && (base.status(c) != nil || base.symbolicLinkDestination(c) != nil)
    }

    private func set(_ c: String, _ entry: Entry) {
        entries[c] = entry
        if let p = Self.parent(c) { children[p, default: []].insert(c) }
    }

    private func unset(_ c: String) {
        entries[c] = nil
        if let p = Self.parent(c) { children[p]?.remove(c) }
    }

    /// Forgets every entry below `c`.
    private func purge(below c: String) {
        guard let below = children.removeValue(forKey: c) else { return }
        for child in below {
            purge(below: child)
            entries[child] = nil
        }
    }

    private func isDevNull(_ c: String) -> Bool { c == "/dev/null" }

    // MARK: FileSystem

    public func status(_ path: String) -> FileStatus? {
        switch node(canonical(path)) {
        case .file(let content)?:
            return FileStatus(kind: .file, size: Int64(content.data.count), modified: content.modified, created: content.modified,
                              permissions: content.permissions)
        case .directory(let modified)?:
            return FileStatus(kind: .directory, size: 4096, modified: modified, created: modified, permissions: 0o755)
        case .base(let status)?:
            return status
        case nil:
            return nil
        }
    }

    public func symbolicLinkDestination(_ path: String) -> String? {
        let c = canonical(path, followLeaf: false)
        switch entries[c] {
        case .link(let destination)?: return destination
        case .some: return nil
        case nil: return hidden(c) ? nil : base.symbolicLinkDestination(c)
        }
    }

    public func canonicalPath(_ path: String) -> String { canonical(path) }

    public func contents(ofDirectory path: String) throws -> [String] {
        let c = canonical(path)
        var names: Set<String> = []
        switch node(c) {
        case .directory?: break
        case .base(let status)? where status.kind == .directory:
            for name in try base.contents(ofDirectory: c) {
                if case .deleted? = entries[Self.join(c, name)] { continue }
                names.insert(name)
            }
        case .file?, .base?: throw posixError(ENOTDIR, c)
        case nil: throw posixError(ENOENT, c)
        }
        for child in children[c] ?? [] {
            if case .deleted? = entries[child] { continue }
            names.insert(Self.leaf(child))
        }
        return Array(names)
    }

    public func read(_ path: String) throws -> Data {
        let c = canonical(path)
        switch node(c) {
        case .file(let content)?: return content.data
        case .directory?: throw posixError(EISDIR, c)
        case .base?: return try base.read(c)
        case nil: throw posixError(ENOENT, c)
        }
    }

    /// The file a write goes to: its content (made empty unless `append`), or nil for /dev/null.
    private func openContent(_ path: String, append: Bool) throws -> Content? {
        let c = canonical(path)
        if isDevNull(c) { return nil }
        let existing = node(c)
        if case .directory? = existing { throw posixError(EISDIR, c) }
        if case .base(let s)? = existing, s.kind == .directory { throw posixError(EISDIR, c) }
        switch Self.parent(c).flatMap(node) {
        case .directory?: break
        case .base(let s)? where s.kind == .directory: break
        case .file?, .base?: throw posixError(ENOTDIR, c)
        case nil: throw posixError(ENOENT, c)
        }
        switch existing {
        case .file(let content)?:
            if !append { content.data = Data() }
            content.modified = clock()
            return content
        case .base(let s)?:
            let content = Content(append && s.kind == .file ? try base.read(c) : Data(), modified: clock(), permissions: s.permissions)
            set(c, .file(content))
            return content
        default:
            let content = Content(Data(), modified: clock(), permissions: 0o644)
            set(c, .file(content))
            return content
        }
    }

    public func write(_ data: Data, to path: String, append: Bool) throws {
        try openContent(path, append: append)?.data.append(data)
    }

    public func save(_ data: Data, to path: String) throws {
        let c = canonical(path)
        if isDirectory(c) { throw FileSystemFailure("it is a folder") }
        do { try write(data, to: c, append: false) } catch let error as NSError {
            throw FileSystemFailure(String(cString: strerror(Int32(error.code))))
        }
    }

    public func openWriter(_ path: String, append: Bool) throws -> FileWriter {
        OverlayWriter(content: try openContent(path, append: append), clock: clock)
    }

    private final class OverlayWriter: FileWriter {
        let content: Content?
        let clock: () -> Date
        init(content: Content?, clock: @escaping () -> Date) {
            self.content = content
            self.clock = clock
        }
        func write(_ data: Data) throws {
            guard let content else { return }
            content.data.append(data)
            content.modified = clock()
        }
        func close() {}
    }

    public func createDirectory(_ path: String) throws {
        let c = canonical(path)
        var current = "/"
        for part in c.split(separator: "/") {
            current = Self.join(current, part)
            switch node(current) {
            case .directory?: continue
            case .base(let s)? where s.kind == .directory: continue
            case .file?, .base?: throw posixError(EEXIST, current)
            case nil: set(current, .directory(modified: clock()))
            }
        }
    }

    public func remove(_ path: String) throws {
        let c = canonical(path, followLeaf: false)
        let present: Bool
        switch entries[c] {
        case .deleted?: present = false
        case .some: present = true
        case nil: present = baseHas(c)
        }
        guard present else { throw posixError(ENOENT, c) }
        purge(below: c)
        // what the base has there stays hidden behind a deletion
        if baseHas(c) {
            set(c, .deleted)
        } else {
            unset(c)
        }
    }

    public func move(_ source: String, to target: String) throws {
        if let destination = symbolicLinkDestination(source) {
            try createSymbolicLink(target, to: destination)
        } else {
            try copy(source, to: target)
        }
        try remove(source)
    }

    public func copy(_ source: String, to target: String) throws {
        let s = canonical(source)
        guard let status = status(s) else { throw posixError(ENOENT, s) }
        let t = canonical(target)
        if exists(t) || symbolicLinkDestination(t) != nil { throw posixError(EEXIST, t) }
        guard status.kind == .directory else {
            try write(read(s), to: t, append: false)
            return
        }
        if t.hasPrefix(s + "/") { throw posixError(EINVAL, t) }
        switch Self.parent(t).flatMap({ self.status($0) })?.kind {
        case .directory?: break
        case .some: throw posixError(ENOTDIR, t)
        case nil: throw posixError(ENOENT, t)
        }
        try createDirectory(t)
        for name in try contents(ofDirectory: s) {
            try copy(Self.join(s, name), to: Self.join(t, name))
        }
    }

    public func createSymbolicLink(_ path: String, to destination: String) throws {
        let c = canonical(path, followLeaf: false)
        if exists(c) || symbolicLinkDestination(c) != nil { throw posixError(EEXIST, c) }
        guard let p = Self.parent(c), isDirectory(p) else { throw posixError(ENOENT, c) }
        set(c, .link(destination))
    }

    // MARK: what changed

    /// One line of the `--what-if` files report.
    public struct Change: Equatable, Sendable {
        public enum Kind: String, Sendable {
            case fileCreated = "FileCreated", fileChanged = "FileChanged", fileDeleted = "FileDeleted"
            case folderCreated = "FolderCreated", folderDeleted = "FolderDeleted", linkCreated = "LinkCreated"
        }
        public let kind: Kind
        public let path: String
        public let detail: String

        public init(_ kind: Kind, _ path: String, _ detail: String = "") {
            self.kind = kind
            self.path = path
            self.detail = detail
        }
    }

    /// What the overlay holds that the base does not, by path: files created or changed (a
    /// file written with the bytes it already had is not a change), folders and links
    /// created, files and folders deleted.
    public func changes() -> [Change] {
        var out: [Change] = []
        func deleted(_ c: String) {
            if base.symbolicLinkDestination(c) == nil, base.status(c)?.kind == .directory {
                let count = (try? base.contents(ofDirectory: c).count) ?? 0
                out.append(Change(.folderDeleted, c, count == 1 ? "1 item" : "\(Self.grouped(count)) items"))
            } else {
                out.append(Change(.fileDeleted, c))
            }
        }
        for (c, entry) in entries {
            let original = base.symbolicLinkDestination(c) == nil ? base.status(c) : nil
            switch entry {
            case .file(let content):
                let size = Self.bytes(content.data.count)
                if let original {
                    if original.kind == .file, original.size == Int64(content.data.count), (try? base.read(c)) == content.data { continue }
                    out.append(Change(.fileChanged, c, original.kind == .file ? "\(Self.bytes(Int(original.size))) -> \(size)" : size))
                } else {
                    out.append(Change(.fileCreated, c, size))
                }
            case .directory:
                if original?.kind == .directory {
                    // made again after it was deleted: what it held and does not hold now is gone
                    for name in (try? base.contents(ofDirectory: c)) ?? [] where entries[Self.join(c, name)] == nil {
                        deleted(Self.join(c, name))
                    }
                } else {
                    out.append(Change(.folderCreated, c))
                }
            case .link(let destination):
                out.append(Change(.linkCreated, c, "-> \(destination)"))
            case .deleted:
                if base.status(c) != nil || base.symbolicLinkDestination(c) != nil { deleted(c) }
            }
        }
        return out.sorted { $0.path == $1.path ? $0.kind.rawValue < $1.kind.rawValue : $0.path < $1.path }
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var s = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { s.append(",") }
            s.append(d)
        }
        return s
    }

    static func bytes(_ n: Int) -> String { n == 1 ? "1 byte" : "\(grouped(n)) bytes" }
}
