import Foundation
import Glibc
import PowerShellRuntime
import TenantStore

/// Export-LabTenant: writes the tenant as a tenant file (docs/tenant-format.md).
final class ExportLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Export-LabTenant",
        parameters: [ParameterMetadata(name: "Path", type: "string", position: 0, mandatory: true, helpMessage: "The JSON file to write.")],
        moduleName: Lab.module,
        synopsis: "Writes the lab tenant to a JSON tenant file.",
        examples: [CommandExample(code: "Export-LabTenant -Path ./contoso.json", remarks: "Everything the tenant holds, as JSON.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let path = context.fileSystemPath(context.string("Path") ?? "")
        do {
            try SafeFileWrite.write(Array(TenantFile.export(tenant).utf8), to: path)
        } catch {
            try context.writeStoreError("Cannot write the tenant file '\(path)': \(error)", errorId: "ExportFailed",
                                        category: .WriteError, target: .string(path))
        }
    }
}

/// Writes a file without replacing what the path is: a regular file is replaced atomically (a
/// complete copy under a temporary name, renamed over it) and keeps its mode and owner; a device,
/// FIFO or socket is written through (`/dev/stdout`, a named pipe); a symbolic link is followed;
/// a folder is refused. A new file gets the usual mode (0666 less the umask).
enum SafeFileWrite {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        var target = path
        if let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        var st = stat()
        if stat(target, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(description: "it is a folder")
            case S_IFREG: break
            default:
                // a device, pipe or socket: write to it, do not replace it
                let fd = open(target, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw failure() }
                defer { close(fd) }
                try writeAll(fd, bytes)
                return
            }
        }
        let directory = (target as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/." + ((target as NSString).lastPathComponent) + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let exists = stat(target, &st) == 0
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, exists ? st.st_mode & 0o7777 : 0o666)
        guard fd >= 0 else { throw failure() }
        var done = false
        defer { if !done { unlink(temporary) } }
        do {
            try writeAll(fd, bytes)
            if exists {
                // the umask applied at creation: give the file the target's exact mode and owner
                _ = fchmod(fd, st.st_mode & 0o7777)
                _ = fchown(fd, st.st_uid, st.st_gid)
            }
            guard fsync(fd) == 0 else { throw failure() }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, target) == 0 else { throw failure() }
        done = true
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            offset += n
        }
    }

    private static func failure() -> Failure { Failure(description: String(cString: strerror(errno))) }
}
