import Foundation
import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// Bad input never crashes or hangs the shell: thousands of mutated and truncated versions of
/// real scripts (the shared acceptance scripts and this project's golden scripts) run through a
/// fresh session each, and every run must end — normally, with a clean error, or stopped by the
/// watchdog that plays Ctrl-C after a few seconds (a mutation can turn a loop into an endless one).
@Suite struct InterpreterRobustnessTests {
    /// Deterministic pseudo-random numbers (xorshift), so a failure reproduces.
    struct Rng {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return n <= 0 ? 0 : Int(state % UInt64(n))
        }
    }

    static let noise: [Character] = ["{", "}", "(", ")", "[", "]", "\"", "'", "$", "@", "`", "|", "-", "\n", ";", ",", ".", "=", "a", "1", " ", "\u{2013}"]

    static func mutate(_ text: String, _ rng: inout Rng) -> String {
        var chars = Array(text)
        for _ in 0..<(1 + rng.below(4)) {
            guard !chars.isEmpty else { break }
            let i = rng.below(chars.count)
            switch rng.below(4) {
            case 0: chars.remove(at: i)
            case 1: chars.insert(noise[rng.below(noise.count)], at: i)
            case 2: chars.insert(chars[i], at: i)
            default: chars.removeSubrange(i..<min(chars.count, i + 1 + rng.below(20)))
            }
        }
        return String(chars)
    }

    /// Scripts to mutate: shared language acceptance scripts and the golden scripts, minus the
    /// few that wait on purpose (sleeps) so the suite stays quick.
    static func corpus() -> [String] {
        let folders = [SharedAcceptance.goldens("language").root, PackageLayout.scripts.root.appendingPathComponent("language")]
        var texts: [String] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            for f in files.sorted(by: { $0.path < $1.path }) where f.pathExtension == "ps1" {
                guard let t = try? String(contentsOf: f, encoding: .utf8), !t.localizedCaseInsensitiveContains("Start-Sleep"),
                      !t.localizedCaseInsensitiveContains("Read-Host") else { continue }
                texts.append(t)
            }
        }
        return texts
    }

    /// Runs one script in a fresh session inside `directory`, stopping it after `seconds`; then
    /// returns what the same session prints for a plain statement (it must still work).
    static func run(_ text: String, in directory: String, seconds: Double = 3) -> String {
        let host = TestHost()
        let session = Session(host: host)
        _ = session.runScript(text: "Set-Location -LiteralPath '\(directory.replacingOccurrences(of: "'", with: "''"))'", path: nil, arguments: [])
        let stop = session.stopRequest
        let watchdog = DispatchWorkItem { stop.request() }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
        _ = session.runScript(text: text, path: nil, arguments: [])
        watchdog.cancel()
        session.stopRequest.reset()
        host.stdout = ""
        _ = session.runScript(text: "'still here'", path: nil, arguments: [])
        return host.stdout
    }

    static func scratchDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("licenselab-robustness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    @Test func mutatedScriptsEndWithAResultOrACleanError() throws {
        let texts = InterpreterRobustnessTests.corpus()
        try #require(!texts.isEmpty)
        let dir = try InterpreterRobustnessTests.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var rng = Rng(state: 0x2545F4914F6CDD1D)
        var runs = 0
        let perScript = max(20, 1500 / texts.count)
        for text in texts {
            for _ in 0..<perScript {
                let mutated = InterpreterRobustnessTests.mutate(text, &rng)
                #expect(InterpreterRobustnessTests.run(mutated, in: dir) == "still here\n", "session unusable after: \(mutated)")
                runs += 1
            }
        }
        #expect(runs >= 1000)
    }

    @Test func truncatedScriptsEndWithAResultOrACleanError() throws {
        let texts = InterpreterRobustnessTests.corpus()
        try #require(!texts.isEmpty)
        let dir = try InterpreterRobustnessTests.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var runs = 0
        for text in texts {
            let chars = Array(text)
            let step = max(1, chars.count / 40)
            var cut = 0
            while cut < chars.count {
                let truncated = String(chars[0..<cut])
                #expect(InterpreterRobustnessTests.run(truncated, in: dir) == "still here\n", "session unusable after: \(truncated)")
                runs += 1
                cut += step
            }
        }
        #expect(runs >= 200)
    }
}
