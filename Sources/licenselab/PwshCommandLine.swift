import Foundation

/// `pwsh`'s own command-line parameters, so that `licenselab` runs where CI jobs and wrappers call
/// `pwsh -NoProfile -NonInteractive -ExecutionPolicy Bypass -File x.ps1 ...` unchanged.
///
/// pwsh matches its parameters case-insensitively and by prefix, as long as the prefix is at
/// least the shortest unambiguous one (`-nop` is NoProfile, `-no` is ambiguous). They are read
/// up to the script file; everything after the file (or after -Command's text) belongs to the
/// script. This turns them into licenselab's own arguments before ArgumentParser sees them:
/// settings with no meaning here (profiles, logo, execution policy, window style, apartment
/// model) are accepted and ignored, `-File` becomes the script argument, `-Command` gathers the
/// rest of the line as pwsh does, `-EncodedCommand` is decoded (Base64 of UTF-16LE text).
struct PwshCommandLine: Equatable {
    /// The arguments for ArgumentParser.
    var arguments: [String]
    /// -NoExit: start the interactive shell after the script or command.
    var noExit = false
    /// -WorkingDirectory: where to run.
    var workingDirectory: String?

    struct Failure: Error, Equatable { let message: String }

    private struct Parameter {
        let name: String          // full name, lower case
        let shortest: String      // the shortest prefix pwsh accepts
        var aliases: [String] = []
        let takesValue: Bool
    }

    private enum Kind { case ignored, file, command, encodedCommand, noExit, workingDirectory, version, help }

    private static let parameters: [(Parameter, Kind)] = [
        (Parameter(name: "file", shortest: "f", takesValue: true), .file),
        (Parameter(name: "command", shortest: "c", takesValue: true), .command),
        (Parameter(name: "encodedcommand", shortest: "e", aliases: ["ec"], takesValue: true), .encodedCommand),
        (Parameter(name: "noexit", shortest: "noe", takesValue: false), .noExit),
        (Parameter(name: "workingdirectory", shortest: "wo", aliases: ["wd"], takesValue: true), .workingDirectory),
        (Parameter(name: "version", shortest: "v", takesValue: false), .version),
        (Parameter(name: "help", shortest: "h", aliases: ["?"], takesValue: false), .help),
        (Parameter(name: "noprofile", shortest: "nop", takesValue: false), .ignored),
        (Parameter(name: "noprofileloadtime", shortest: "noprofileloadtime", takesValue: false), .ignored),
        (Parameter(name: "nologo", shortest: "nol", takesValue: false), .ignored),
        (Parameter(name: "noninteractive", shortest: "noni", takesValue: false), .ignored),
        (Parameter(name: "interactive", shortest: "i", takesValue: false), .ignored),
        (Parameter(name: "login", shortest: "l", takesValue: false), .ignored),
        (Parameter(name: "mta", shortest: "mta", takesValue: false), .ignored),
        (Parameter(name: "sta", shortest: "sta", takesValue: false), .ignored),
        (Parameter(name: "executionpolicy", shortest: "ex", aliases: ["ep"], takesValue: true), .ignored),
        (Parameter(name: "inputformat", shortest: "inp", aliases: ["if"], takesValue: true), .ignored),
        (Parameter(name: "outputformat", shortest: "o", aliases: ["of"], takesValue: true), .ignored),
        (Parameter(name: "windowstyle", shortest: "w", takesValue: true), .ignored),
        (Parameter(name: "settingsfile", shortest: "settings", takesValue: true), .ignored),
        (Parameter(name: "configurationname", shortest: "config", takesValue: true), .ignored),
    ]

    /// licenselab's own options, left as they are (`--demo`, `--tenant PATH`, `--what-if SCRIPT`,
    /// `-c`, `--command`, `--help`, `--version`, and ArgumentParser's completion options).
    private static let ownTakingValue: Set<String> = ["--tenant", "--what-if", "--command", "--generate-completion-script"]

    static func normalize(_ args: [String]) throws(Failure) -> PwshCommandLine {
        var out = PwshCommandLine(arguments: [])
        var i = 0
        while i < args.count {
            let a = args[i]
            // the script file (or `-` for stdin) ends the options: the rest is the script's
            if a == "-" || !a.hasPrefix("-") {
                out.arguments += args[i...]
                return out
            }
            if a.hasPrefix("--") {
                // licenselab's own long options; `--` ends the options as usual
                out.arguments.append(a)
                if ownTakingValue.contains(a), i + 1 < args.count { out.arguments.append(args[i + 1]); i += 1 }
                if a == "--" { out.arguments += args[(i + 1)...]; return out }
                i += 1
                continue
            }
            var key = String(a.dropFirst()).lowercased()
            var inlineValue: String?
            if let colon = key.firstIndex(of: ":") {   // -ExecutionPolicy:Bypass
                inlineValue = String(a.dropFirst()[colon...].dropFirst())
                key = String(key[..<colon])
            }
            guard let (p, kind) = parameters.first(where: { p, _ in
                p.aliases.contains(key) || (key.count >= p.shortest.count && p.name.hasPrefix(key))
            }) else {
                // pwsh takes an argument it does not know for the script file, and fails on it
                throw Failure(message: "The argument '\(a)' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.")
            }
            var value: String?
            if p.takesValue {
                if let inlineValue { value = inlineValue } else if i + 1 < args.count { value = args[i + 1]; i += 1 }
                guard let v = value, kind == .command || !v.isEmpty else {
                    throw Failure(message: "Cannot process the command because of a missing parameter. A command must follow -\(canonical(p.name)).")
                }
                value = v
            }
            i += 1
            switch kind {
            case .ignored: break
            case .noExit: out.noExit = true
            case .workingDirectory: out.workingDirectory = value
            case .version: out.arguments.append("--version")
            case .help: out.arguments.append("--help")
            case .file:
                // -File PATH ARGS...: the script and its arguments
                out.arguments.append(value ?? "")
                out.arguments += args[i...]
                return out
            case .command:
                // pwsh joins the rest of the line into the command text; `-` reads it from stdin
                let text = ([value ?? ""] + args[i...]).joined(separator: " ")
                if text == "-" { out.arguments.append("-") } else { out.arguments += ["-Command", text] }
                return out
            case .encodedCommand:
                guard let text = decode(value ?? "") else {
                    throw Failure(message: "Cannot process the command because the value specified with -EncodedCommand is not properly encoded. The value must be Base64 encoded.")
                }
                out.arguments += ["-Command", text]
                out.arguments += args[i...]
                return out
            }
        }
        return out
    }

    /// -EncodedCommand's text: Base64 of the script in UTF-16 little-endian.
    static func decode(_ base64: String) -> String? {
        guard let data = Data(base64Encoded: base64), data.count % 2 == 0 else { return nil }
        let units = stride(from: 0, to: data.count, by: 2).map { UInt16(data[data.startIndex + $0]) | UInt16(data[data.startIndex + $0 + 1]) << 8 }
        return String(decoding: units, as: UTF16.self)
    }

    private static func canonical(_ name: String) -> String {
        let names = ["file": "File", "command": "Command", "encodedcommand": "EncodedCommand", "workingdirectory": "WorkingDirectory",
                     "executionpolicy": "ExecutionPolicy", "inputformat": "InputFormat", "outputformat": "OutputFormat",
                     "windowstyle": "WindowStyle", "settingsfile": "SettingsFile", "configurationname": "ConfigurationName"]
        return names[name] ?? name
    }
}
