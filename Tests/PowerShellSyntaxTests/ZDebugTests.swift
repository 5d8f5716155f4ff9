import Testing
@testable import PowerShellSyntax
import Foundation

@Test func debugDump() throws {
    guard let path = ProcessInfo.processInfo.environment["PSDUMP"] else { return }
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? path
    let r = Parser.parse(text)
    for s in r.scriptBlock.endBlock?.statements ?? [] { print("| " + AstDump.dump(s)) }
    if let p = r.scriptBlock.paramBlock { print("| PARAM " + AstDump.paramBlock(p)) }
    for e in r.errors { print("| ERR \(e) incomplete=\(e.incompleteInput)") }
}
