import Foundation
import Licensing

/// The call log beside a tenant file (`tenant.sqlite-calls`): one record appended per committed
/// call, folded into the SQLite file in batches (docs/persistence.md, "The call log").
///
/// A committed SQLite transaction costs 20–24 µs of CPU on these machines (two WAL frames, six
/// `fcntl` locks on the shared-memory index, four `pwrite`s), twice what a whole one-user cmdlet
/// call costs in memory. A call's record is one `pwrite` under an `flock`: a process killed at any
/// moment leaves every record whose `pwrite` returned (the kernel has it, as it has SQLite's WAL
/// with `synchronous = NORMAL`), and a record cut short by the kill fails its checksum and is
/// dropped — so a killed script still keeps exactly the calls it finished.
///
/// Layout: a 32-byte header — magic `LLCALLS1`, the generation (UInt64), the state (0 clean,
/// 1 committing: an SQLite commit of the tenant is under way), the file's identity (UInt64, the
/// database's `meta.calls_id`: a log left beside a file that was deleted and made again does
/// not belong to the new one) — then records:
/// body length (UInt32), FNV-1a checksum of the body (UInt32), body (`CallRecord`). All numbers
/// little-endian.
///
/// The generation ties the log to the SQLite file: a clean header's generation equals the
/// file's `meta.calls_gen`, and the records after it apply on top of what SQLite holds. Every
/// commit through SQLite (a fold, a large call, a whole new tenant) marks the header committing,
/// commits with `calls_gen + 1`, empties the log and writes the new generation clean; whoever
/// finds a header left committing by a killed process looks at `calls_gen` to know whether that
/// commit happened.
final class CallLog {
    static let headerSize = 32
    static let magic: [UInt8] = Array("LLCALLS1".utf8)

    struct Header: Equatable {
        var generation: UInt64
        var committing: Bool
        var fileId: UInt64
    }

    let path: String
    private(set) var fd: Int32
    /// Whether this process holds the lock, and how.
    private(set) var locked: (held: Bool, exclusive: Bool) = (false, false)
    /// For tests: writes beyond this size fail as on a full disk.
    var sizeLimit: Int?

    /// Opens (creating unless `readOnly`) the log beside the tenant file at `tenantPath`.
    init(tenantPath: String, readOnly: Bool = false) throws(TenantStoreError) {
        path = tenantPath + "-calls"
        let flags = readOnly ? O_RDONLY | O_CLOEXEC : O_RDWR | O_CREAT | O_CLOEXEC
        // the tenant file's permissions, as SQLite gives its -wal and -shm files
        var st = stat()
        let mode = stat(tenantPath, &st) == 0 ? mode_t(st.st_mode & 0o666) | 0o600 : 0o644
        fd = open(path, flags, mode)
        guard fd >= 0 else {
            throw TenantStoreError("cannot open the call log \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The header's page, mapped shared and read-only: reading the header each call costs no
    /// system call (a `pread` was a quarter of a call's cost). Mapped once the file holds a header;
    /// LicenseLab never makes the file shorter than a header afterwards (a mapped page past the
    /// end of a file faults), and reads it only after `fstat` says the header is there.
    private var mapping: UnsafeMutableRawPointer?

    deinit { close() }

    func close() {
        if let mapping { munmap(mapping, Self.headerSize) }
        mapping = nil
        if fd >= 0 { _ = Glibc.close(fd) }
        fd = -1
    }

    /// For tests: the same file opened again, read-only (writes fail as on a read-only file) or
    /// for writing. The lock, if held, is released.
    func reopen(readOnly: Bool) {
        let other = open(path, (readOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC)
        guard other >= 0 else { return }
        unlock()
        dup2(other, fd)
        _ = Glibc.close(other)
    }

    // MARK: The lock

    /// Takes the lock, waiting up to `timeout` seconds for another shell to release it.
    func lock(exclusive: Bool, timeout: Double) throws(TenantStoreError) {
        let operation = exclusive ? LOCK_EX : LOCK_SH
        if flock(fd, operation | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw failure("cannot lock") }
            let deadline = Date().addingTimeInterval(timeout)
            var pause: useconds_t = 200
            while flock(fd, operation | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else { throw failure("cannot lock") }
                if Date() >= deadline {
                    throw TenantStoreError("database is locked: another shell held the tenant file's write lock for more than \(Self.seconds(timeout))")
                }
                usleep(pause)
                pause = min(pause * 2, 20_000)
            }
        }
        locked = (true, exclusive)
    }

    func unlock() {
        guard locked.held else { return }
        _ = flock(fd, LOCK_UN)
        locked = (false, false)
    }

    static func seconds(_ t: Double) -> String {
        t == t.rounded() ? "\(Int(t)) s" : String(format: "%.1f s", t)
    }

    // MARK: Header and size

    func size() -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return -1 }
        return Int(st.st_size)
    }

    /// The header, or nil when the file is shorter than a header or not a call log. `size` is the
    /// file's size just read (`size()`), which lets the header be read from the mapped page.
    func header(size: Int? = nil) -> Header? {
        var bytes = [UInt8](repeating: 0, count: Self.headerSize)
        if let size, size >= Self.headerSize {
            if mapping == nil {
                let m = mmap(nil, Self.headerSize, PROT_READ, MAP_SHARED, fd, 0)
                if let m, m != MAP_FAILED { mapping = m }
            }
            if let mapping {
                bytes.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(start: mapping, count: Self.headerSize)) }
                return Self.decodeHeader(bytes)
            }
        }
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, Self.headerSize, 0) }
        guard n == Self.headerSize else { return nil }
        return Self.decodeHeader(bytes)
    }

    private static func decodeHeader(_ bytes: [UInt8]) -> Header? {
        guard bytes.count == headerSize, Array(bytes[0..<8]) == magic else { return nil }
        return Header(generation: u64(bytes, 8), committing: u64(bytes, 16) != 0, fileId: u64(bytes, 24))
    }

    func writeHeader(_ h: Header) throws(TenantStoreError) {
        var bytes = Self.magic
        Self.append64(h.generation, to: &bytes)
        Self.append64(h.committing ? 1 : 0, to: &bytes)
        Self.append64(h.fileId, to: &bytes)
        let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, Self.headerSize, 0) }
        guard n == Self.headerSize else { throw failure("cannot write the header of") }
    }

    /// Drops everything after the header (or after `offset`; never shorter than a header, which
    /// a file shorter than one is extended to).
    func truncate(to offset: Int = CallLog.headerSize) throws(TenantStoreError) {
        guard ftruncate(fd, off_t(max(offset, Self.headerSize))) == 0 else { throw failure("cannot truncate") }
    }

    // MARK: Records

    /// The records from `offset` to the end: their bodies, and where the valid ones end (a record
    /// cut short or damaged, and all after it, are not returned).
    func records(from offset: Int, size known: Int? = nil) -> (bodies: [[UInt8]], end: Int) {
        let total = known ?? size()
        guard total > offset else { return ([], offset) }
        var buffer = [UInt8](repeating: 0, count: total - offset)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, total - offset, off_t(offset)) }
        guard n > 0 else { return ([], offset) }
        var bodies: [[UInt8]] = []
        var at = 0
        while at + 8 <= n {
            let length = Int(Self.u32(buffer, at)), checksum = Self.u32(buffer, at + 4)
            guard length <= n - at - 8 else { break }
            let body = Array(buffer[(at + 8)..<(at + 8 + length)])
            guard Self.fnv1a(body) == checksum else { break }
            bodies.append(body)
            at += 8 + length
        }
        return (bodies, offset + at)
    }

    /// Writes one record at `offset` (the end of the valid records); returns the new end. A write
    /// that fails or is cut short is taken back, so the log ends where it did.
    func append(_ body: [UInt8], at offset: Int) throws(TenantStoreError) -> Int {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.count + 8)
        Self.append32(UInt32(body.count), to: &bytes)
        Self.append32(Self.fnv1a(body), to: &bytes)
        bytes.append(contentsOf: body)
        return try write(bytes, at: offset)
    }

    /// Writes a whole record (length, checksum, body) made by `CallRecord.encode(_:_:record:)`.
    func appendRecord(_ record: [UInt8], at offset: Int) throws(TenantStoreError) -> Int {
        try write(record, at: offset)
    }

    private func write(_ bytes: [UInt8], at offset: Int) throws(TenantStoreError) -> Int {
        if let sizeLimit, offset + bytes.count > sizeLimit {
            throw TenantStoreError("cannot write to the call log \(path): \(String(cString: strerror(ENOSPC)))")
        }
        let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(offset)) }
        guard n == bytes.count else {
            let error = failure("cannot write to")
            _ = ftruncate(fd, off_t(offset))
            throw error
        }
        return offset + n
    }

    private func failure(_ what: String) -> TenantStoreError {
        let cause = errno == 0 ? "the write was cut short" : String(cString: strerror(errno))
        return TenantStoreError("\(what) the call log \(path): \(cause)")
    }

    // MARK: Bytes

    static func fnv1a<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h
    }

    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }

    static func u64(_ b: [UInt8], _ at: Int) -> UInt64 {
        UInt64(u32(b, at)) | UInt64(u32(b, at + 4)) << 32
    }

    static func append32(_ v: UInt32, to bytes: inout [UInt8]) {
        for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) }
    }

    static func append64(_ v: UInt64, to bytes: inout [UInt8]) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }
}

/// One call's changes as a call-log record: the rows of the objects it changed (a missing row: the
/// object is gone) and the tenant-wide values it changed, in the order they are applied.
enum CallRecord {
    enum Tag: UInt8 {
        case settings = 1, subscriptions, queue, user, group, membership, recipient, mail
    }
    static let gone = 0

    /// The record's body; with `record`, the whole record (length and checksum in front).
    static func encode(_ c: TenantChanges, _ tenant: Tenant, record: Bool = false) throws -> [UInt8] {
        var w = ByteWriter()
        if record { w.bytes.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0]) }
        func row(_ tag: Tag, _ id: UUID, _ bytes: [UInt8]?) {
            w.u8(tag.rawValue)
            w.uuid(id)
            if let bytes { w.u8(1); w.count(bytes.count); w.bytes.append(contentsOf: bytes) } else { w.u8(0) }
        }
        func value(_ tag: Tag, _ data: Data) {
            w.u8(tag.rawValue)
            w.count(data.count)
            w.bytes.append(contentsOf: data)
        }
        if c.settings { value(.settings, try RowCodec.json(tenant.settings)) }
        if c.subscriptions { value(.subscriptions, try RowCodec.json(tenant.subscribedSkus)) }
        if c.queue { value(.queue, try RowCodec.json(tenant.snapshotQueue())) }
        // in the tenant's order, so objects created by the call are appended in that order
        func ordered(_ ids: Set<UUID>, _ position: (UUID) -> Int?) -> [UUID] {
            ids.count < 2 ? Array(ids) : ids.sorted { (position($0) ?? -1, $0.uuidString) < (position($1) ?? -1, $1.uuidString) }
        }
        for id in ordered(c.users, tenant.position(ofUser:)) {
            row(.user, id, tenant.position(ofUser: id).map { RowCodec.encode(tenant.users[$0]) })
        }
        for id in ordered(c.groups, tenant.position(ofGroup:)) {
            row(.group, id, try tenant.group(id: id).map { [UInt8](try RowCodec.json(StoredGroup($0))) })
        }
        for m in c.memberships {
            w.u8(Tag.membership.rawValue)
            w.uuid(m.groupId)
            w.uuid(m.userId)
            w.u8(m.isMember ? 1 : 0)
        }
        for id in ordered(c.recipients, tenant.position(ofRecipient:)) {
            row(.recipient, id, tenant.position(ofRecipient: id).map { RowCodec.encode(tenant.recipients[$0]) })
        }
        for id in ordered(c.mail, tenant.position(ofMail:)) {
            row(.mail, id, try tenant.position(ofMail: id).map { [UInt8](try RowCodec.json(tenant.outbox[$0])) })
        }
        if record {
            let length = UInt32(w.bytes.count - 8)
            let checksum = w.bytes.withUnsafeBufferPointer { CallLog.fnv1a($0[8...]) }
            for i in 0..<4 {
                w.bytes[i] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(i)))
                w.bytes[4 + i] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt32(i)))
            }
        }
        return w.bytes
    }

    /// Applies a record another process wrote (objects this one is changing, `local`, are kept)
    /// and returns what it changed.
    @discardableResult
    static func apply(_ body: [UInt8], to tenant: Tenant, keeping local: TenantChanges) throws -> TenantChanges {
        var r = ByteReader(body)
        var changed = TenantChanges()
        func bytes() throws -> [UInt8]? {
            guard try r.u8() == 1 else { return nil }
            return Array(try r.take(try r.count()))
        }
        /// An entry's id and its row, decoded; the row must be the object the entry names.
        func row<T>(_ what: String, _ decode: ([UInt8]) throws -> T, id objectId: (T) -> UUID) throws -> (UUID, T?) {
            let id = try r.uuid()
            let value = try bytes().map(decode)
            guard value.map({ objectId($0) == id }) ?? true else { throw RowCodec.Malformed(what: "call record (\(what) id)") }
            return (id, value)
        }
        while !r.atEnd {
            guard let tag = Tag(rawValue: try r.u8()) else { throw RowCodec.Malformed(what: "call record (unknown entry)") }
            switch tag {
            case .settings, .subscriptions, .queue:
                let data = Data(try r.take(try r.count()))
                switch tag {
                case .settings:
                    changed.settings = true
                    if !local.settings { tenant.applyStoredSettings(try RowCodec.fromJSON(TenantSettings.self, data)) }
                case .subscriptions:
                    changed.subscriptions = true
                    tenant.applyStoredSubscriptions(try RowCodec.fromJSON([SubscribedSku].self, data))
                default:
                    changed.queue = true
                    tenant.applyStoredQueue(try RowCodec.fromJSON([TenantSnapshot.QueuedGroup].self, data))
                }
            case .user:
                let (id, user) = try row("user", RowCodec.decodeUser, id: \.objectId)
                changed.users.insert(id)
                if !local.users.contains(id) { tenant.applyStored(userId: id, user) }
            case .group:
                let (id, stored) = try row("group", { try RowCodec.fromJSON(StoredGroup.self, Data($0)) }, id: \.objectId)
                changed.groups.insert(id)
                guard !local.groups.contains(id) else { continue }
                tenant.applyStored(groupId: id, stored?.group(members: tenant.group(id: id)?.members ?? OrderedIDSet()))
            case .membership:
                let g = try r.uuid(), u = try r.uuid(), isMember = try r.u8() == 1
                changed.memberships.append(.init(groupId: g, userId: u, isMember: isMember))
                tenant.applyStoredMembership(groupId: g, userId: u, isMember: isMember)
            case .recipient:
                let (id, recipient) = try row("recipient", RowCodec.decodeRecipient, id: \.id)
                changed.recipients.insert(id)
                if !local.recipients.contains(id) { tenant.applyStored(recipientId: id, recipient) }
            case .mail:
                let (id, message) = try row("message", { try RowCodec.fromJSON(MailMessage.self, Data($0)) }, id: \.id)
                changed.mail.insert(id)
                if !local.mail.contains(id) { tenant.applyStored(mailId: id, message) }
            }
        }
        return changed
    }
}

extension TenantChanges {
    /// Adds `other`'s objects (memberships as pairs: the fold writes their current state).
    mutating func merge(_ other: TenantChanges) {
        everything = everything || other.everything
        settings = settings || other.settings
        subscriptions = subscriptions || other.subscriptions
        queue = queue || other.queue
        users.formUnion(other.users)
        groups.formUnion(other.groups)
        recipients.formUnion(other.recipients)
        mail.formUnion(other.mail)
        memberships.append(contentsOf: other.memberships)
    }

    /// How many rows the changes touch.
    var objectCount: Int { users.count + groups.count + recipients.count + mail.count + memberships.count }
}
