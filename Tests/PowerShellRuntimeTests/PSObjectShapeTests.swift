import Testing
import Foundation
@testable import PowerShellRuntime
import ScriptTestSupport

/// PSObjects keep their member names in a PSShape shared by objects built the same way; each
/// object's members must still behave as its own: edits to one object never show on another.
@Suite("PSObject shapes")
struct PSObjectShapeTests {
    /// A note property's value as text ("" for null), or nil when there is no such note.
    func note(_ o: PSObject, _ name: String) -> String? {
        if case .noteProperty(let v)? = o.member(name)?.kind { return LanguagePrimitives.toString(v) }
        return nil
    }

    @Test func objectsBuiltWithTheSameNamesShareOneShape() {
        let a = PSObject(properties: [("Name", .string("a")), ("Size", .int(1))])
        let b = PSObject(properties: [("Name", .string("b")), ("Size", .int(2))])
        #expect(a.shapeForTesting === b.shapeForTesting)
        #expect(note(a, "name") == "a")
        #expect(note(b, "SIZE") == "2")
    }

    @Test func addingToOneObjectLeavesItsShapeSiblingsAlone() {
        let a = PSObject(properties: [("Name", .string("a"))])
        let b = PSObject(properties: [("Name", .string("b"))])
        a.setNote("Extra", .int(1))
        #expect(a.members.map(\.name) == ["Name", "Extra"])
        #expect(b.members.map(\.name) == ["Name"])
        #expect(b.member("Extra") == nil)
    }

    @Test func removingAMemberMakesTheShapePrivate() {
        let a = PSObject(properties: [("Name", .string("a")), ("Size", .int(1)), ("Kind", .string("k"))])
        let b = PSObject(properties: [("Name", .string("b")), ("Size", .int(2)), ("Kind", .string("j"))])
        a.remove("SIZE")
        #expect(a.members.map(\.name) == ["Name", "Kind"])
        #expect(note(a, "kind") == "k")
        #expect(b.members.map(\.name) == ["Name", "Size", "Kind"])
        #expect(note(b, "Kind") == "j")
        a.setNote("Size", .int(9))
        #expect(a.members.map(\.name) == ["Name", "Kind", "Size"])
    }

    @Test func settingANameInAnotherCaseUpdatesTheExistingMember() {
        let a = PSObject(properties: [("Name", .string("a"))])
        a.setNote("NAME", .string("z"))
        #expect(a.members.map(\.name) == ["Name"])
        #expect(note(a, "name") == "z")
    }

    @Test func addReplacesAMemberAndTakesItsSpellingWithoutRenamingSiblings() {
        let a = PSObject(properties: [("Name", .string("a"))])
        let b = PSObject(properties: [("Name", .string("b"))])
        a.add(PSMember(name: "NAME", kind: .noteProperty(.string("x"))))
        #expect(a.members.map(\.name) == ["NAME"])
        #expect(b.members.map(\.name) == ["Name"])
        #expect(note(a, "name") == "x")
    }

    @Test func aCopyIsIndependentOfItsOriginal() {
        let a = PSObject(properties: [("Name", .string("a"))])
        a.remove("Name")
        a.setNote("Only", .int(1))
        let c = a.copy()
        c.setNote("More", .int(2))
        c.setNote("Only", .int(3))
        #expect(a.members.map(\.name) == ["Only"])
        #expect(note(a, "Only") == "1")
        #expect(c.members.map(\.name) == ["Only", "More"])
    }

    @Test func declaredShapesDropLaterSpellingsOfTheSameName() {
        let shape = PSShape.shared(["A", "b", "a"])
        #expect(shape.names == ["A", "b"])
    }

    @Test func objectsWithVeryManyMembersStillWork() {
        let o = PSObject()
        for i in 0..<500 { o.setNote("p\(i)", .int(i)) }
        #expect(o.memberCount == 500)
        #expect(note(o, "P499") == "499")
        o.remove("p0")
        #expect(o.memberCount == 499)
        #expect(o.members.first?.name == "p1")
        #expect(note(o, "p250") == "250")
    }

    @Test func objectsBuiltOnManyThreadsAtOnceAgree() async {
        let results = await withTaskGroup(of: [String].self) { group in
            for t in 0..<8 {
                group.addTask {
                    var last: [String] = []
                    for i in 0..<2_000 {
                        let o = PSObject(properties: [("Name", .string("n")), ("Id", .int(i)), ("T\(t % 3)", .int(t))])
                        last = o.members.map(\.name)
                    }
                    return last
                }
            }
            var all: [[String]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        for r in results { #expect(r.count == 3 && r[0] == "Name" && r[1] == "Id") }
    }

    @Test func scriptsSeeEachObjectsOwnMembers() {
        let out = normalise(runScript("""
        $a = [pscustomobject]@{ Name = 'a'; Size = 1 }
        $b = [pscustomobject]@{ Name = 'b'; Size = 2 }
        $a | Add-Member -NotePropertyName Extra -NotePropertyValue 'e'
        $b.PSObject.Properties.Remove('Size')
        ($a.PSObject.Properties.Name -join ',') + ' / ' + ($b.PSObject.Properties.Name -join ',')
        $a.Size; $b.Name
        """).out)
        #expect(out == "Name,Size,Extra / Name\n1\nb")
    }
}

/// Every variable, array element and pipeline object is a Value: its size is copied everywhere.
@Suite("Value layout")
struct ValueLayoutTests {
    @Test func aValueFitsInThreeWords() {
        // rare large payloads (decimals) are boxed so that they do not widen every Value
        #expect(MemoryLayout<Value>.stride <= 24, "Value is \(MemoryLayout<Value>.size) bytes")
    }
}
