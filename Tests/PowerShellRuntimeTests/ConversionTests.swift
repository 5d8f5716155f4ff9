import Testing
import Foundation
@testable import PowerShellRuntime

@Suite("Conversions (LanguagePrimitives)")
struct ConversionTests {
    let types = TypeRegistry()

    func cast(_ v: Value, _ t: String) throws -> Value {
        try LanguagePrimitives.convert(v, to: #require(types.resolve(t)), types: types)
    }

    @Test func truthinessFollowsPowerShellRules() {
        #expect(LanguagePrimitives.isTrue(.string("false")))
        #expect(!LanguagePrimitives.isTrue(.string("")))
        #expect(!LanguagePrimitives.isTrue(.int(0)))
        #expect(!LanguagePrimitives.isTrue(.null))
        #expect(!LanguagePrimitives.isTrue(.array(PSArray([]))))
        #expect(!LanguagePrimitives.isTrue(.array(PSArray([.int(0)]))), "a one-element array is its element's truth")
        #expect(LanguagePrimitives.isTrue(.array(PSArray([.int(0), .int(0)]))))
        #expect(LanguagePrimitives.isTrue(.hashtable(PSHashtable())))
    }

    @Test func castToIntUsesBankersRounding() throws {
        #expect(try cast(.double(3.5), "int") == .int(4))
        #expect(try cast(.double(2.5), "int") == .int(2))
        #expect(try cast(.string(" 42 "), "int") == .int(42))
        #expect(try cast(.string("0x10"), "int") == .int(16))
    }

    @Test func castOfNonNumericStringGivesPowerShellMessage() {
        do {
            _ = try cast(.string("abc"), "int")
            Issue.record("expected an error")
        } catch let e as RuntimeError {
            #expect(e.record.message == "Cannot convert value \"abc\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"")
            #expect(e.record.fullyQualifiedErrorId == "InvalidCastFromStringToInteger")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func stringFormOfCollectionsAndObjects() {
        #expect(LanguagePrimitives.toString(.array(PSArray([.string("a"), .string("b"), .int(3)]))) == "a b 3")
        #expect(LanguagePrimitives.toString(.hashtable(PSHashtable())) == "System.Collections.Hashtable")
        let o = PSObject(properties: [("A", .int(1)), ("B", .string("two"))])
        #expect(LanguagePrimitives.toString(.object(o)) == "@{A=1; B=two}")
        #expect(LanguagePrimitives.toString(.double(2.5)) == "2.5")
        #expect(LanguagePrimitives.toString(.bool(true)) == "True")
    }

    @Test func boolCastOfStringIsNonEmptiness() throws {
        #expect(try cast(.string("false"), "bool") == .bool(true))
        #expect(try cast(.string(""), "bool") == .bool(false))
    }

    @Test func typeLiteralsResolveAcceleratorsAndFullNamesCaseInsensitively() {
        #expect(types.resolve("INT")?.fullName == "System.Int32")
        #expect(types.resolve("system.string")?.fullName == "System.String")
        #expect(types.resolve("string[]")?.isArray == true)
        #expect(types.resolve("System.Collections.Generic.List[string]")?.fullName == "System.Collections.Generic.List[System.String]")
        #expect(types.resolve("Contoso.Tools.Probe") == nil)
        types.register(TypeRegistry.EmulatedType(fullName: "Contoso.Tools.Probe"))
        #expect(types.resolve("contoso.tools.probe")?.fullName == "Contoso.Tools.Probe")
    }

    @Test func hashtableToPSCustomObjectKeepsKeyOrder() throws {
        let h = PSHashtable()
        h["b"] = .int(2)
        h["a"] = .int(1)
        guard case .object(let o) = try cast(.hashtable(h), "pscustomobject") else { Issue.record("not an object"); return }
        #expect(o.properties.map(\.name) == ["b", "a"])
        #expect(o.typeNames.first == "System.Management.Automation.PSCustomObject")
    }

    @Test func guidCastAcceptsAnyCaseAndPrintsLowercase() throws {
        let g = try cast(.string("A0B1C2D3-0000-0000-0000-000000000001"), "guid")
        #expect(LanguagePrimitives.toString(g) == "a0b1c2d3-0000-0000-0000-000000000001")
    }

    @Test func hashtableKeysAreCaseInsensitiveAndOrdered() {
        let h = PSHashtable()
        h["Name"] = .string("E3")
        h["Seats"] = .int(25)
        #expect(h["NAME"] == .string("E3"))
        #expect(h.keys.map { LanguagePrimitives.toString($0) } == ["Name", "Seats"])
    }

    @Test func exceptionTypesKnowTheirBaseClasses() {
        let e = types.exception("System.ArgumentNullException", message: "x")
        #expect(e.typeNames.prefix(4) == ["System.ArgumentNullException", "System.ArgumentException", "System.SystemException", "System.Exception"])
        types.registerException("Contoso.Tools.ProbeException")
        let m = types.exception("Contoso.Tools.ProbeException", message: "y")
        #expect(m.isInstance(of: "System.Exception"))
    }
}
