@testable import M365Cmdlets
import Testing

/// The OData ($filter) and OPATH (-Filter) subsets.
struct ODataFilterTests {
    static let user = ODataValue.record([
        ("displayName", .string("Ann Lee")), ("usageLocation", .string("US")), ("accountEnabled", .bool(true)),
        ("assignedLicenses", .list([.record([("skuId", .string("6fd2c87f-b296-42f0-b197-1e91e994b900"))])])),
    ])

    @Test(arguments: [
        ("assignedLicenses/$count eq 0", false),
        ("assignedLicenses/$count ne 0", true),
        ("assignedLicenses/any(x:x/skuId eq 6fd2c87f-b296-42f0-b197-1e91e994b900)", true),
        ("assignedLicenses/any(x:x/skuId eq c7df2760-2c81-4ef7-b578-5b5392b571df)", false),
        ("assignedLicenses/any(x:x/skuId eq 6FD2C87F-B296-42F0-B197-1E91E994B900)", true),
        ("assignedLicenses/any()", true),
        ("accountEnabled eq true and usageLocation eq 'us'", true),
        ("not (usageLocation eq 'US') or startswith(displayName,'ann')", true),
        ("usageLocation in ('FR', 'DE')", false),
        ("department eq null", true),
    ])
    func evaluates(_ filter: String, _ expected: Bool) throws {
        #expect(try ODataFilter.parse(filter).matches(ODataFilterTests.user) == expected)
    }

    @Test func aGuidLiteralStartingWithALetterIsAGuid() throws {
        let user = ODataValue.record([("assignedLicenses", .list([.record([("skuId", .string("f8a1db68-be16-40ed-86d5-cb42ce701560"))])]))])
        #expect(try ODataFilter.parse("assignedLicenses/any(x:x/skuId eq f8a1db68-be16-40ed-86d5-cb42ce701560)").matches(user))
    }

    @Test func aQuotedGuidForAGuidPropertyIsGraphsTypeError() {
        #expect(throws: ODataFilter.ParseError(message: "A binary operator with incompatible types was detected. Found operand types 'Edm.Guid' and 'Edm.String' for operator kind 'Equal'.")) {
            try ODataFilter.parse("assignedLicenses/any(x:x/skuId eq 'c7df2760-2c81-4ef7-b578-5b5392b571df')")
        }
    }

    @Test func countNeedsEventualConsistencyIsDetected() throws {
        #expect(try ODataFilter.parse("assignedLicenses/$count eq 0").usesCount)
        #expect(try !ODataFilter.parse("displayName eq 'x'").usesCount)
    }

    @Test(arguments: ["displayName eq", "(displayName eq 'a'", "displayName eq 'a", "assignedLicenses/any(x x/skuId eq 1)", ")"])
    func rejectsMalformedFilters(_ filter: String) {
        #expect(throws: ODataFilter.ParseError.self) { try ODataFilter.parse(filter) }
    }

    @Test func deepNestingIsRejectedNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "a eq 1" + String(repeating: ")", count: 5000)
        #expect(throws: ODataFilter.ParseError.self) { try ODataFilter.parse(deep) }
        let nots = String(repeating: "not ", count: 5000) + "a eq 1"
        #expect(throws: ODataFilter.ParseError.self) { try ODataFilter.parse(nots) }
    }
}

struct OpathFilterTests {
    static func values(_ p: String) -> [String]? {
        switch p.lowercased() {
        case "emailaddresses": return ["SMTP:jo@contoso.onmicrosoft.com", "smtp:joanna@contoso.com"]
        case "name": return ["Old Jo"]
        case "recipienttype": return ["MailContact"]
        default: return nil
        }
    }

    @Test(arguments: [
        ("EmailAddresses -eq 'jo@contoso.onmicrosoft.com'", true),
        ("EmailAddresses -eq 'smtp:JO@contoso.onmicrosoft.com'", true),
        ("EmailAddresses -like 'smtp:joanna*'", true),
        ("EmailAddresses -notlike '*@fabrikam.com'", true),
        ("Name -eq 'Old Jo' -and RecipientType -ne 'UserMailbox'", true),
        ("-not (Name -like 'Old*') -or RecipientType -eq 'MailUser'", false),
        ("Name -eq $null", false),
        ("Title -eq $null", true),
        ("Name -eq \"Old Jo\"", true),
    ])
    func evaluates(_ filter: String, _ expected: Bool) throws {
        #expect(try OpathFilter.parse(filter).matches(OpathFilterTests.values) == expected)
    }

    @Test(arguments: ["Name -eq", "Name -contains 'x'", "(Name -eq 'a'", "Name -eq 'a", "-and"])
    func rejectsMalformedFilters(_ filter: String) {
        #expect(throws: OpathFilter.ParseError.self) { try OpathFilter.parse(filter) }
    }

    @Test func deepNestingIsRejectedNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "Name -eq 'a'" + String(repeating: ")", count: 5000)
        #expect(throws: OpathFilter.ParseError.self) { try OpathFilter.parse(deep) }
    }
}
