import Foundation

/// Get-Credential: asks the host for a user name (unless -UserName) and a password, and returns
/// a PSCredential (UserName, Password as a SecureString, GetNetworkCredential()).
final class GetCredentialCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Credential",
        parameters: [
            ParameterMetadata(name: "Credential", type: "object", position: 0),
            ParameterMetadata(name: "UserName", type: "string", position: 0, parameterSets: ["MessageSet"]),
            ParameterMetadata(name: "Message", type: "string", parameterSets: ["MessageSet"]),
            ParameterMetadata(name: "Title", type: "string", parameterSets: ["MessageSet"]),
        ],
        outputTypes: ["System.Management.Automation.PSCredential"],
        moduleName: "Microsoft.PowerShell.Security",
        synopsis: "Gets a credential object based on a user name and password.",
        examples: [
            CommandExample(code: "try { $cred = Get-Credential -UserName ann@example.com -Message 'Password for the report job' } catch { 'No password was entered: run this in a terminal.' }",
                           remarks: "Asks for ann@example.com's password and returns a PSCredential. When nothing can be read (no terminal, or input already at its end) Get-Credential fails; the catch reports it (the test suite runs it so)."),
            CommandExample(code: "$given = [pscredential]::new('ann', (ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force))\n(Get-Credential -Credential $given).UserName",
                           remarks: "A PSCredential given to -Credential comes back as it is, without a prompt: a function can take a credential or a user name and always end up with a credential.",
                           expectedOutput: "ann"),
        ])
    init() {}

    func end(_ context: CommandContext) throws {
        if let c = context.value("Credential"), !c.isNull, case .object = c {
            try context.writeObject(c)
            return
        }
        let host = context.host
        func noInput() -> RuntimeError {
            context.terminatingError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.", errorId: "System.InvalidOperationException", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
        }
        var user = context.string("UserName") ?? (context.value("Credential").map { LanguagePrimitives.toString($0) })
        if host.isInteractive {
            context.session.writeToHost("\nPowerShell credential request\n" + (context.string("Message") ?? "Enter your credentials.") + "\n", to: .output)
        }
        if user == nil || user?.isEmpty == true {
            guard let u = host.readLine(prompt: "User: ") else { try context.session.stopIfReadWasInterrupted(); throw noInput() }
            user = u
        }
        guard let password = host.readSecretLine(prompt: "Password for user \(user ?? ""): ") else { try context.session.stopIfReadWasInterrupted(); throw noInput() }
        try context.writeObject(CredentialSupport.credential(user ?? "", SecureStringObject(password)))
    }
}

enum CredentialSupport {
    /// The same shape the runtime's `[pscredential]::new()` builds, plus GetNetworkCredential().
    static func credential(_ user: String, _ password: SecureStringObject) -> Value {
        let o = PSObject(properties: [("UserName", .string(user)), ("Password", .native(password))], typeName: "System.Management.Automation.PSCredential")
        let plain = password.text
        o.add(PSMember(name: "GetNetworkCredential", kind: .codeMethod({ _, _ in
            var domain = "", name = user
            if let slash = user.firstIndex(of: "\\") { domain = String(user[..<slash]); name = String(user[user.index(after: slash)...]) }
            return .object(PSObject(properties: [("UserName", .string(name)), ("Password", .string(plain)), ("SecurePassword", .native(SecureStringObject(plain))), ("Domain", .string(domain))], typeName: "System.Net.NetworkCredential"))
        })))
        return .object(o)
    }
}

/// ConvertTo-SecureString: plain text (-AsPlainText) or the text ConvertFrom-SecureString made.
final class ConvertToSecureStringCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertTo-SecureString",
        parameters: [
            ParameterMetadata(name: "String", type: "string", position: 0, mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "AsPlainText", type: "switch", position: 1, parameterSets: ["PlainText"]),
            ParameterMetadata(name: "Force", type: "switch", position: 2, parameterSets: ["PlainText"]),
            ParameterMetadata(name: "Key", type: "byte[]", parameterSets: ["Open"]),
            ParameterMetadata(name: "SecureKey", type: "object", position: 1, parameterSets: ["Secure"]),
        ],
        defaultParameterSet: "Secure",
        outputTypes: ["System.Security.SecureString"],
        moduleName: "Microsoft.PowerShell.Security",
        synopsis: "Converts plain text or encrypted strings to secure strings.",
        examples: [
            CommandExample(code: "$secure = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force\n$secure",
                           remarks: "A SecureString from plain text, for a -Password parameter or a PSCredential; it never shows its content.",
                           expectedOutput: "System.Security.SecureString"),
            CommandExample(code: "$cred = [pscredential]::new('ann@example.com', (ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force))\n$cred.UserName",
                           remarks: "A credential built without a prompt, for scripts that run unattended.",
                           expectedOutput: "ann@example.com"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let text = (context.inputObject ?? context.value("String")).map { LanguagePrimitives.toString($0) } ?? ""
        if context.switchPresent("AsPlainText") {
            try context.writeObject(.native(SecureStringObject(text)))
            return
        }
        guard let plain = CredentialSupport.decode(text) else {
            throw context.terminatingError("Input string was not in a correct format.", errorId: "ImportSecureString_InvalidArgument", category: .InvalidArgument, exceptionType: "System.FormatException", targetObject: .string(text))
        }
        try context.writeObject(.native(SecureStringObject(plain)))
    }
}

/// ConvertFrom-SecureString: a secure string as text (-AsPlainText gives the plain text; otherwise
/// a hex encoding that ConvertTo-SecureString reads back in this shell).
final class ConvertFromSecureStringCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertFrom-SecureString",
        parameters: [
            ParameterMetadata(name: "SecureString", type: "object", position: 0, mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "AsPlainText", type: "switch", parameterSets: ["AsPlainText"]),
            ParameterMetadata(name: "Key", type: "byte[]", parameterSets: ["Open"]),
            ParameterMetadata(name: "SecureKey", type: "object", position: 1, parameterSets: ["Secure"]),
        ],
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Security",
        synopsis: "Converts a secure string to an encrypted standard string.",
        examples: [
            CommandExample(code: "ConvertTo-SecureString 'hunter2' -AsPlainText -Force | ConvertFrom-SecureString | Set-Content secret.txt\n$secure = Get-Content secret.txt | ConvertTo-SecureString\n$secure.Length",
                           remarks: "Saves a secure string as text and reads it back. In LicenseLab that text is an encoding, not encryption: keep such files private.",
                           expectedOutput: "7"),
            CommandExample(code: "ConvertTo-SecureString 'hunter2' -AsPlainText -Force | ConvertFrom-SecureString -AsPlainText",
                           remarks: "-AsPlainText gives back the plain text.",
                           expectedOutput: "hunter2"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        guard case .native(let n)? = context.inputObject ?? context.value("SecureString"), let s = n as? SecureStringObject else {
            throw context.terminatingError("Cannot bind parameter 'SecureString'. The argument is not a SecureString.", errorId: "CannotConvertArgument", category: .InvalidArgument, exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        try context.writeObject(.string(context.switchPresent("AsPlainText") ? s.text : CredentialSupport.encode(s.text)))
    }
}

extension CredentialSupport {
    /// UTF-16LE bytes as lower-case hex, after a fixed marker (not encryption: a sandbox stand-in).
    static let marker = "01000000"

    static func encode(_ text: String) -> String {
        marker + text.utf16.map { String(format: "%02x%02x", $0 & 0xFF, $0 >> 8) }.joined()
    }

    static func decode(_ hex: String) -> String? {
        guard hex.hasPrefix(marker) else { return nil }
        let body = Array(hex.dropFirst(marker.count).utf8)
        guard body.count % 4 == 0 else { return nil }
        var units: [UInt16] = []
        var i = 0
        while i < body.count {
            guard let lo = UInt16(String(decoding: body[i..<(i + 2)], as: UTF8.self), radix: 16),
                  let hi = UInt16(String(decoding: body[(i + 2)..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
            units.append(lo | hi << 8)
            i += 4
        }
        return String(decoding: units, as: UTF16.self)
    }
}
