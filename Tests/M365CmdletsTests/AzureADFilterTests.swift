@testable import M365Cmdlets
import Testing

/// The AzureAD module's -Filter: Azure AD Graph's OData v3 subset over the lab's one OData parser.
struct AzureADFilterTests {
    static let user = ODataValue.record([
        ("userPrincipalName", .string("ann@contoso.onmicrosoft.com")), ("displayName", .string("Ann Lee")),
        ("usageLocation", .string("US")), ("accountEnabled", .bool(true)), ("department", .string("Sales")),
        ("jobTitle", .null),
        ("assignedLicenses", .list([.record([("skuId", .string("6fd2c87f-b296-42f0-b197-1e91e994b900"))])])),
    ])

    @Test(arguments: [
        ("userPrincipalName eq 'ANN@contoso.onmicrosoft.com'", true),
        ("displayName eq 'Bob'", false),
        ("startswith(displayName,'an')", true),
        ("startswith(jobTitle,'Sales')", false),
        ("accountEnabled eq true and usageLocation eq 'US'", true),
        ("accountEnabled eq false or department eq 'sales'", true),
        ("not(usageLocation eq 'US')", false),
        ("usageLocation ne 'DE'", true),
        ("displayName ge 'A' and displayName le 'B'", true),
        ("assignedLicenses/any(x:x/skuId eq guid'6fd2c87f-b296-42f0-b197-1e91e994b900')", true),
        ("assignedLicenses/any(x:x/skuId eq 'c7df2760-2c81-4ef7-b578-5b5392b571df')", false),
        ("jobTitle eq null", true),
        ("(usageLocation eq 'FR' or usageLocation eq 'US') and startswith(userPrincipalName,'ann')", true),
    ])
    func supportedClausesMatch(_ text: String, _ expected: Bool) throws {
        let filter = try AzureADFilter.parse(text, resource: "User")
        #expect(filter.matches(Self.user) == expected)
    }

    @Test(arguments: [
        ("contains(displayName,'nn')", "displayName"),
        ("endswith(userPrincipalName,'.com')", "userPrincipalName"),
        ("displayName gt 'A'", "displayName"),
        ("usageLocation lt 'Z'", "usageLocation"),
        ("usageLocation in ('US', 'DE')", "usageLocation"),
        ("assignedLicenses/all(x:x/skuId eq 'a')", "assignedLicenses"),
        ("assignedLicenses/$count eq 0", "assignedLicenses"),
        ("accountEnabled eq true and contains(displayName,'a')", "displayName"),
    ])
    func unsupportedClausesAreRefusedNamingTheProperty(_ text: String, _ property: String) {
        #expect(throws: GraphError.unsupportedQuery(property: property, of: "User")) { try AzureADFilter.parse(text, resource: "User") }
    }

    @Test(arguments: ["displayName eq 'unterminated", "eq eq", "startswith(", "((", "", "displayName eq"])
    func malformedFiltersAreRefusedWithoutCrashing(_ text: String) {
        #expect(throws: GraphError.self) { try AzureADFilter.parse(text, resource: "User") }
    }

    @Test func deeplyNestedInputDoesNotCrash() {
        let text = String(repeating: "not(", count: 500) + "accountEnabled eq true" + String(repeating: ")", count: 500)
        #expect(throws: GraphError.self) { try AzureADFilter.parse(text, resource: "User") }
    }
}
