import Licensing
import PowerShellRuntime

/// New-MsolGroup: a security group (the kind that can carry licenses).
final class NewMsolGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-MsolGroup",
        parameters: [
            ParameterMetadata(name: "DisplayName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's display name."),
            ParameterMetadata(name: "Description", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "A description."),
            ParameterMetadata(name: "ManagedBy", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "The owner."),
            Msol.tenantId,
        ],
        outputTypes: [MsolObjects.groupType],
        moduleName: Msol.module,
        synopsis: "Adds a new security group to Azure Active Directory.",
        examples: [CommandExample(code: "$g = New-MsolGroup -DisplayName 'E3 users' -Description 'Office 365 E3'", remarks: "Creates a security group.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let tenant = state.tenant
        let name = context.string("DisplayName") ?? ""
        var created: Licensing.Group?
        try Msol.perform(context) {
            created = try tenant.createGroup(displayName: name, description: context.string("Description"), objectId: state.newObjectId(name))
        }
        if let g = created { try context.writeObject(MsolObjects.group(tenant, g)) }
    }
}
