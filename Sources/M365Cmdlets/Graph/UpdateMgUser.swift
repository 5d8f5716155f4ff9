import Licensing
import PowerShellRuntime

/// Update-MgUser: changes properties (UsageLocation, DisplayName, AccountEnabled, ...). No output.
final class UpdateMgUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Update-MgUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Id or UPN."),
            ParameterMetadata(name: "UsageLocation", type: "string", helpMessage: "Two-letter country code."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "AccountEnabled", type: "bool", helpMessage: "Sign-in enabled."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "New UPN."),
            ParameterMetadata(name: "GivenName", type: "string", helpMessage: "First name."),
            ParameterMetadata(name: "Surname", type: "string", helpMessage: "Last name."),
            ParameterMetadata(name: "JobTitle", type: "string", helpMessage: "Job title."),
            ParameterMetadata(name: "Department", type: "string", helpMessage: "Department."),
            ParameterMetadata(name: "City", type: "string", helpMessage: "City."),
            ParameterMetadata(name: "Country", type: "string", helpMessage: "Country or region."),
            ParameterMetadata(name: "State", type: "string", helpMessage: "State or province."),
            ParameterMetadata(name: "CompanyName", type: "string", helpMessage: "Company name."),
            ParameterMetadata(name: "EmployeeId", type: "string", helpMessage: "Employee id."),
            ParameterMetadata(name: "OfficeLocation", type: "string", helpMessage: "Office."),
            ParameterMetadata(name: "PostalCode", type: "string", helpMessage: "Postal code."),
            ParameterMetadata(name: "StreetAddress", type: "string", helpMessage: "Street address."),
            ParameterMetadata(name: "MobilePhone", type: "string", helpMessage: "Mobile phone."),
            ParameterMetadata(name: "PreferredLanguage", type: "string", helpMessage: "Preferred language (en-US)."),
            ParameterMetadata(name: "UserType", type: "string", helpMessage: "Member or Guest."),
            ParameterMetadata(name: "BodyParameter", type: "object", parameterSets: ["Update"], helpMessage: "Properties as a hashtable."),
        ],
        defaultParameterSet: "UpdateExpanded",
        moduleName: Graph.usersModule,
        synopsis: "Updates a user.",
        examples: [CommandExample(code: "Update-MgUser -UserId umaw@contoso.onmicrosoft.com -UsageLocation US", remarks: "Sets Uma's usage location, so licenses can be assigned to her (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    /// The parameters that are properties of the user Graph receives.
    static let bodyProperties = ["UsageLocation", "DisplayName", "AccountEnabled", "UserPrincipalName", "GivenName", "Surname", "JobTitle", "Department",
                                 "City", "Country", "State", "CompanyName", "EmployeeId", "OfficeLocation", "PostalCode", "StreetAddress",
                                 "MobilePhone", "PreferredLanguage", "UserType"]

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("UserId") ?? ""
        let body = GraphWire.body(context, properties: UpdateMgUserCommand.bodyProperties)
        _ = try Graph.call(context, { () throws(GraphError) in try api.updateUser(id, try GraphBodyDecoding.userChanges(body)) })
    }
}
