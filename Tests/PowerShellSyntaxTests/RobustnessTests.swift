import Testing
@testable import PowerShellSyntax

/// Deterministic pseudo-random numbers (xorshift), so failures reproduce.
struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

@Suite struct RobustnessTests {
    static let fallbackCorpus = [
        "function F { param([Parameter(Mandatory)][string]$a) begin { } process { \"$a $($a.Length)\" } }",
        "$h = @{ a = 1; 'b' = @(1, 2) }; switch -regex ($x) { '^a' { 1 } default { 2 } }",
        "try { Get-X -A 1,2 | ? { $_ -gt 1 } } catch [System.Exception] { throw } finally { }",
        "@\"\nx $(1 + 2) y\n\"@ -f 1; [System.Collections.Generic.List[string]]::new().Add('x')",
    ]

    static func corpus() -> [String] {
        var texts = fallbackCorpus
        if let root = acceptanceFolder() {
            texts += FileSystemProbe.scripts(under: root).map(\.text)
        }
        return texts
    }

    static let noise: [Character] = ["{", "}", "(", ")", "[", "]", "\"", "'", "$", "@", "`", "|", "-", "\n", ";", ",", ".", ":", "#", "<", ">", "=", "\u{2013}", "\u{201C}", "a", "1", " "]

    static func mutate(_ text: String, _ rng: inout XorShift) -> String {
        var chars = Array(text)
        let edits = 1 + rng.below(4)
        for _ in 0..<edits {
            guard !chars.isEmpty else { break }
            let i = rng.below(chars.count)
            switch rng.below(4) {
            case 0: chars.remove(at: i)
            case 1: chars.insert(noise[rng.below(noise.count)], at: i)
            case 2: chars.insert(chars[i], at: i)
            default:
                let j = min(chars.count, i + 1 + rng.below(20))
                chars.removeSubrange(i..<j)
            }
        }
        return String(chars)
    }

    /// Every error must point inside the source, and the tree must be walkable.
    static func checkResult(_ r: ParseResult, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let count = r.source.count
        let inside = r.errors.allSatisfy { $0.extent.startOffset >= 0 && $0.extent.endOffset <= count }
        #expect(inside, "error outside the source for: \(text)", sourceLocation: sourceLocation)
        #expect(!AstDump.dump(r.scriptBlock).isEmpty || r.scriptBlock.endBlock?.statements.isEmpty != false)
    }

    @Test func mutatedScriptsAlwaysParseToAResult() {
        var rng = XorShift(state: 0x9E3779B97F4A7C15)
        var parsed = 0
        for text in RobustnessTests.corpus() {
            for _ in 0..<150 {
                let m = RobustnessTests.mutate(text, &rng)
                RobustnessTests.checkResult(Parser.parse(m), m)
                parsed += 1
            }
        }
        #expect(parsed >= 600)
    }

    @Test func truncatedScriptsAlwaysParseToAResult() {
        var parsed = 0
        for text in RobustnessTests.corpus() {
            let chars = Array(text)
            let step = max(1, chars.count / 120)
            var cut = 0
            while cut <= chars.count {
                let t = String(chars[0..<cut])
                RobustnessTests.checkResult(Parser.parse(t), t)
                parsed += 1
                cut += step
            }
        }
        #expect(parsed >= 400)
    }

    @Test(arguments: ["(", "{", "@(", "$(", "@{a=", "[int]", "-not ", ",", "\"$(", "if(1){", "$x[", "!"])
    func deepNestingIsACleanErrorNotACrash(opener: String) {
        let text = String(repeating: opener, count: 5000) + "1"
        let r = Parser.parse(text)
        #expect(!r.errors.isEmpty)
        #expect(r.errors.contains { $0.errorId == "ScriptTooComplicated" || $0.incompleteInput })
    }

    @Test func nestingBelowTheLimitParses() {
        let depth = 150
        let text = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let r = Parser.parse(text)
        #expect(r.errors.isEmpty)
    }

    @Test func nestingAboveTheLimitIsScriptTooComplicated() {
        let depth = 400
        let text = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(errorIds(text) == ["ScriptTooComplicated"])
    }

    /// A chain builds a tree as deep as it is long (`1+1+…+1` is left-deep): its links count toward
    /// the tree-depth budget, so neither evaluating nor releasing an accepted tree can overflow
    /// the stack (issue #11: 20,000 operands crashed the shell).
    @Test(arguments: [
        String(repeating: "1+", count: 20_000) + "1",
        "$a" + String(repeating: ".b", count: 20_000),
        "$a" + String(repeating: "[0]", count: 20_000),
        "$a" + String(repeating: ".M()", count: 20_000),
        "$null = {" + String(repeating: "1+", count: 60_000) + "1}",
        String(repeating: "-not ", count: 1_000) + "1",
    ])
    func longChainsAreScriptTooComplicated(_ text: String) {
        #expect(errorIds(text) == ["ScriptTooComplicated"])
    }

    @Test func aChainOnATallOperandCountsTheOperandsHeight() {
        // each level starts from the one below, so the tree stays within the budget
        let inner = "(" + String(repeating: "1+", count: 300) + "1)"
        #expect(errorIds("(" + inner + String(repeating: "+1", count: 150) + ")" + String(repeating: "+1", count: 40)).isEmpty)
        #expect(errorIds(inner + String(repeating: "+1", count: 300)) == ["ScriptTooComplicated"])
        #expect(errorIds(inner + String(repeating: ".x", count: 300)) == ["ScriptTooComplicated"])
    }

    @Test func chainsOfEveryDayLengthParse() {
        #expect(errorIds(String(repeating: "$x + ", count: 400) + "1").isEmpty)
        #expect(errorIds("$a" + String(repeating: ".b", count: 400)).isEmpty)
    }

    @Test func deeplyNestedStringsAreBounded() {
        var text = "1"
        for _ in 0..<200 { text = "\"$(" + text + ")\"" }
        let r = Parser.parse(text)
        RobustnessTests.checkResult(r, text)
    }

    @Test func controlAndOddCharactersDoNotCrash() {
        let odd = "\u{0}\u{1}\u{7F}\u{FFFD}\u{1F600}\u{200B}\u{2028}\u{00A0}x\u{0}"
        let r = Parser.parse("Write-Host " + odd + "\n$a\u{00A0}=\u{00A0}1")
        RobustnessTests.checkResult(r, odd)
        #expect(AstDump.dump(r.scriptBlock).contains("(= $a 1)"))
    }

    /// A string's `$( … )` is parsed once and only up to the end the scanner found for it:
    /// strings nested in strings and left open once made each subexpression parse the rest of
    /// the script again (a 4 KB fuzzed script took 12 s). The work is counted in tokens read.
    @Test func stringsNestedInStringsLeftOpenAreReadOnce() {
        let line = "\"states: $(@($states).Count); in error: $(@($states | Where-Object { $er]::new()\n[v.Error -ne 'None' }).Count)\"\n"
        let text = "$i .Count)\"\n" + String(repeating: line + "$s | W { $_.E -ne  [S] SkuId\n", count: 40)
        let parser = ScriptParser(source: SourceText(text, fileName: nil))
        _ = parser.parseScript()
        #expect(parser.tokens.count < 4 * text.utf8.count, "\(parser.tokens.count) tokens read for \(text.utf8.count) characters")
    }
}
