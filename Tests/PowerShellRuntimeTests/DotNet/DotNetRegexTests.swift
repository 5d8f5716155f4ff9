import Testing
@testable import PowerShellRuntime

@Suite struct DotNetRegexTests {
    @Test func replaceUsesNumberedGroupSubstitutions() throws {
        let r = try DotNetRegex.compile(#"(\w+) (\w+)"#)
        #expect(r.replace(in: "John Smith", with: "$2, $1") == "Smith, John")
        let c = try DotNetRegex.compile("([A-Z])", caseSensitive: true)
        #expect(c.replace(in: "CamelCase", with: "_$1") == "_Camel_Case")
        #expect(try DotNetRegex.compile(#"\d+"#).replace(in: "a1b22c333", with: "#") == "a#b#c#")
    }

    @Test func replaceSupportsAllDotNetSubstitutionTokens() throws {
        let r = try DotNetRegex.compile("(?<word>b+)")
        #expect(r.replace(in: "abbc", with: "[${word}]") == "a[bb]c")
        #expect(r.replace(in: "abbc", with: "[$1]") == "a[bb]c")
        #expect(r.replace(in: "abbc", with: "$$") == "a$c")
        #expect(r.replace(in: "abbc", with: "<$&>") == "a<bb>c")
        #expect(r.replace(in: "abbc", with: "<$`>") == "a<a>c")
        #expect(r.replace(in: "abbc", with: "<$'>") == "a<c>c")
        #expect(r.replace(in: "abbc", with: "<$_>") == "a<abbc>c")
        #expect(r.replace(in: "abbc", with: "<$+>") == "a<bb>c")
        // a group that does not exist stays literal, as do unknown names
        #expect(r.replace(in: "abbc", with: "$2") == "a$2c")
        #expect(r.replace(in: "abbc", with: "${nope}") == "a${nope}c")
        #expect(r.replace(in: "abbc", with: "$") == "a$c")
    }

    @Test func replaceWithEvaluatorSeesEachMatch() throws {
        let r = try DotNetRegex.compile(#"\d"#)
        let out = r.replace(in: "a1b2") { m in String(Int(m.value)! * 10) }
        #expect(out == "a10b20")
    }

    @Test func namedGroupsAreNumberedAfterUnnamedOnesLikeDotNet() throws {
        let r = try DotNetRegex.compile("(?<x>a)(b)")
        #expect(r.groupNames == ["0", "1", "x"])
        let m = try #require(r.firstMatch(in: "ab"))
        #expect(m.groups[1].value == "b")
        #expect(m.groups[2].name == "x")
        #expect(m.groups[2].value == "a")
        #expect(r.replace(in: "ab", with: "$1$2") == "ba")
    }

    @Test func matchReportsGroupsAndNamedCaptures() throws {
        let r = try DotNetRegex.compile("^(?<alias>[^@]+)@(?<domain>.+)$")
        let m = try #require(r.firstMatch(in: "user@contoso.onmicrosoft.com"))
        #expect(m.group(named: "alias")?.value == "user")
        #expect(m.group(named: "domain")?.value == "contoso.onmicrosoft.com")
        #expect(m.index == 0 && m.length == 28)
    }

    @Test func namesWithUnderscoresAndBackReferencesWork() throws {
        let r = try DotNetRegex.compile(#"(?<first_name>\w+) \k<first_name>"#)
        #expect(r.isMatch("bob bob"))
        #expect(!r.isMatch("bob ann"))
        #expect(try DotNetRegex.compile(#"(\w)\1"#).isMatch("xaay"))
        // \1 refers to .NET group 1 even when a named group comes first
        let mixed = try DotNetRegex.compile(#"(?<n>x)(y)\1"#)
        #expect(mixed.isMatch("xyy"))
        #expect(!mixed.isMatch("xyx"))
    }

    @Test func failedGroupsReportNoSuccess() throws {
        let r = try DotNetRegex.compile("(a)|(b)")
        let m = try #require(r.firstMatch(in: "b"))
        #expect(!m.groups[1].success)
        #expect(m.groups[1].value == "")
        #expect(m.groups[2].success)
    }

    @Test func emptyPatternMatchesEverywhere() throws {
        let r = try DotNetRegex.compile("")
        #expect(r.isMatch("abc"))
        #expect(r.replace(in: "abc", with: "-") == "-a-b-c-")
    }

    @Test func matchingIsCaseInsensitiveByDefault() throws {
        #expect(try DotNetRegex.compile("^smtp:").isMatch("SMTP:Ann@Contoso.com"))
        #expect(!(try DotNetRegex.compile("^smtp:", caseSensitive: true).isMatch("SMTP:Ann@Contoso.com")))
    }

    @Test func splitInsertsCapturedGroupsAndHonoursCount() throws {
        let r = try DotNetRegex.compile(#"(\d)"#)
        #expect(r.split("a1b2c") == ["a", "1", "b", "2", "c"])
        #expect(r.split("a1b2c", count: 2) == ["a", "1", "b2c"])
        #expect(r.split("a1b2c", count: 1) == ["a1b2c"])
        #expect(try DotNetRegex.compile(",").split("a,,b") == ["a", "", "b"])
        #expect(try DotNetRegex.compile(",").split("abc") == ["abc"])
        #expect(try DotNetRegex.compile("").split("abc") == ["", "a", "b", "c", ""])
        #expect(try DotNetRegex.compile(#"\s+"#).split("one two  three") == ["one", "two", "three"])
    }

    @Test func indexesAreUtf16Offsets() throws {
        let m = try #require(try DotNetRegex.compile("b").firstMatch(in: "😀b"))
        #expect(m.index == 2)
        #expect(m.length == 1)
    }

    @Test func literalBracesAndQuantifierBracesBothWork() throws {
        #expect(try DotNetRegex.compile("{abc}").isMatch("x{abc}"))
        #expect(try DotNetRegex.compile("^a{2}$").isMatch("aa"))
        #expect(try DotNetRegex.compile(#"\{0\}"#).replace(in: "Hi {0}", with: "Ann") == "Hi Ann")
        #expect(try DotNetRegex.compile("a{,2}").isMatch("a{,2}"))
    }

    @Test func lazyQuantifiersAndLookbehindCompile() throws {
        let lazy = try DotNetRegex.compile("<.+?>")
        #expect(lazy.firstMatch(in: "<a><b>")?.value == "<a>")
        #expect(try DotNetRegex.compile(#"(?<=@)\w+"#).firstMatch(in: "ann@contoso")?.value == "contoso")
        #expect(try DotNetRegex.compile(#"a+?b*?c??"#).isMatch("aab"))
    }

    @Test func explicitCaptureMakesPlainParenthesesNonCapturing() throws {
        let r = try DotNetRegex.compile("(a)(?<n>b)", explicitCapture: true)
        #expect(r.groupNames == ["0", "n"])
        #expect(try DotNetRegex.compile("(?n)(a)(?<m>b)").groupNames == ["0", "m"])
        #expect(try DotNetRegex.compile("(a)(?n:(b))(c)").groupNames == ["0", "1", "2"])
        #expect(try DotNetRegex.compile("(?n:(a)(?-n:(b)))").groupNames == ["0", "1"])
        #expect(try DotNetRegex.compile("(?in)(A)").isMatch("a"))
    }

    @Test func characterClassSubtractionIsTranslated() throws {
        let r = try DotNetRegex.compile("^[a-z-[aeiou]]+$")
        #expect(r.isMatch("xyz"))
        #expect(!r.isMatch("xaz"))
    }

    @Test func syntaxErrorsReadLikeDotNet() {
        func message(_ p: String) -> String? {
            do { _ = try DotNetRegex.compile(p); return nil } catch let e as RegexError { return e.message } catch { return "\(error)" }
        }
        #expect(message("(") == "Invalid pattern '(' at offset 1. Not enough )'s.")
        #expect(message("a)") == "Invalid pattern 'a)' at offset 2. Too many )'s.")
        #expect(message("[a") == "Invalid pattern '[a' at offset 2. Unterminated [] set.")
        #expect(message("*a") == "Invalid pattern '*a' at offset 1. Quantifier '*' following nothing.")
        #expect(message("a**") == "Invalid pattern 'a**' at offset 3. Nested quantifier '*'.")
        #expect(message("a\\") == "Invalid pattern 'a\\' at offset 2. Illegal \\\\ at end of pattern.")
        #expect(message(#"a\q"#) == #"Invalid pattern 'a\q' at offset 3. Unrecognized escape sequence \\q."#)
        #expect(message(#"\k<zz>"#) == "Invalid pattern '\\k<zz>' at offset 6. Reference to undefined group name 'zz'.")
    }

    @Test func repeatedGroupNamesShareOneGroup() throws {
        let r = try DotNetRegex.compile("(?<n>a)|(?<n>b)")
        #expect(r.groupNames == ["0", "n"])
        #expect(r.firstMatch(in: "b")?.group(named: "n")?.value == "b")
        #expect(r.replace(in: "ab", with: "<${n}>") == "<a><b>")
    }

    @Test func octalNullAndReversedRangeQuantifier() throws {
        #expect(try DotNetRegex.compile(#"a\0b"#).isMatch("a\u{0}b"))
        do { _ = try DotNetRegex.compile("x{2,1}"); Issue.record("expected error") }
        catch let e as RegexError { #expect(e.message == "Invalid pattern 'x{2,1}' at offset 6. Illegal {x,y} with x > y.") }
    }

    @Test func startAtKeepsAnchorsRelativeToTheWholeString() throws {
        let r = try DotNetRegex.compile(#"^\w"#)
        #expect(r.firstMatch(in: "ab", startAt: 1) == nil)
        let w = try DotNetRegex.compile(#"\w"#)
        #expect(w.firstMatch(in: "ab", startAt: 1)?.index == 1)
        #expect(w.matches(in: "abc", startAt: 1).map(\.value) == ["b", "c"])
        #expect(try DotNetRegex.compile(#"(?<=a)b"#).firstMatch(in: "ab", startAt: 1)?.value == "b")
    }

    @Test func ignorePatternWhitespaceKeepsSpacesInsideClasses() throws {
        #expect(try DotNetRegex.compile("^[a b]$", ignorePatternWhitespace: true).isMatch(" "))
        #expect(try DotNetRegex.compile("^a b # comment\n c$", ignorePatternWhitespace: true).isMatch("abc"))
        #expect(!(try DotNetRegex.compile("^a b$", ignorePatternWhitespace: true).isMatch("a b")))
    }

    @Test func compiledPatternsAreCached() throws {
        let a = try DotNetRegex.compile("ca+che")
        let b = try DotNetRegex.compile("ca+che")
        let c = try DotNetRegex.compile("ca+che", caseSensitive: true)
        #expect(a === b)
        #expect(a !== c)
    }

    @Test func escapeMatchesRegexEscape() {
        #expect(DotNetRegex.escape("a.b*c (d)") == #"a\.b\*c\ \(d\)"#)
        #expect(DotNetRegex.escape("x#y\tz]") == ##"x\#y\tz]"##)
        #expect(DotNetRegex.unescape(#"a\.b\tc"#) == "a.b\tc")
    }

    @Test func dotDoesNotMatchNewlineUnlessSingleline() throws {
        #expect(!(try DotNetRegex.compile("a.b").isMatch("a\nb")))
        #expect(try DotNetRegex.compile("a.b", singleline: true).isMatch("a\nb"))
        #expect(try DotNetRegex.compile("^b", multiline: true).isMatch("a\nb"))
        #expect(!(try DotNetRegex.compile("^b").isMatch("a\nb")))
    }
}
