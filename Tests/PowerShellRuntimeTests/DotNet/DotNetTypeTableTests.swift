import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// The .NET types the runtime emulates are tables (DotNet/Types/): every member is found by its
/// name in any case, through the type's name in any case, and a name no table holds fails with
/// PowerShell's own errors.
@Suite struct DotNetTypeTableTests {
    /// "System.Math" -> "sYSTEM.mATH": neither the registered spelling nor a plain fold of it.
    func swappedCase(_ s: String) -> String {
        String(s.map { c in c.isUppercase ? Character(c.lowercased()) : Character(c.uppercased()) })
    }

    func names<Body>(_ table: [NameKey: TypeMembers.Member<Body>]) -> [String] { table.values.map(\.name).sorted() }

    @Test func everyRegisteredMemberIsReachableInAnyCase() throws {
        let types = TypeRegistry()
        var checked = 0
        for (fullName, registered) in DotNetTypes.all {
            for written in [fullName, fullName.uppercased(), fullName.lowercased(), swappedCase(fullName)] {
                let members = try #require(types.members(of: PSTypeInfo(fullName: written)), "\(written)")
                #expect(names(members.staticProperties) == names(registered.staticProperties), "\(written)")
                #expect(names(members.staticMethods) == names(registered.staticMethods), "\(written)")
                #expect(names(members.instanceMethods) == names(registered.instanceMethods), "\(written)")
                for name in names(registered.staticProperties) + names(registered.staticMethods) + names(registered.instanceMethods) {
                    for spelling in [name.uppercased(), name.lowercased(), swappedCase(name)] {
                        let key = NameKey(spelling)
                        let found = members.staticProperties[key]?.name ?? members.staticMethods[key]?.name ?? members.instanceMethods[key]?.name
                        #expect(found?.lowercased() == name.lowercased(), "\(fullName)::\(spelling)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 500)
    }

    @Test func membersAreCalledWhateverCaseTheScriptWrites() {
        let r = runScript("""
            [MATH]::max(1, 2)
            [system.math]::PI -gt 3
            'abc'.INDEXOF('b')
            'a,b'.split(',').COUNT
            [DateTime]::isleapyear(2024)
            [TIMESPAN]::fromminutes(90).TotalHours
            ([datetime]'2024-01-31').addDAYS(1).Day
            [String]::ISNULLOREMPTY('')
            [system.collections.generic.list[INT]]::NEW().Count
            [ConsoleColor]::DarkRed
            """)
        #expect(r.err == "")
        #expect(r.out == "2\nTrue\n1\n2\nTrue\n1.5\n1\nTrue\n0\nDarkRed\n")
    }

    @Test func anUnknownMemberFailsAsPowerShellSays() {
        let cases: [(script: String, message: String, id: String)] = [
            ("[math]::Nope(1)", "Method invocation failed because [System.Math] does not contain a method named 'Nope'.", "MethodNotFound"),
            ("[math]::Nope", "The property 'Nope' cannot be found on type 'System.Math'.", "PropertyNotFound"),
            ("[math]::Round", "The property 'Round' cannot be found on type 'System.Math'.", "PropertyNotFound"),
            ("'abc'.Nope()", "Method invocation failed because [System.String] does not contain a method named 'Nope'.", "MethodNotFound"),
            ("(Get-Date).Nope()", "Method invocation failed because [System.DateTime] does not contain a method named 'Nope'.", "MethodNotFound"),
            // a method that exists, but not for these arguments
            ("[datetime]::Compare('x', 'y')", "Method invocation failed because [System.DateTime] does not contain a method named 'Compare'.", "MethodNotFound"),
            ("([timespan]'1:00').Add(5)", "Method invocation failed because [System.TimeSpan] does not contain a method named 'Add'.", "MethodNotFound"),
            ("[version]::new('x')", "Cannot find an overload for \"new\" and the argument count: \"1\".", "MethodCountCouldNotFindBest"),
            ("[datetime]::new(2024, 1)", "Cannot find an overload for \"new\" and the argument count: \"2\".", "MethodCountCouldNotFindBest"),
        ]
        for c in cases {
            let r = runScript("try { \(c.script) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }")
            #expect(r.out == c.message + "\n" + c.id + "\n", "\(c.script)")
        }
    }

    @Test func genericDefinitionsAreFoundByTheNameBeforeTheirArguments() {
        let r = runScript("""
            [System.Collections.Generic.List[string]]::new().GetType().FullName
            [System.Collections.Generic.Dictionary[string,int]]::new().GetType().FullName
            try { [string[]]::new(3) } catch { $_.FullyQualifiedErrorId }
            try { [System.Collections.Generic.List]::new() } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(r.out == """
            System.Collections.Generic.List`1[[System.String]]
            System.Collections.Generic.Dictionary[System.String,System.Int32]
            MethodCountCouldNotFindBest
            MethodCountCouldNotFindBest

            """)
    }

    @Test func aTableDoesNotMakeATypeNameResolvable() {
        // System.IO.Path has a table, but only its full name is a type literal
        let r = runScript("try { [Path]::Combine('a', 'b') } catch { $_.FullyQualifiedErrorId }; [System.IO.Path]::Combine('a', 'b')")
        #expect(r.out == "TypeNotFound\na/b\n")
    }

    @Test func aRegisteredTypeCarriesTablesOfItsOwn() {
        let r = runScript("[Lab.Widget]::make('x'); [lab.widget]::DEFAULT; [Lab.Widget]::new(1, 2)") { session in
            session.types.register(TypeRegistry.EmulatedType(fullName: "Lab.Widget", members: TypeMembers(
                staticProperties: ["Default": { _ in .string("plain") }],
                staticMethods: ["Make": { call in .string("widget " + call.string(0)) }],
                constructor: { call in .int(call.count) })))
        }
        #expect(r.err == "")
        #expect(r.out == "widget x\nplain\n2\n")
    }

    /// The Swift-implemented objects (List[T], ArrayList, StringBuilder, ...) call their methods
    /// through their type's table, as built-in values do.
    @Test func nativeObjectsCallTheirMethodsThroughTheirTypesTable() throws {
        let r = runScript("""
            $l = [System.Collections.Generic.List[int]]::new(); $l.aDD('7'); $l.ADD(8); $l.indexof(8); $l.COUNT
            $a = [System.Collections.ArrayList]::new(); $a.add('x'); $a.ADD('y')
            $sb = [System.Text.StringBuilder]::new(); [void]$sb.APPEND('a').appendline('b'); $sb.tostring().Length
            $h = [System.Collections.Generic.HashSet[string]]::new(); $h.ADD('x'); $h.add('x')
            ([regex]'b').MATCH('abc').tostring()
            """)
        #expect(r.err == "")
        #expect(r.out == "1\n2\n0\n1\n3\nTrue\nFalse\nb\n")
        let list = PSList([], elementType: nil, isArrayList: false)
        #expect(list.instanceMembers === SystemCollections.list)
        #expect(PSList([], elementType: nil, isArrayList: true).instanceMembers === SystemCollections.arrayList)
        #expect(StringBuilderObject().instanceMembers === SystemText.stringBuilder)
        let add = try #require(DotNetTypes.instanceMembers(of: .native(list))?.instanceMethods[NameKey("aDd")])
        #expect(add.name == "Add")
        #expect(DotNetTypes.instanceMembers(of: .native(list))?.instanceMethods[NameKey("Nope")] == nil)
    }

    @Test func anUnknownMethodOfANativeObjectFailsAsBefore() {
        let cases: [(script: String, out: String)] = [
            ("[System.Text.StringBuilder]::new().Nope()",
             "Method invocation failed because [System.Text.StringBuilder] does not contain a method named 'Nope'.\nMethodNotFound\n"),
            ("([regex]'a').Match('a').Nope()",
             "Method invocation failed because [System.Text.RegularExpressions.Match] does not contain a method named 'Nope'.\nMethodNotFound\n"),
            // a List enumerates its items for a method it does not have, as PowerShell does
            ("$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1); $l.Nope()",
             "Method invocation failed because [System.Int32] does not contain a method named 'Nope'.\nMethodNotFound\n"),
            ("$l = [System.Collections.Generic.List[int]]::new(); $l.Nope(); 'no items, no error'", "no items, no error\n"),
            // a method the table has, but not for these arguments
            ("$l = [System.Collections.ArrayList]::new(); $l.RemoveAll(1)", ""),
        ]
        for c in cases {
            let r = runScript("try { \(c.script) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }")
            #expect(r.out == c.out, "\(c.script)")
        }
    }

    /// A script's enum is a registered type whose values are its table's static properties.
    @Test func aScriptEnumDeclaresItsValuesAsTableMembers() throws {
        let r = runScript("enum Shade { Dark; light }; [Shade]::DARK; [enum]::GetNames([Shade]) -join ','")
        #expect(r.err == "")
        #expect(r.out == "Dark\nDark,light\n")
    }
}
