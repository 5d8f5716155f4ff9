import Foundation

extension CompletionEngine {
    func looksLikePath(_ word: String) -> Bool {
        word.hasPrefix(".") || word.hasPrefix("/") || word.hasPrefix("~") || word.contains("/") || word.contains("\\")
    }

    /// Files and directories whose names start with the last path component typed (relative
    /// to the session's current location); directories end with `/`.
    func paths(_ input: CompletionInput) -> [CompletionMatch] {
        let typed = input.unquotedWord.replacingOccurrences(of: "\\", with: "/")
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let directory = directoryPart.isEmpty ? session.currentLocation : session.resolvePath(directoryPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let prefix = NameKey.fold(namePrefix)
        let showHidden = namePrefix.hasPrefix(".")
        var out: [CompletionMatch] = []
        for name in names.sorted(by: { NameKey.fold($0) < NameKey.fold($1) })
        where NameKey.fold(name).hasPrefix(prefix) && (showHidden || !name.hasPrefix(".")) {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            let text = directoryPart + name + (isDirectory.boolValue ? "/" : "")
            out.append(CompletionMatch(quoted(text, quote: input.openQuote), listItemText: name + (isDirectory.boolValue ? "/" : ""), kind: isDirectory.boolValue ? .directory : .file))
        }
        return out
    }
}
