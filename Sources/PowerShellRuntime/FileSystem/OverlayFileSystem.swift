import Foundation
import Glibc

/// A copy-on-write overlay of another file system (`licenselab --what-if`): reads see the base
/// with the overlay's changes on top, so a script behaves as it would for real, and every
/// write, new folder, deletion, move or link is kept in memory; the base is never written.
/// `changes()` lists what the script would have created, changed or deleted.
///
/// The overlay keeps one entry per path it changed, keyed by the path with symbolic links
/// resolved: a file's new bytes, a folder it created, a link it made, or a deletion. An entry
/// hides whatever the base has below it (a folder deleted and made again starts empty).
/// It refuses what the disk would refuse (a folder or file this process may not write, a loop
/// of links). Writes to /dev/null are discarded, as by the device; writes to the shell's own
/// output (/dev/stdout, /dev/stderr, /dev/tty) go to it, as they are output, not files.
public final class OverlayFileSystem: FileSystem {
    public let base: FileSystem
    private let clock: () -> Date

    private final class Content {
        var data: Data
        var modified: Date
        var permissions: Int
        init(_ data: Data, modified: Date, permissions: Int) {
            self.data = data
            self.modified = modified
            self.permissions = permissions
        }
    }

    private final class Folder {
        var modified: Date
        var permissions: Int
        init(modified: Date, permissions: Int) {
            self.modified = modified
            self.permissions = permissions
        }
    }

    private enum Entry {
        case file(Content)
        case directory(Folder)
        case link(String)
        case deleted
    }

    private var entries: [String: Entry] = [:]
    /// parent path -> the paths below it that have entries
    private var children: [String: Set<String>] = [:]
    /// when a folder of the base last had an entry added or removed
    private var folderTimes: [String: Date] = [:]

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
    /// the overlay has not replaced it, the base's); the last one only when `followLeaf`. Nil
    /// for a loop of links (more than 40 on the way, as Linux counts).
    private func canonical(_ path: String, followLeaf: Bool = true) -> String? {
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
            if let destination {
                hops += 1
                if hops > 40 { return nil }
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

    /// `canonical`, or ELOOP.
    private func resolve(_ path: String, followLeaf: Bool = true) throws -> String {
        guard let c = canonical(path, followLeaf: followLeaf) else { throw posixError(ELOOP, path) }
        return c
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
        case directory(Folder)
        case base(FileStatus)

        var isDirectory: Bool {
            switch self {
            case .directory: return true
            case .base(let s): return s.kind == .directory
            case .file: return false
            }
        }
    }

    /// What a canonical path holds, the overlay first.
    private func node(_ c: String) -> Node? {
        switch entries[c] {
        case .file(let content)?: return .file(content)
        case .directory(let folder)?: return .directory(folder)
        case .link?, .deleted?: return nil
        case nil: return hidden(c) ? nil : base.status(c).map(Node.base)
        }
    }

    /// Whether anything is at `c` itself (a link, even one that leads nowhere).
    private func present(_ c: String) -> Bool {
        switch entries[c] {
        case .deleted?: return false
        case .some: return true
        case nil: return baseHas(c)
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

    /// A folder had an entry added or removed: its modification time is now.
    private func touchParent(of c: String) {
        guard let p = Self.parent(c) else { return }
        if case .directory(let folder)? = entries[p] { folder.modified = clock() } else { folderTimes[p] = clock() }
    }

    // MARK: permissions, as the disk checks them

    private static let isRoot = geteuid() == 0

    /// EACCES unless this process may write the item at `c`.
    private func checkWritable(_ c: String, _ n: Node) throws {
        switch n {
        case .base: if !base.isWritable(c) { throw posixError(EACCES, c) }
        case .file(let content): if !Self.isRoot && content.permissions & 0o200 == 0 { throw posixError(EACCES, c) }
        case .directory(let folder): if !Self.isRoot && folder.permissions & 0o200 == 0 { throw posixError(EACCES, c) }
        }
    }

    /// The folder an entry is added to or removed from: it must exist, be a folder and be
    /// writable (ENOENT, ENOTDIR, EACCES).
    private func checkFolder(of c: String) throws {
        guard let p = Self.parent(c) else { throw posixError(EACCES, c) }
        guard let n = node(p) else { throw posixError(ENOENT, c) }
        guard n.isDirectory else { throw posixError(ENOTDIR, c) }
        try checkWritable(p, n)
    }

    // MARK: the shell's own output

    private static let outputStreams: Set<String> = {
        var s: Set<String> = ["/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/fd/1", "/dev/fd/2", "/proc/self/fd/1", "/proc/self/fd/2"]
        s.insert("/proc/\(getpid())/fd/1")
        s.insert("/proc/\(getpid())/fd/2")
        return s
    }()

    private static func isOutputStream(_ path: String) -> Bool { outputStreams.contains(FileSystemSupport.normalize(path)) }

    // MARK: FileSystem

    public func status(_ path: String) -> FileStatus? {
        guard let c = canonical(path) else { return nil }
        switch node(c) {
        case .file(let content)?:
            return FileStatus(kind: .file, size: Int64(content.data.count), modified: content.modified, created: content.modified,
                              permissions: content.permissions)
        case .directory(let folder)?:
            return FileStatus(kind: .directory, size: 4096, modified: folder.modified, created: folder.modified, permissions: folder.permissions)
        case .base(var status)?:
            if status.kind == .directory, let time = folderTimes[c] { status.modified = time }
            return status
        case nil:
            return nil
        }
    }

    public func symbolicLinkDestination(_ path: String) -> String? {
        guard let c = canonical(path, followLeaf: false) else { return nil }
        switch entries[c] {
        case .link(let destination)?: return destination
        case .some: return nil
        case nil: return hidden(c) ? nil : base.symbolicLinkDestination(c)
        }
    }

    public func canonicalPath(_ path: String) -> String { canonical(path) ?? path }

    public func isWritable(_ path: String) -> Bool {
        guard let c = canonical(path), let n = node(c) else { return false }
        return (try? checkWritable(c, n)) != nil
    }

    public func contents(ofDirectory path: String) throws -> [String] {
        let c = try resolve(path)
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
        let c = try resolve(path)
        switch node(c) {
        case .file(let content)?: return content.data
        case .directory?: throw posixError(EISDIR, c)
        case .base?: return try base.read(c)
        case nil: throw posixError(ENOENT, c)
        }
    }

    /// The file a write goes to: its content (made empty unless `append`), or nil for /dev/null.
    private func openContent(_ path: String, append: Bool) throws -> Content? {
        let c = try resolve(path)
        if c == "/dev/null" { return nil }
        if case .link? = entries[c] { throw posixError(ELOOP, c) }
        let existing = node(c)
        if let existing {
            if existing.isDirectory { throw posixError(EISDIR, c) }
            try checkWritable(c, existing)
        } else {
            try checkFolder(of: c)
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
            touchParent(of: c)
            return content
        }
    }

    public func write(_ data: Data, to path: String, append: Bool) throws {
        if Self.isOutputStream(path) { return try base.write(data, to: path, append: true) }
        try openContent(path, append: append)?.data.append(data)
    }

    public func save(_ data: Data, to path: String) throws {
        if isDirectory(path) { throw FileSystemFailure("it is a folder") }
        do { try write(data, to: path, append: false) } catch let error as NSError {
            throw FileSystemFailure(String(cString: strerror(Int32(error.code))))
        }
    }

    public func openWriter(_ path: String, append: Bool) throws -> FileWriter {
        if Self.isOutputStream(path) { return try base.openWriter(path, append: true) }
        return OverlayWriter(content: try openContent(path, append: append), clock: clock)
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
        let c = try resolve(path)
        var current = "/"
        for part in c.split(separator: "/") {
            current = Self.join(current, part)
            switch node(current) {
            case let n? where n.isDirectory: continue
            case .some: throw posixError(EEXIST, current)
            case nil:
                if case .link? = entries[current] { throw posixError(EEXIST, current) }
                try checkFolder(of: current)
                set(current, .directory(Folder(modified: clock(), permissions: 0o755)))
                touchParent(of: current)
            }
        }
    }

    public func remove(_ path: String) throws {
        let c = try resolve(path, followLeaf: false)
        guard present(c) else { throw posixError(ENOENT, c) }
        try checkFolder(of: c)
        purge(below: c)
        // what the base has there stays hidden behind a deletion
        if baseHas(c) { set(c, .deleted) } else { unset(c) }
        touchParent(of: c)
    }

    public func move(_ source: String, to target: String) throws {
        let s = try resolve(source, followLeaf: false)
        let t = try resolve(target, followLeaf: false)
        guard present(s) else { throw posixError(ENOENT, s) }
        if s == t { return }
        if t.hasPrefix(s + "/") { throw posixError(EINVAL, t) }
        try checkFolder(of: s)
        try copyTree(s, to: t)
        try remove(s)
    }

    public func copy(_ source: String, to target: String) throws {
        let s = try resolve(source, followLeaf: false)
        let t = try resolve(target, followLeaf: false)
        guard present(s) else { throw posixError(ENOENT, s) }
        if t == s || t.hasPrefix(s + "/") { throw posixError(EINVAL, t) }
        try copyTree(s, to: t)
    }

    /// Copies `s` to the new path `t` as the disk's copy does: links as links, files and
    /// folders with their mode and modification time; a copy that fails half way is undone.
    private func copyTree(_ s: String, to t: String) throws {
        if present(t) { throw posixError(EEXIST, t) }
        do { try copyNode(s, to: t) } catch {
            if present(t) { try? remove(t) }
            throw error
        }
    }

    private func copyNode(_ s: String, to t: String) throws {
        if let destination = symbolicLinkDestination(s) {
            try createSymbolicLink(t, to: destination)
            return
        }
        guard let status = status(s) else { throw posixError(ENOENT, s) }
        try checkFolder(of: t)
        if status.kind == .directory {
            let folder = Folder(modified: status.modified, permissions: status.permissions)
            set(t, .directory(folder))
            touchParent(of: t)
            for name in try contents(ofDirectory: s) {
                try copyNode(Self.join(s, name), to: Self.join(t, name))
            }
            folder.modified = status.modified
        } else {
            set(t, .file(Content(try read(s), modified: status.modified, permissions: status.permissions)))
            touchParent(of: t)
        }
    }

    public func createSymbolicLink(_ path: String, to destination: String) throws {
        let c = try resolve(path, followLeaf: false)
        if present(c) { throw posixError(EEXIST, c) }
        try checkFolder(of: c)
        set(c, .link(destination))
        touchParent(of: c)
    }

    // MARK: what changed

    /// One line of the `--what-if` files report.
    public struct Change: Equatable, Sendable {
        public enum Kind: String, Sendable {
            case fileCreated = "FileCreated", fileChanged = "FileChanged", fileDeleted = "FileDeleted"
            case folderCreated = "FolderCreated", folderDeleted = "FolderDeleted"
            case linkCreated = "LinkCreated", linkDeleted = "LinkDeleted"

            /// At one path, what went comes before what came.
            var order: Int {
                switch self {
                case .fileDeleted, .folderDeleted, .linkDeleted: return 0
                case .fileChanged: return 1
                case .fileCreated, .folderCreated, .linkCreated: return 2
                }
            }
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
    /// created, files, folders and links deleted — a path whose kind changed (a file where a
    /// folder was) shows both what went and what came.
    public func changes() -> [Change] {
        var out: [Change] = []
        /// What the base has at `c`, gone now.
        func deleted(_ c: String) {
            if let destination = base.symbolicLinkDestination(c) {
                out.append(Change(.linkDeleted, c, "-> \(destination)"))
            } else if base.status(c)?.kind == .directory {
                let count = (try? base.contents(ofDirectory: c).count) ?? 0
                out.append(Change(.folderDeleted, c, count == 1 ? "1 item" : "\(Self.grouped(count)) items"))
            } else {
                out.append(Change(.fileDeleted, c))
            }
        }
        for (c, entry) in entries {
            let baseLink = base.symbolicLinkDestination(c)
            let original = baseLink == nil ? base.status(c) : nil
            let baseExists = baseLink != nil || original != nil
            switch entry {
            case .file(let content):
                let size = Self.bytes(content.data.count)
                if let original, original.kind != .directory {
                    if original.kind == .file, original.size == Int64(content.data.count), (try? base.read(c)) == content.data { continue }
                    out.append(Change(.fileChanged, c, original.kind == .file ? "\(Self.bytes(Int(original.size))) -> \(size)" : size))
                } else {
                    if baseExists { deleted(c) }
                    out.append(Change(.fileCreated, c, size))
                }
            case .directory:
                if original?.kind == .directory {
                    // made again after it was deleted: what it held and does not hold now is gone
                    for name in (try? base.contents(ofDirectory: c)) ?? [] where entries[Self.join(c, name)] == nil {
                        deleted(Self.join(c, name))
                    }
                } else {
                    if baseExists { deleted(c) }
                    out.append(Change(.folderCreated, c))
                }
            case .link(let destination):
                if baseLink == destination { continue }
                if baseExists { deleted(c) }
                out.append(Change(.linkCreated, c, "-> \(destination)"))
            case .deleted:
                if baseExists { deleted(c) }
            }
        }
        return out.sorted { $0.path == $1.path ? $0.kind.order < $1.kind.order : $0.path < $1.path }
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
