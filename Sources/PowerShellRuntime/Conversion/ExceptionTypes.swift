/// The .NET exception hierarchy PowerShell scripts catch by name (`catch [System.ArgumentException]`).
/// Built-in entries are constants; modules register more on `TypeRegistry`.
public enum ExceptionTypes {
    /// child full name (folded) → parent full name.
    static let pairs: [(String, String)] = [
            ("System.SystemException", "System.Exception"),
            ("System.ApplicationException", "System.Exception"),
            ("System.ArgumentException", "System.SystemException"),
            ("System.ArgumentNullException", "System.ArgumentException"),
            ("System.ArgumentOutOfRangeException", "System.ArgumentException"),
            ("System.FormatException", "System.SystemException"),
            ("System.InvalidOperationException", "System.SystemException"),
            ("System.ObjectDisposedException", "System.InvalidOperationException"),
            ("System.NotSupportedException", "System.SystemException"),
            ("System.NotImplementedException", "System.SystemException"),
            ("System.InvalidCastException", "System.SystemException"),
            ("System.NullReferenceException", "System.SystemException"),
            ("System.IndexOutOfRangeException", "System.SystemException"),
            ("System.ArithmeticException", "System.SystemException"),
            ("System.DivideByZeroException", "System.ArithmeticException"),
            ("System.OverflowException", "System.ArithmeticException"),
            ("System.TimeoutException", "System.SystemException"),
            ("System.UnauthorizedAccessException", "System.SystemException"),
            ("System.Collections.Generic.KeyNotFoundException", "System.SystemException"),
            ("System.IO.IOException", "System.SystemException"),
            ("System.IO.FileNotFoundException", "System.IO.IOException"),
            ("System.IO.DirectoryNotFoundException", "System.IO.IOException"),
            ("System.Net.WebException", "System.InvalidOperationException"),
            ("System.Net.Http.HttpRequestException", "System.Exception"),
            ("System.Management.Automation.RuntimeException", "System.SystemException"),
            ("System.Management.Automation.ActionPreferenceStopException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.ParameterBindingException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.ParentContainsErrorRecordException", "System.SystemException"),
            ("System.Management.Automation.ItemNotFoundException", "System.Management.Automation.SessionStateException"),
            ("System.Management.Automation.SessionStateException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.DriveNotFoundException", "System.Management.Automation.SessionStateException"),
            ("System.Management.Automation.CommandNotFoundException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.MethodException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.MethodInvocationException", "System.Management.Automation.MethodException"),
            ("System.Management.Automation.PSInvalidCastException", "System.InvalidCastException"),
            ("System.Management.Automation.PSArgumentException", "System.ArgumentException"),
            ("System.Management.Automation.PSArgumentNullException", "System.ArgumentNullException"),
            ("System.Management.Automation.PSArgumentOutOfRangeException", "System.ArgumentOutOfRangeException"),
            ("System.Management.Automation.PSInvalidOperationException", "System.InvalidOperationException"),
            ("System.Management.Automation.PSNotSupportedException", "System.NotSupportedException"),
            ("System.Management.Automation.ValidationMetadataException", "System.Management.Automation.MetadataException"),
            ("System.Management.Automation.MetadataException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.ParseException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.IncompleteParseException", "System.Management.Automation.ParseException"),
            ("System.Management.Automation.PipelineStoppedException", "System.Management.Automation.RuntimeException"),
            ("System.Management.Automation.SetValueInvocationException", "System.Management.Automation.SetValueException"),
            ("System.Management.Automation.SetValueException", "System.Management.Automation.ExtendedTypeSystemException"),
            ("System.Management.Automation.GetValueInvocationException", "System.Management.Automation.GetValueException"),
            ("System.Management.Automation.GetValueException", "System.Management.Automation.ExtendedTypeSystemException"),
            ("System.Management.Automation.ExtendedTypeSystemException", "System.Management.Automation.RuntimeException"),
            ("Microsoft.PowerShell.Commands.WriteErrorException", "System.SystemException"),
            ("System.Exception", "System.Object"),
        ]
    static let parents: [String: String] = {
        var d: [String: String] = [:]
        for (c, p) in pairs { d[NameKey.fold(c)] = p }
        return d
    }()

    /// Short names scripts use without the namespace (`catch [ArgumentException]`).
    static func canonical(_ name: String, registry: TypeRegistry?) -> String {
        let f = NameKey.fold(name)
        if parents[f] != nil { return name }
        if let r = registry?.exceptionParent(of: name) { _ = r; return name }
        for prefix in ["System.", "System.Management.Automation.", "System.IO."] {
            let full = prefix + name
            if parents[NameKey.fold(full)] != nil { return full }
        }
        return name
    }

    /// The chain from the type itself up to System.Object, with proper spelling.
    static func chain(for typeName: String, registry: TypeRegistry?) -> [String] {
        var out: [String] = []
        var cur: String? = canonical(typeName, registry: registry)
        var seen = Set<String>()
        while let c = cur, !seen.contains(NameKey.fold(c)) {
            seen.insert(NameKey.fold(c))
            out.append(spelled(c))
            if NameKey.fold(c) == "system.object" { break }
            cur = registry?.exceptionParent(of: c) ?? parents[NameKey.fold(c)] ?? (NameKey.fold(c) == "system.exception" ? "System.Object" : "System.Exception")
        }
        if out.last.map(NameKey.fold) != "system.object" { out.append("System.Object") }
        return out
    }

    private static let spellings: [String: String] = {
        var d: [String: String] = [:]
        for (c, p) in pairs { d[NameKey.fold(c)] = c; d[NameKey.fold(p)] = p }
        return d
    }()

    static func spelled(_ name: String) -> String {
        spellings[NameKey.fold(name)] ?? name
    }

    static func isKnown(_ name: String) -> Bool {
        let f = NameKey.fold(name)
        return parents[f] != nil || f == "system.exception"
    }
}
