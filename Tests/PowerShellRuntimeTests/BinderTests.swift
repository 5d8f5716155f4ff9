import Testing
import Foundation
@testable import PowerShellRuntime
import PowerShellSyntax
import ScriptTestSupport

@Suite("Parameter binder")
struct BinderTests {
    let session = Session(host: TestHost())
    let metadata = CommandMetadata(name: "Set-Thing", parameters: [
        ParameterMetadata(name: "UserPrincipalName", type: "string", aliases: ["UPN"], position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
        ParameterMetadata(name: "UsageLocation", type: "string", position: 1),
        ParameterMetadata(name: "Units", type: "int"),
        ParameterMetadata(name: "Force", type: "switch"),
        ParameterMetadata(name: "InputObject", type: "object", valueFromPipeline: true),
    ])

    func binder() -> ParameterBinder {
        ParameterBinder(session: session, metadata: metadata, fqName: "Set-Thing", allowUnbound: false, invocation: nil)
    }
    func named(_ n: String, _ v: Value? = nil) -> CommandArgument { CommandArgument(kind: .named(n, v), extent: nil, hasColonValue: v != nil) }
    func pos(_ v: Value) -> CommandArgument { CommandArgument(kind: .positional(v), extent: nil) }

    func errorId(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as RuntimeError { return e.record.fullyQualifiedErrorId } catch { return "\(error)" }
    }

    @Test func bindsNamesAliasesPrefixesAndPositions() throws {
        let r = try binder().bind([named("upn"), pos(.string("ann@x")), named("Unit"), pos(.string("5")), pos(.string("US")), named("Force")])
        #expect(r.bound["UserPrincipalName"] == .string("ann@x"))
        #expect(r.bound["Units"] == .int(5))
        #expect(r.bound["UsageLocation"] == .string("US"))
        #expect(r.bound["Force"].map(LanguagePrimitives.isTrue) == true)
    }

    @Test func switchTakesAnExplicitColonValue() throws {
        let r = try binder().bind([named("Force", .bool(false)), pos(.string("a"))])
        #expect(r.bound["Force"].map(LanguagePrimitives.isTrue) == false)
    }

    @Test func reportsPowerShellBindingErrors() {
        #expect(errorId { _ = try binder().bind([named("U"), pos(.string("x"))]) } == "AmbiguousParameter,Set-Thing")
        #expect(errorId { _ = try binder().bind([named("Nope"), pos(.string("x"))]) } == "NamedParameterNotFound,Set-Thing")
        #expect(errorId { _ = try binder().bind([pos(.string("a")), pos(.string("b")), pos(.string("c"))]) } == "PositionalParameterNotFound,Set-Thing")
        #expect(errorId { _ = try binder().bind([named("Units")]) } == "MissingArgument,Set-Thing")
        #expect(errorId { _ = try binder().bind([named("Units", .string("many"))]) } == "ParameterArgumentTransformationError,Set-Thing")
        #expect(errorId { try binder().checkMandatory(try binder().bind([]), expectingInput: false) } == "MissingMandatoryParameter,Set-Thing")
    }

    @Test func mandatoryPipelineParameterMayComeFromInput() throws {
        let b = binder()
        let base = try b.bind([])
        try b.checkMandatory(base, expectingInput: true)
        let input = Value.object(PSObject(properties: [("UserPrincipalName", .string("bob@x"))]))
        let bound = try b.bindPipeline(input, base: base)
        #expect(bound?["UserPrincipalName"] == .string("bob@x"))
        #expect(bound?["InputObject"] == input, "the object itself also binds by value")
    }

    @Test func delayBindScriptBlockIsEvaluatedPerInput() throws {
        let result = Parser.parse("{ $_.Key.ToUpper() }")
        guard case .scriptBlock(let sbe)? = result.scriptBlock.endBlock?.statements.first?.pureExpression else { Issue.record("no script block"); return }
        let b = binder()
        let base = try b.bind([named("UserPrincipalName", .scriptBlock(ScriptBlock(ast: sbe.scriptBlock)))])
        #expect(base.delayBind.count == 1)
        let bound = try b.bindPipeline(.object(PSObject(properties: [("Key", .string("k1"))])), base: base)
        #expect(bound?["UserPrincipalName"] == .string("K1"))
    }
}
