import Foundation
import ScriptTestSupport
import Testing
@testable import PowerShellRuntime

/// Large containers are freed on a background thread (DeferredRelease): what they held must
/// still be freed, also when it nests, and what the rest of the session still holds must not be.
@Suite struct DeferredReleaseTests {
    /// Waits up to five seconds for the background thread to free an object.
    private func freed(_ probe: () -> AnyObject?) -> Bool {
        for _ in 0..<500 {
            if probe() == nil { return true }
            usleep(10_000)
        }
        return false
    }

    @Test func aLargeArrayOfObjectsIsFreedInTheBackground() {
        weak var first: PSObject?
        weak var nested: PSHashtable?
        do {
            var items: [Value] = []
            for i in 0..<(DeferredRelease.backgroundThreshold + 10) {
                let o = PSObject()
                o.add(PSMember(name: "Index", kind: .noteProperty(.int(i))))
                if i == 0 {
                    let h = PSHashtable(ordered: true)
                    h[.string("deep")] = .array(PSArray([.string("x")]))
                    o.add(PSMember(name: "Table", kind: .noteProperty(.hashtable(h))))
                    nested = h
                    first = o
                }
                items.append(.object(o))
            }
            _ = PSArray(items)
        }
        #expect(freed { first })
        #expect(freed { nested })
    }

    @Test func whatTheSessionStillHoldsOutlivesALargeContainer() {
        let kept = PSObject()
        kept.add(PSMember(name: "Name", kind: .noteProperty(.string("kept"))))
        weak var other: PSObject?
        do {
            var items: [Value] = [.object(kept)]
            for _ in 0..<DeferredRelease.backgroundThreshold {
                let o = PSObject()
                if other == nil { other = o }
                items.append(.object(o))
            }
            _ = PSArray(items)
        }
        #expect(freed { other })
        #expect(kept.member("Name") != nil)
    }

    @Test func aScriptsLargeListGoingOutOfScopeLeavesTheSessionWorking() {
        let run = runScript("""
            function Make { $l = [System.Collections.Generic.List[object]]::new(); foreach ($i in 1..20000) { $l.Add([pscustomobject]@{ I = $i }) }; $l.Count }
            (Make) + (Make)
            $a = foreach ($i in 1..20000) { @{ I = $i } }; $b = $a; $a = $null; $b[19999].I
            """)
        #expect(run.out == "40000\n20000\n")
        #expect(run.err == "")
    }
}
