import Licensing
import PowerShellRuntime

/// Get-MgOrganization: the organization (tenant id, display name, country, verified domains).
final class GetMgOrganizationCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgOrganization",
        parameters: [
            ParameterMetadata(name: "OrganizationId", type: "string", mandatory: true, parameterSets: ["Get"], helpMessage: "The tenant id."),
            ParameterMetadata(name: "All", type: "switch", parameterSets: ["List"], helpMessage: "Every page (there is one organization)."),
            ParameterMetadata(name: "Property", type: "string[]", aliases: ["Select"], helpMessage: "Properties to return."),
        ],
        defaultParameterSet: "List",
        outputTypes: [GraphObjects.organizationType],
        moduleName: Graph.directoryModule,
        synopsis: "Gets the organization: its id, name, country and domains.",
        examples: [
            CommandExample(code: "(Get-MgOrganization).VerifiedDomains | Where-Object IsInitial | Select-Object -ExpandProperty Name",
                           remarks: "The tenant's initial domain (after Connect-MgGraph).", expectedOutput: "contoso.onmicrosoft.com", setup: "Connect-MgGraph -NoWelcome"),
            CommandExample(code: "(Get-MgOrganization).CountryLetterCode", remarks: "The directory's country, which group licensing uses for members without a usage location.",
                           expectedOutput: "US", setup: "Connect-MgGraph -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let selected = context.strings("Property")
        let selection = selected.isEmpty ? GraphSelection.everything : GraphSelection(selected, defaults: [])
        let tenant: Tenant?
        if let id = context.string("OrganizationId") {
            tenant = try Graph.call(context, { () throws(GraphError) in try api.organization(id) })
        } else {
            tenant = try Graph.call(context, { () throws(GraphError) in try api.organization() })
        }
        guard let tenant else { return }
        try context.writeObject(GraphObjects.object(GraphResources.organization(tenant, displayName: api.organizationName, selection)))
    }
}
