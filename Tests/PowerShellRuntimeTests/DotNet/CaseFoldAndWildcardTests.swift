import Testing
@testable import PowerShellRuntime

@Suite struct CaseFoldTests {
    @Test func foldLowersAsciiAndUnicode() {
        #expect(CaseFold.fold("Get-MsolUser") == "get-msoluser")
        #expect(CaseFold.fold("ÄÖÜ-Straße") == "äöü-straße")
        #expect(CaseFold.fold("already lower") == "already lower")
    }

    @Test func equalIgnoresCaseButNotLength() {
        #expect(CaseFold.equal("UserPrincipalName", "userprincipalname"))
        #expect(CaseFold.equal("ÉCOLE", "école"))
        #expect(!CaseFold.equal("abc", "abcd"))
        #expect(!CaseFold.equal("STRASSE", "straße"))
        #expect(CaseFold.equal("", ""))
    }

    @Test func compareOrdersLettersIgnoringCaseAndPunctuationFirst() {
        #expect(CaseFold.compare("apple", "Banana", caseSensitive: false) == -1)
        #expect(CaseFold.compare("B", "a", caseSensitive: false) == 1)
        #expect(CaseFold.compare("ABC", "abc", caseSensitive: false) == 0)
        #expect(CaseFold.compare("a", "A", caseSensitive: true) == -1)
        #expect(CaseFold.compare("A", "a", caseSensitive: true) == 1)
        #expect(CaseFold.compare("9", "a", caseSensitive: false) == -1)
        #expect(CaseFold.compare("_x", "1", caseSensitive: false) == -1)
        #expect(CaseFold.compare("ab", "abc", caseSensitive: false) == -1)
    }

    @Test func scalarFoldingAgreesWithTheUnicodeSimpleLowercaseMapping() {
        var mismatches: [UInt32] = []
        for v in UInt32(0)...UInt32(0x4FF) {
            guard let u = Unicode.Scalar(v) else { continue }
            let m = u.properties.lowercaseMapping.unicodeScalars
            let expected = m.count == 1 ? m.first! : u
            if CaseFold.foldScalar(u) != expected { mismatches.append(v) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func accentsSortWithTheirBaseLetter() {
        #expect(CaseFold.compare("école", "ecole", caseSensitive: false) == 1)
        #expect(CaseFold.compare("école", "fable", caseSensitive: false) == -1)
        #expect(CaseFold.compare("Émile", "emile", caseSensitive: false) == 1)
        #expect(CaseFold.compare("ÉCOLE", "école", caseSensitive: false) == 0)
        #expect(CaseFold.compare("école", "ÉCOLE", caseSensitive: true) == -1)
        let sorted = ["zeta", "Émile", "alpha", "Beta", "eve"].sorted { CaseFold.compare($0, $1, caseSensitive: false) < 0 }
        #expect(sorted == ["alpha", "Beta", "Émile", "eve", "zeta"])
    }
}

@Suite struct WildcardTests {
    @Test func starAndQuestionMarkMatchCaseInsensitively() {
        #expect(WildcardPattern("A*").matches("abc"))
        #expect(!WildcardPattern("A*", caseSensitive: true).matches("abc"))
        #expect(WildcardPattern("a?c").matches("abc"))
        #expect(!WildcardPattern("a?c").matches("ac"))
        #expect(WildcardPattern("*@contoso.com").matches("Ann@Contoso.com"))
        #expect(WildcardPattern("*").matches(""))
        #expect(WildcardPattern("a*b*c").matches("aXXbYYc"))
        #expect(!WildcardPattern("a*b*c").matches("aXXbYY"))
    }

    @Test func bracketSetsAndRanges() {
        #expect(WildcardPattern("[a-c]x").matches("Bx"))
        #expect(!WildcardPattern("[a-c]x").matches("dx"))
        #expect(WildcardPattern("E[135]").matches("E3"))
        #expect(!WildcardPattern("E[135]").matches("E2"))
        #expect(!WildcardPattern("[a-c]x", caseSensitive: true).matches("Bx"))
    }

    @Test func backtickEscapesWildcardCharacters() {
        #expect(WildcardPattern("a`*").matches("a*"))
        #expect(!WildcardPattern("a`*").matches("ab"))
        #expect(WildcardPattern("`[x`]").matches("[x]"))
        #expect(!WildcardPattern.containsWildcard("a`*b"))
        #expect(WildcardPattern.containsWildcard("a*b"))
        #expect(WildcardPattern.containsWildcard("[ab]"))
        #expect(!WildcardPattern.containsWildcard("plain"))
        #expect(WildcardPattern.unescape("a`*b") == "a*b")
    }

    @Test func unclosedBracketIsInvalidAndMatchesNothing() {
        let p = WildcardPattern("a[")
        #expect(!p.isValid)
        #expect(p.errorMessage == "The specified wildcard character pattern is not valid: a[")
        #expect(!p.matches("a["))
    }
}

@Suite struct WildcardUnicodeTests {
    @Test func nonAsciiTextFoldsToo() {
        #expect(WildcardPattern("ÉCOLE*").matches("école primaire"))
        #expect(WildcardPattern("*消息").matches("新消息"))
        #expect(!WildcardPattern("É*", caseSensitive: true).matches("école"))
        #expect(WildcardPattern("a?c").matches("aéc"))
    }
}

@Suite struct WildcardCacheTests {
    @Test func cachedPatternsMatchLikeFreshOnes() {
        #expect(WildcardPattern.cached("E*").matches("e3"))
        #expect(!WildcardPattern.cached("E*", caseSensitive: true).matches("e3"))
        #expect(WildcardPattern.cached("E*").pattern == "E*")
    }
}
