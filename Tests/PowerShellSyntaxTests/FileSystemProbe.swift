import Foundation

/// Minimal file access for tests that read the shared acceptance scripts.
enum FileSystemProbe {
    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Every `.ps1` file under `root`, sorted, with its text.
    static func scripts(under root: String) -> [(path: String, text: String)] {
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [(String, String)] = []
        for case let rel as String in e where rel.hasSuffix(".ps1") {
            let full = root + "/" + rel
            if let data = FileManager.default.contents(atPath: full), let text = String(data: data, encoding: .utf8) {
                out.append((full, text))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
