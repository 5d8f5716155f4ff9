import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// Runs a script and returns its output lines (errors must be empty unless `allowErrors`).
private func lines(_ script: String, allowErrors: Bool = false) -> [String] {
    let r = runScript(script)
    if !allowErrors { #expect(r.err.isEmpty, "stderr: \(r.err)") }
    var out = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while out.last == "" { out.removeLast() }
    return out
}

@Suite struct SortObjectOrdering {
    @Test func equalKeysKeepTheirInputOrder() {
        let out = lines("""
        $a = [pscustomobject]@{ K = 1; N = 'first' }, [pscustomobject]@{ K = 0; N = 'x' }, [pscustomobject]@{ K = 1; N = 'second' }, [pscustomobject]@{ K = 1; N = 'third' }
        $a | Sort-Object K | ForEach-Object N
        """)
        #expect(out == ["x", "first", "second", "third"])
    }

    @Test func objectsWithoutThePropertySortLastInBothDirections() {
        let script = """
        $a = [pscustomobject]@{ N = 'none' }, [pscustomobject]@{ K = 2; N = 'two' }, [pscustomobject]@{ K = 1; N = 'one' }
        ($a | Sort-Object K | ForEach-Object N) -join ','
        ($a | Sort-Object K -Descending | ForEach-Object N) -join ','
        """
        #expect(lines(script) == ["one,two,none", "two,one,none"])
    }

    @Test func numbersCompareAsNumbersAndStringsAsText() {
        #expect(lines("(10, 9, 100 | Sort-Object) -join ','") == ["9,10,100"])
        #expect(lines("('10', '9', '100' | Sort-Object) -join ','") == ["10,100,9"])
    }

    @Test func nullInputIsDropped() {
        #expect(lines("@(3, $null, 1 | Sort-Object).Count") == ["2"])
    }

    @Test func uniqueRemovesCaseInsensitiveDuplicatesUnlessCaseSensitive() {
        #expect(lines("('b', 'a', 'B' | Sort-Object -Unique) -join ','") == ["a,b"])
        #expect(lines("('b', 'a', 'B' | Sort-Object -Unique -CaseSensitive).Count") == ["3"])
    }

    @Test func hashtableDirectionsApplyPerKey() {
        let out = lines("""
        $a = [pscustomobject]@{ D = 'IT'; N = 'b' }, [pscustomobject]@{ D = 'Sales'; N = 'a' }, [pscustomobject]@{ D = 'IT'; N = 'a' }
        ($a | Sort-Object @{ Expression = 'D'; Descending = $true }, N | ForEach-Object { "$($_.D)/$($_.N)" }) -join ' '
        """)
        #expect(out == ["Sales/a IT/a IT/b"])
    }

    @Test func topAndBottomTakeFromTheSortedEnds() {
        #expect(lines("(5, 1, 4, 2, 3 | Sort-Object -Top 2) -join ','") == ["1,2"])
        #expect(lines("(5, 1, 4, 2, 3 | Sort-Object -Bottom 2) -join ','") == ["4,5"])
    }
}

@Suite struct SelectObjectWindows {
    @Test func firstAndLastTogetherGiveBothEnds() {
        #expect(lines("(1..10 | Select-Object -First 2 -Last 2) -join ','") == ["1,2,9,10"])
    }

    @Test func skipAppliesBeforeFirst() {
        #expect(lines("(1..10 | Select-Object -Skip 3 -First 2) -join ','") == ["4,5"])
        #expect(lines("(1..10 | Select-Object -Skip 2 -First 2 -Last 2) -join ','") == ["3,4,9,10"])
    }

    @Test func skipWithLastCountsFromTheEnd() {
        #expect(lines("(1..10 | Select-Object -Last 5 -Skip 2) -join ','") == ["4,5,6,7,8"])
        #expect(lines("(1..3 | Select-Object -Last 5 -Skip 2) -join ','") == ["1"])
    }

    @Test func skipLastHoldsBackTheTail() {
        #expect(lines("(1..5 | Select-Object -SkipLast 2) -join ','") == ["1,2,3"])
    }

    @Test func indexPicksPositionsAndIgnoresOnesOutOfRange() {
        #expect(lines("(1..5 | Select-Object -Index 0, 4, 9) -join ','") == ["1,5"])
    }

    @Test func firstZeroSelectsNothing() {
        #expect(lines("@(1..5 | Select-Object -First 0).Count") == ["0"])
    }

    @Test func uniqueIsCaseSensitiveByDefault() {
        #expect(lines("('a', 'A', 'a' | Select-Object -Unique) -join ','") == ["a,A"])
        #expect(lines("('a', 'A', 'a' | Select-Object -Unique -CaseInsensitive) -join ','") == ["a"])
    }

    @Test func missingPropertiesAreAddedAsNull() {
        #expect(lines("$o = [pscustomobject]@{ A = 1 } | Select-Object A, B; $o.PSObject.Properties.Name -join ','; $null -eq $o.B") == ["A,B", "True"])
    }

    @Test func wildcardsAndExcludeProperty() {
        #expect(lines("([pscustomobject]@{ Name = 1; Notes = 2; Seats = 3 } | Select-Object N* -ExcludeProperty Notes).PSObject.Properties.Name -join ','") == ["Name"])
    }
}

@Suite struct GroupObjectGrouping {
    @Test func groupsOfOneValueTypeComeOutSorted() {
        let entries: [(keys: [Value?], value: Value)] = [([.string("b")], .int(1)), ([.string("a")], .int(2)), ([.string("B")], .int(3))]
        let groups = GroupObjectCommand.group(entries, caseSensitive: false)
        #expect(groups.map { GroupObjectCommand.name(of: $0.keys) } == ["a", "b"])
        #expect(groups.map { $0.members.count } == [1, 2])
    }

    @Test func groupsOfMixedTypesKeepFirstAppearanceOrder() {
        let entries: [(keys: [Value?], value: Value)] = [([.string("x")], .int(1)), ([.int(2)], .int(2)), ([.string("x")], .int(3)), ([.int(1)], .int(4))]
        let groups = GroupObjectCommand.group(entries, caseSensitive: false)
        #expect(groups.map { GroupObjectCommand.name(of: $0.keys) } == ["x", "2", "1"])
    }

    @Test func caseSensitiveGroupingSeparatesCases() {
        let entries: [(keys: [Value?], value: Value)] = [([.string("a")], .int(1)), ([.string("A")], .int(2))]
        #expect(GroupObjectCommand.group(entries, caseSensitive: true).count == 2)
        #expect(GroupObjectCommand.group(entries, caseSensitive: false).count == 1)
    }

    /// Each group as "name: member, member".
    func describe(_ groups: [GroupObjectCommand.Group]) -> [String] {
        groups.map { g in
            let members: [String] = g.members.map { LanguagePrimitives.toString($0) }
            return GroupObjectCommand.name(of: g.keys) + ": " + members.joined(separator: ",")
        }
    }

    @Test func hashedGroupingGivesTheSameGroupsAsSortingAndMerging() {
        // large inputs of integers and ASCII text are grouped through hash buckets; the groups,
        // their order and their members must be those of the comparison path
        var state: UInt64 = 7
        func next() -> UInt64 {   // a fixed LCG: the same inputs on every run
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let texts: [Value?] = [.string("a"), .string("A"), .string("b"), .string("01"), .string("1"), .string(""), .null, nil]
        for round in 0..<40 {
            let twoKeys = round % 2 == 1
            let entries: [(keys: [Value?], value: Value)] = (0..<(20 + round * 7)).map { i in
                let text = texts[Int(next() % UInt64(texts.count))]
                let number: Value? = round % 4 < 2 ? Value.int(Int(next() % 5)) : Value.long(Int64(next() % 3) - 1)
                let keys: [Value?] = twoKeys ? [number, text] : [text]
                return (keys: keys, value: Value.int(i))
            }
            for caseSensitive in [false, true] {
                let hashed = GroupObjectCommand.groupByHash(entries, caseSensitive: caseSensitive) ?? []
                #expect(!hashed.isEmpty)
                let compared = GroupObjectCommand.groupByComparing(entries, caseSensitive: caseSensitive)
                #expect(describe(hashed) == describe(compared))
            }
        }
    }

    @Test func nameJoinsSeveralKeysAndShowsCollectionsInBraces() {
        #expect(GroupObjectCommand.name(of: [.string("Sales"), .int(2)]) == "Sales, 2")
        #expect(GroupObjectCommand.name(of: [.array(PSArray([.string("a"), .string("b")]))]) == "{a, b}")
        #expect(GroupObjectCommand.name(of: [nil]) == "")
    }

    @Test func asHashTableKeysByValueAndHoldsTheGroup() {
        #expect(lines("$h = 'a', 'b', 'a' | Group-Object -AsHashTable; $h['a'].Count; $h.Count") == ["2", "2"])
    }

    @Test func noElementLeavesGroupEmpty() {
        #expect(lines("$g = 'a', 'a' | Group-Object -NoElement; $g.Count; $g.Group.Count") == ["2", "0"])
    }
}

@Suite struct MeasureObjectStatistics {
    @Test func sumAverageMaximumMinimumAreDoubles() {
        let out = lines("$m = 1, 2, 3, 4 | Measure-Object -Sum -Average -Maximum -Minimum; $m.Sum; $m.Average; $m.Maximum.GetType().FullName; $m.Count.GetType().FullName")
        #expect(out == ["10", "2.5", "System.Double", "System.Int32"])
    }

    @Test func standardDeviationIsTheSampleOne() {
        #expect(lines("[math]::Round((2, 4, 4, 4, 5, 5, 7, 9 | Measure-Object -StandardDeviation).StandardDeviation, 4)") == ["2.1381"])
    }

    @Test func extremesOfTextCompareAsText() {
        #expect(lines("('pear', 'apple', 'fig' | Measure-Object -Maximum -Minimum) | ForEach-Object { $_.Maximum; $_.Minimum }") == ["pear", "apple"])
    }

    @Test func nullInputIsNotCounted() {
        #expect(lines("(1, $null, 2 | Measure-Object).Count") == ["2"])
    }

    @Test func textCountsFollowWc() {
        #expect(MeasureObjectCommand.countLines("a\nb") == 2)
        #expect(MeasureObjectCommand.countLines("a\n") == 1)
        #expect(MeasureObjectCommand.countLines("") == 0)
        #expect(MeasureObjectCommand.countWords("  one two\tthree ") == 3)
        #expect(MeasureObjectCommand.countCharacters("a b", ignoreWhiteSpace: true) == 2)
    }

    @Test func noInputGivesACountOfZero() {
        #expect(lines("(@() | Measure-Object).Count") == ["0"])
    }
}

@Suite struct ObjectComparerRules {
    @Test func missingKeysSortAfterPresentOnesRegardlessOfDirection() {
        #expect(ObjectComparer.compareKeys([nil], [.int(1)], descending: [false], caseSensitive: false) > 0)
        #expect(ObjectComparer.compareKeys([nil], [.int(1)], descending: [true], caseSensitive: false) > 0)
        #expect(ObjectComparer.compareKeys([.int(1)], [.int(2)], descending: [true], caseSensitive: false) > 0)
    }

    @Test func nullSortsFirst() {
        #expect(ObjectComparer.compare(.null, .int(0), caseSensitive: false) < 0)
        #expect(ObjectComparer.compare(.string("a"), .null, caseSensitive: false) > 0)
    }

    @Test func equalityIgnoresCaseUnlessAsked() {
        #expect(ObjectComparer.equal(.string("Ann"), .string("ANN"), caseSensitive: false))
        #expect(!ObjectComparer.equal(.string("Ann"), .string("ANN"), caseSensitive: true))
        #expect(ObjectComparer.equal(.int(1), .double(1.0), caseSensitive: false))
    }
}

@Suite struct PrecomputedSortKeys {
    @Test func textKeysOrderExactlyAsCaseFoldCompare() {
        let words = ["apple", "Apple", "APPLE", "b", "a-b", "a1", "ab", "a", "", "Zed", "zed", "_x", " lead", "10", "9", "Ärger", "arger"]
        for a in words {
            for b in words {
                for cs in [false, true] {
                    let expected = CaseFold.compare(a, b, caseSensitive: cs)
                    let actual = ObjectComparer.compareSortKeys([ObjectComparer.SortKey(.string(a))], [ObjectComparer.SortKey(.string(b))], descending: [false], caseSensitive: cs)
                    #expect(actual == expected, "\(a) vs \(b) caseSensitive=\(cs)")
                }
            }
        }
    }
}

extension PrecomputedSortKeys {
    @Test func numericKeysOrderExactlyAsValueCompare() {
        let values: [Value] = [.int(3), .int(-1), .long(3), .long(Int64.max), .double(2.5), .string("2"), .string("x"), .null, .bool(true)]
        for a in values {
            for b in values {
                let expected = ObjectComparer.compare(a, b, caseSensitive: false)
                let actual = ObjectComparer.compareSortKeys([ObjectComparer.SortKey(a)], [ObjectComparer.SortKey(b)], descending: [false], caseSensitive: false)
                #expect(actual.signum() == expected.signum(), "\(a) vs \(b)")
            }
        }
    }
}

@Suite struct VersionOrdering {
    @Test func versionsSortByComponentsNotText() {
        #expect(ObjectComparer.compare(.native(VersionObject(major: 9, minor: 0)), .native(VersionObject(major: 10, minor: 0)), caseSensitive: false) < 0)
        #expect(lines("([version]'10.0', [version]'9.1', [version]'9.0' | Sort-Object | ForEach-Object { $_.ToString() }) -join ','") == ["9.0,9.1,10.0"])
    }
}
