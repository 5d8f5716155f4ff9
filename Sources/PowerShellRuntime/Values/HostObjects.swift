import Foundation

/// System.Version (`$PSVersionTable.PSVersion`, `[version]'1.2.3'`).
public final class VersionObject: NativeObject {
    public let major: Int, minor: Int, build: Int, revision: Int
    public init(major: Int, minor: Int, build: Int = -1, revision: Int = -1) {
        self.major = major; self.minor = minor; self.build = build; self.revision = revision
    }
    public static func parse(_ s: String) -> VersionObject? {
        let parts = s.trimmingCharacters(in: .whitespaces).split(separator: ".").map { Int($0) }
        guard parts.count >= 2, parts.count <= 4, !parts.contains(where: { $0 == nil || $0! < 0 }) else { return nil }
        let p = parts.compactMap { $0 }
        return VersionObject(major: p[0], minor: p[1], build: p.count > 2 ? p[2] : -1, revision: p.count > 3 ? p[3] : -1)
    }
    public var typeName: String { "System.Version" }
    public var propertyNames: [String] { ["Major", "Minor", "Build", "Revision", "MajorRevision", "MinorRevision"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "major": return .int(major)
        case "minor": return .int(minor)
        case "build": return .int(build)
        case "revision": return .int(revision)
        case "majorrevision", "minorrevision": return .int(revision < 0 ? -1 : 0)
        default: return nil
        }
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "tostring": return .string(toString())
        case "compareto":
            guard case .native(let n) = args.first ?? .null, let o = n as? VersionObject else { return .int(1) }
            return .int(compare(o))
        default: return nil
        }
    }
    func compare(_ o: VersionObject) -> Int {
        for (a, b) in [(major, o.major), (minor, o.minor), (build, o.build), (revision, o.revision)] where a != b { return a < b ? -1 : 1 }
        return 0
    }
    public func toString() -> String {
        var s = "\(major).\(minor)"
        if build >= 0 { s += ".\(build)" }
        if revision >= 0 { s += ".\(revision)" }
        return s
    }
}

/// `$Host`: Name, Version, UI.WriteLine, UI.RawUI.WindowSize.
public final class HostObject: NativeObject {
    unowned let session: Session
    init(session: Session) { self.session = session }
    public var typeName: String { "System.Management.Automation.Internal.Host.InternalHost" }
    public var propertyNames: [String] { ["Name", "Version", "InstanceId", "UI", "CurrentCulture", "CurrentUICulture"] }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "name": return .string("ConsoleHost")
        case "version": return .native(VersionObject(major: 7, minor: 4, build: 6))
        case "ui": return .native(HostUIObject(session: session))
        case "currentculture", "currentuiculture": return .string("en-US")
        case "instanceid": return .guid(UUID(uuidString: "00000000-0000-0000-0000-000000000000") ?? UUID())
        default: return nil
        }
    }
    public func toString() -> String { typeName }
}

public final class HostUIObject: NativeObject {
    unowned let session: Session
    init(session: Session) { self.session = session }
    public var typeName: String { "System.Management.Automation.Internal.Host.InternalHostUserInterface" }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "rawui":
            let size = PSObject(properties: [("Width", .int(session.host.windowWidth)), ("Height", .int(50))], typeName: "System.Management.Automation.Host.Size")
            return .object(PSObject(properties: [("WindowSize", .object(size)), ("BufferSize", .object(size)), ("ForegroundColor", .string("Gray")), ("BackgroundColor", .string("Black")), ("WindowTitle", .string("licenselab"))], typeName: "System.Management.Automation.Internal.Host.InternalHostRawUserInterface"))
        case "supportsvirtualterminal": return .bool(session.host.useColor)
        default: return nil
        }
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "writeline", "write":
            let text = args.last.map { LanguagePrimitives.toString($0) } ?? ""
            session.writeToHost(text + (name.folded == "writeline" ? "\n" : ""), to: .output)
            return .automationNull
        case "writeerrorline":
            session.writeToHost((args.first.map { LanguagePrimitives.toString($0) } ?? "") + "\n", to: .error)
            return .automationNull
        case "readline":
            return session.host.readLine(prompt: nil).map { .string($0) } ?? .null
        default: return nil
        }
    }
}
