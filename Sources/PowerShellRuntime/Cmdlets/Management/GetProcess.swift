import Foundation

/// Get-Process: the machine's processes, read from /proc, as System.Diagnostics.Process objects
/// with the members scripts read (Id, Name/ProcessName, Path, StartTime, CPU, WorkingSet64/WS,
/// VirtualMemorySize64/VM, PagedMemorySize64/PM, Threads count, SessionId/SI, CommandLine).
/// -Name takes wildcards; -Id numbers; a name or id that matches nothing is pwsh's error.
final class GetProcessCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Process",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", aliases: ["ProcessName"], position: 0, valueFromPipelineByPropertyName: true, parameterSets: ["Name"]),
            ParameterMetadata(name: "Id", type: "int[]", aliases: ["PID"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["Id"]),
            ParameterMetadata(name: "InputObject", type: "object[]", mandatory: true, valueFromPipeline: true, parameterSets: ["InputObject"]),
            ParameterMetadata(name: "Module", type: "switch"),
            ParameterMetadata(name: "FileVersionInfo", type: "switch", aliases: ["FV", "FVI"]),
            ParameterMetadata(name: "IncludeUserName", type: "switch"),
        ],
        defaultParameterSet: "Name",
        outputTypes: ["System.Diagnostics.Process"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Gets the processes that are running on the local computer.",
        examples: [
            CommandExample(code: "(Get-Process -Id $PID).Id -eq $PID", remarks: "The shell's own process.", expectedOutput: "True"),
            CommandExample(code: "Get-Process -Name no-such-process -ErrorAction SilentlyContinue -ErrorVariable e\n$e[0].FullyQualifiedErrorId",
                           remarks: "A name that matches no process is an error (a wildcard that matches none is not).",
                           expectedOutput: "NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand"),
        ])
    init() {}

    static let typeName = "System.Diagnostics.Process"

    func process(_ context: CommandContext) throws {
        context.session.views.register(FormatView(typeName: GetProcessCommand.typeName, shape: .table, columns: [
            ViewColumn("NPM(K)", alignment: .right, width: 7), ViewColumn("PM(M)", alignment: .right, width: 8), ViewColumn("WS(M)", alignment: .right, width: 10),
            ViewColumn("CPU(s)", alignment: .right, width: 10), ViewColumn("Id", alignment: .right, width: 7), ViewColumn("SI", alignment: .right),
            ViewColumn("ProcessName", alignment: .left),
        ]))
        for v in context.values("InputObject") where !v.isNull { try context.writeObject(v) }
        if context.has("InputObject") { return }
        let all = ProcFS.processIDs()
        if context.has("Id") {
            for id in context.values("Id").flatMap({ $0.enumerated() ?? [$0] }) {
                let n = (try? LanguagePrimitives.toInt(id)) ?? -1
                if all.contains(n), let p = ProcFS.process(n) {
                    try context.writeObject(p.object)
                } else {
                    try context.writeError(context.errorRecord("Cannot find a process with the process identifier \(n).", errorId: "NoProcessFoundForGivenId", category: .ObjectNotFound,
                                                               exceptionType: "Microsoft.PowerShell.Commands.ProcessCommandException", targetObject: .int(n)))
                }
            }
            return
        }
        // by name, then id, as pwsh lists them
        let processes = all.compactMap { ProcFS.process($0) }
            .sorted { a, b in CaseFold.equal(a.name, b.name) ? a.id < b.id : CaseFold.compare(a.name, b.name, caseSensitive: false) < 0 }
        let names = context.strings("Name")
        if names.isEmpty {
            for p in processes { try context.writeObject(p.object) }
            return
        }
        var written = Set<Int>()
        for n in names {
            let pattern = WildcardPattern(n)
            let found = processes.filter { pattern.matches($0.name) }
            if found.isEmpty && !WildcardPattern.containsWildcard(n) {
                try context.writeError(context.errorRecord("Cannot find a process with the name \"\(n)\". Verify the process name and call the cmdlet again.", errorId: "NoProcessFoundForGivenName",
                                                           category: .ObjectNotFound, exceptionType: "Microsoft.PowerShell.Commands.ProcessCommandException", targetObject: .string(n)))
            }
            for p in found where written.insert(p.id).inserted { try context.writeObject(p.object) }
        }
    }
}

/// Reading processes from Linux's /proc.
enum ProcFS {
    static func processIDs() -> Set<Int> {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return Set(entries.compactMap { Int($0) })
    }

    private static func read(_ path: String) -> String? {
        guard let d = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: d, as: UTF8.self)
    }

    /// Seconds since 1970 at boot (`btime` of /proc/stat).
    private static let bootTime: Double = {
        for line in (read("/proc/stat") ?? "").split(separator: "\n") where line.hasPrefix("btime ") {
            return Double(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
        }
        return 0
    }()

    private static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// One process as a System.Diagnostics.Process object, with its name and id; nil when it is gone.
    static func process(_ pid: Int) -> (name: String, id: Int, object: Value)? {
        guard let stat = read("/proc/\(pid)/stat"), let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return nil }
        var name = String(stat[stat.index(after: open)..<close])
        let fields = stat[stat.index(after: close)...].split(separator: " ").map(String.init)
        // fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ... starttime(19)
        func field(_ i: Int) -> Double { i < fields.count ? Double(fields[i]) ?? 0 : 0 }
        var status: [String: String] = [:]
        for line in (read("/proc/\(pid)/status") ?? "").split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            status[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        func kb(_ key: String) -> Int64 { Int64(status[key]?.split(separator: " ").first ?? "0").map { $0 * 1024 } ?? 0 }
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) ?? ""
        // /proc truncates names to 15 characters: the program's file name is the whole one
        if name.count == 15, !path.isEmpty, (path as NSString).lastPathComponent.hasPrefix(name) { name = (path as NSString).lastPathComponent }
        let commandLine = (read("/proc/\(pid)/cmdline") ?? "").split(separator: "\0").joined(separator: " ")
        let cpu = (field(11) + field(12)) / ticksPerSecond
        let start = DotNetDateTime(ticks: DotNetDateTime.unixEpochTicks + Int64(((bootTime + field(19) / ticksPerSecond) * 10_000_000).rounded()), kind: .utc).toLocalTime()
        let o = PSObject(typeNames: [GetProcessCommand.typeName, "System.ComponentModel.Component", "System.MarshalByRefObject", "System.Object"])
        let ws = kb("VmRSS"), vm = kb("VmSize"), pm = kb("VmData")
        o.setNote("Name", .string(name))
        o.setNote("Id", .int(pid))
        o.setNote("ProcessName", .string(name))
        o.setNote("Path", path.isEmpty ? .null : .string(path))
        o.setNote("CommandLine", .string(commandLine))
        o.setNote("StartTime", .dateTime(start))
        o.setNote("CPU", .double(cpu))
        o.setNote("TotalProcessorTime", .timeSpan(DotNetTimeSpan(ticks: Int64(cpu * 10_000_000))))
        o.setNote("WorkingSet64", .long(ws))
        o.setNote("WS", .long(ws))
        o.setNote("VirtualMemorySize64", .long(vm))
        o.setNote("VM", .long(vm))
        o.setNote("PagedMemorySize64", .long(pm))
        o.setNote("PM", .long(pm))
        o.setNote("NonpagedSystemMemorySize64", .long(0))
        o.setNote("NPM", .long(0))
        o.setNote("SessionId", .int(Int(field(3))))
        o.setNote("SI", .int(Int(field(3))))
        o.setNote("Handles", .int(0))
        o.setNote("HandleCount", .int(0))
        o.setNote("Threads", .int(Int(status["Threads"] ?? "") ?? 0))
        o.setNote("HasExited", .bool(false))
        o.setNote("NPM(K)", .int(0))
        o.setNote("PM(M)", .string(String(format: "%.2f", Double(pm) / 1_048_576)))
        o.setNote("WS(M)", .string(String(format: "%.2f", Double(ws) / 1_048_576)))
        o.setNote("CPU(s)", .string(String(format: "%.2f", cpu)))
        let display = "System.Diagnostics.Process (\(name))"
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(display) })))
        return (name, pid, .object(o))
    }
}
