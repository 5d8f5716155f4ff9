import Foundation
import Glibc

/// The machine's file system, as the file cmdlets use it.
public final class MachineFileSystem: FileSystem {
    public init() {}

    public func status(_ path: String) -> FileStatus? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let kind: FileStatus.Kind
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        default: kind = .special
        }
        // the times and mode of the path itself (a symbolic link's own), as Get-Item shows them
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let modified = attributes[.modificationDate] as? Date
            ?? Date(timeIntervalSince1970: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
        return FileStatus(kind: kind,
                          size: (attributes[.size] as? NSNumber)?.int64Value ?? Int64(st.st_size),
                          modified: modified,
                          created: attributes[.creationDate] as? Date ?? modified,
                          permissions: (attributes[.posixPermissions] as? NSNumber)?.intValue ?? Int(st.st_mode & 0o7777))
    }

    public func symbolicLinkDestination(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return nil }
        return try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    public func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func contents(ofDirectory path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path)
    }

    public func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            // a device or pipe (`/dev/null`, a FIFO) is read until its end, as .NET's FileStream does
            guard let status = status(path), status.kind != .directory, let handle = FileHandle(forReadingAtPath: path) else { throw error }
            defer { try? handle.close() }
            return handle.readDataToEndOfFile()
        }
    }

    /// Writes in place (`open` with O_TRUNC or O_APPEND): an existing file keeps its mode and
    /// owner, and a device or FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written
    /// through, never replaced by a plain file.
    public func write(_ data: Data, to path: String, append: Bool) throws {
        let writer = try openWriter(path, append: append)
        defer { writer.close() }
        try writer.write(data)
    }

    public func openWriter(_ path: String, append: Bool) throws -> FileWriter {
        var flags = O_WRONLY | O_CREAT | O_CLOEXEC
        if append { flags |= O_APPEND } else if status(path)?.kind != .special { flags |= O_TRUNC }
        let fd = open(path, flags, 0o666)
        guard fd >= 0 else { throw posixError(errno, path) }
        return DescriptorWriter(fd: fd, path: path)
    }

    private final class DescriptorWriter: FileWriter {
        var fd: Int32
        let path: String
        init(fd: Int32, path: String) {
            self.fd = fd
            self.path = path
        }
        func write(_ data: Data) throws {
            guard fd >= 0 else { throw posixError(EBADF, path) }
            let code = MachineFileSystem.writeAll(fd, data)
            if code != 0 { throw posixError(code, path) }
        }
        func close() {
            if fd >= 0 { _ = Glibc.close(fd) }
            fd = -1
        }
        deinit { close() }
    }

    public func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    public func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }

    public func move(_ source: String, to target: String) throws {
        try FileManager.default.moveItem(atPath: source, toPath: target)
    }

    public func copy(_ source: String, to target: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: target)
    }

    public func createSymbolicLink(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
    }

    /// A regular file is replaced atomically (a complete copy under a temporary name, renamed
    /// over it) and keeps its mode and owner; a device, FIFO or socket is written through
    /// (`/dev/stdout`, a named pipe); a symbolic link is followed; a folder is refused. A new file
    /// gets the usual mode (0666 less the umask).
    public func save(_ data: Data, to path: String) throws {
        let target = canonicalPath(path)
        var st = stat()
        if stat(target, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFDIR: throw FileSystemFailure("it is a folder")
            case S_IFREG: break
            default:
                let fd = open(target, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw FileSystemFailure.errno() }
                defer { close(fd) }
                let code = Self.writeAll(fd, data)
                if code != 0 { throw FileSystemFailure(String(cString: strerror(code))) }
                return
            }
        }
        let directory = (target as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/." + ((target as NSString).lastPathComponent)
            + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let exists = stat(target, &st) == 0
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, exists ? st.st_mode & 0o7777 : 0o666)
        guard fd >= 0 else { throw FileSystemFailure.errno() }
        var done = false
        defer { if !done { unlink(temporary) } }
        do {
            let code = Self.writeAll(fd, data)
            if code != 0 { throw FileSystemFailure(String(cString: strerror(code))) }
            if exists {
                // the umask applied at creation: give the file the target's exact mode and owner
                _ = fchmod(fd, st.st_mode & 0o7777)
                _ = fchown(fd, st.st_uid, st.st_gid)
            }
            guard fsync(fd) == 0 else { throw FileSystemFailure.errno() }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, target) == 0 else { throw FileSystemFailure.errno() }
        done = true
    }

    /// Writes all of `data`; 0, or the errno of the write that failed.
    fileprivate static func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }
}
