import Foundation

/// What is at a path, as the file cmdlets need it.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case file
        case directory
        /// a device, FIFO or socket: read and written through, never replaced
        case special
    }

    public var kind: Kind
    public var size: Int64
    public var modified: Date
    public var created: Date
    /// the permission bits (0o644...)
    public var permissions: Int

    public init(kind: Kind, size: Int64, modified: Date, created: Date, permissions: Int) {
        self.kind = kind
        self.size = size
        self.modified = modified
        self.created = created
        self.permissions = permissions
    }
}

/// An open file that text is streamed into (`> file`): written as it comes, closed at the end.
public protocol FileWriter: AnyObject {
    func write(_ data: Data) throws
    func close()
}

/// A failure with the system's reason, for callers that word their own error
/// (`Cannot write the file '…': it is a folder`).
public struct FileSystemFailure: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
    /// The reason `errno` gives (`No space left on device`).
    public static func errno() -> FileSystemFailure { FileSystemFailure(String(cString: strerror(Glibc.errno))) }
    /// The system's reason for a failed read or write (`Permission denied`).
    public static func reason(of error: Error) -> String {
        if let failure = error as? FileSystemFailure { return failure.description }
        return String(cString: strerror(FileSystemSupport.posixCode(error as NSError) ?? EIO))
    }
}

/// Every file the shell reads or writes goes through the session's file system (Session.fileSystem):
/// the machine's (MachineFileSystem) or, under `licenselab --what-if`, a copy-on-write overlay of
/// it (OverlayFileSystem) that reads what is there and keeps every change to itself.
///
/// Paths are absolute and normalised (FileSystemSupport.resolve). Failures are thrown as
/// Foundation or POSIX errors, so FileSystemSupport.ioError words them as .NET does.
public protocol FileSystem: AnyObject {
    /// What is at `path` (symbolic links followed); nil when nothing is.
    func status(_ path: String) -> FileStatus?
    /// Where `path` points when it is itself a symbolic link (the link's text, unresolved).
    func symbolicLinkDestination(_ path: String) -> String?
    /// `path` with its symbolic links resolved (as `realpath` does), or as it is when that fails.
    func canonicalPath(_ path: String) -> String
    /// The names in a directory, in no particular order.
    func contents(ofDirectory path: String) throws -> [String]
    /// A file's bytes (a device or FIFO is read until its end).
    func read(_ path: String) throws -> Data
    /// Creates or replaces a file's bytes, or adds them at its end; the folder must exist.
    func write(_ data: Data, to path: String, append: Bool) throws
    /// Replaces a whole file without replacing what the path is (a module's export of its data): a regular
    /// file keeps its mode and owner and is never left half written, a device is written
    /// through, a symbolic link is followed, a folder is refused (FileSystemFailure).
    func save(_ data: Data, to path: String) throws
    /// Opens a file for streamed writing, created or emptied unless `append`.
    func openWriter(_ path: String, append: Bool) throws -> FileWriter
    /// Creates a directory and any missing parents.
    func createDirectory(_ path: String) throws
    /// Removes a file, a symbolic link, or a directory with everything in it.
    func remove(_ path: String) throws
    func move(_ source: String, to target: String) throws
    /// Copies a file, or a directory with everything in it.
    func copy(_ source: String, to target: String) throws
    func createSymbolicLink(_ path: String, to destination: String) throws
    /// Whether this process may write `path` (a file, or a folder to add or remove entries in).
    func isWritable(_ path: String) -> Bool
}

extension FileSystem {
    public func exists(_ path: String) -> Bool { status(path) != nil }
    public func isDirectory(_ path: String) -> Bool { status(path)?.kind == .directory }
    public func isSymbolicLink(_ path: String) -> Bool { symbolicLinkDestination(path) != nil }
}

/// A POSIX error as Foundation throws it, for file systems that are not the machine's.
func posixError(_ code: Int32, _ path: String) -> NSError {
    NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSFilePathErrorKey: path])
}
