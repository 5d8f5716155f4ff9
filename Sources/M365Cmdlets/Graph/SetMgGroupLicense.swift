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
        examples: [CommandExample(code: "Set-MgGroupLicense -GroupId $g.Id -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @()", remarks: "Puts the product on the group.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.assignGroupLicenses), let g = try Graph.group(context, state),
              let parsed = try GraphLicenses.parse(context) else { return }
        guard try context.shouldProcess(target: g.displayName) else { return }
        guard try Graph.perform(context, { try state.tenant.setGroupLicenses(groupId: g.objectId, add: parsed.add, remove: parsed.remove) }) else { return }
        if let fresh = state.tenant.group(id: g.objectId) { try context.writeObject(GraphObjects.group(state.tenant, fresh, selection: nil)) }
    }
}
