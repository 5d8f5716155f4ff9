import Licensing
import PowerShellRuntime

/// Set-MgGroupLicense: group assignment (`POST /groups/{id}/assignLicense`, 202 Accepted): only
/// the group is validated now; members are processed after the statement. Returns the group.
final class SetMgGroupLicenseCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-MgGroupLicense",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
        ] + GraphLicenses.parameters,
        defaultParameterSet: "AssignExpanded",
        outputTypes: [GraphObjects.groupType],
        supportsShouldProcess: true,
        moduleName: Graph.groupsModule,
        synopsis: "Adds or removes licenses of a group.",
        examples: [CommandExample(code: "$g = New-MgGroup -DisplayName 'EMS pilot' -MailEnabled:$false -MailNickname emspilot -SecurityEnabled\n$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'EMS'\nSet-MgGroupLicense -GroupId $g.Id -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null", remarks: "Puts EMS on a new group: its members get it, or an error state (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        let body = GraphLicenses.body(context)
        guard let group = try Graph.call(context, { () throws(GraphError) in
            try api.assignLicense(toGroup: id, try GraphBodyDecoding.assignLicense(body, resource: "Group"))
        }) else { return }
        try context.writeObject(GraphObjects.group(api.tenant, group))
    }
}
