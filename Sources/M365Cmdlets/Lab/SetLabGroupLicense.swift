import Licensing
import PowerShellRuntime

/// Set-LabGroupLicense: the portal's group license blade, MSOnline-style. Only the group is
/// validated (add-ons need their prerequisite in the same group); members are processed later.
final class SetLabGroupLicenseCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-LabGroupLicense",
        parameters: [
            ParameterMetadata(name: "GroupObjectId", type: "guid", position: 0, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The group's object id."),
            ParameterMetadata(name: "AddLicenses", type: "string[]", helpMessage: "AccountSkuIds to put on the group."),
            ParameterMetadata(name: "RemoveLicenses", type: "string[]", helpMessage: "AccountSkuIds to take off the group."),
            ParameterMetadata(name: "LicenseOptions", type: "object[]", helpMessage: "LicenseOption objects (plans the group leaves out)."),
            Lab.passThru,
        ],
        outputTypes: [MsolObjects.groupType],
        moduleName: Lab.module,
        synopsis: "Assigns products to a group, as the portal's group licensing blade does.",
        examples: [CommandExample(code: "$g = New-MsolGroup -DisplayName 'E3 pilot'; Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:ENTERPRISEPACK", remarks: "Every member of the new group gets E3 (or an error state).")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let g = try Msol.group(context) else { return }
        let changes = Msol.licenseChanges(context)
        guard try Lab.perform(context, target: .guid(g.objectId), {
            try tenant.setGroupLicenses(groupId: g.objectId, add: changes.add, remove: changes.remove, update: changes.update)
        }) else { return }
        if context.switchPresent("PassThru"), let fresh = tenant.group(id: g.objectId) {
            try context.writeObject(MsolObjects.group(tenant, fresh))
        }
    }
}
