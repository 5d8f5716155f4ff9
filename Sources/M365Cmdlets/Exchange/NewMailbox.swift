import Licensing
import PowerShellRuntime

/// New-Mailbox: a mailbox and the directory user behind it, in one change. -Shared, -Room and
/// -Equipment make mailboxes that need no license (the user's sign-in is blocked); the default
/// set makes a user mailbox for a new, enabled user (-MicrosoftOnlineServicesID, -Password) that
/// has no license yet, so it shows LicenseReconciliationNeeded until it gets an Exchange plan.
final class NewMailboxCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-Mailbox",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, helpMessage: "The mailbox's unique name."),
            ParameterMetadata(name: "Shared", type: "switch", mandatory: true, parameterSets: ["Shared"], helpMessage: "Creates a shared mailbox."),
            ParameterMetadata(name: "Room", type: "switch", mandatory: true, parameterSets: ["Room"], helpMessage: "Creates a room (resource) mailbox."),
            ParameterMetadata(name: "Equipment", type: "switch", mandatory: true, parameterSets: ["Equipment"], helpMessage: "Creates an equipment (resource) mailbox."),
            ParameterMetadata(name: "MicrosoftOnlineServicesID", type: "string", mandatory: true, parameterSets: ["User"],
                              helpMessage: "The new user's sign-in name (user principal name)."),
            ParameterMetadata(name: "Password", type: "object", mandatory: true, parameterSets: ["User"],
                              helpMessage: "The new user's password (a SecureString; the lab keeps no passwords)."),
            ParameterMetadata(name: "ResetPasswordOnNextLogon", type: "bool", parameterSets: ["User"], helpMessage: "Accepted (no passwords in the lab)."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name (default: Name)."),
            ParameterMetadata(name: "Alias", type: "string", helpMessage: "Alias (default: from PrimarySmtpAddress or Name)."),
            ParameterMetadata(name: "PrimarySmtpAddress", type: "string", helpMessage: "Primary address (default: alias@<initial domain>, or the user's name)."),
            ParameterMetadata(name: "FirstName", type: "string", helpMessage: "The user's first name (Get-MsolUser's FirstName)."),
            ParameterMetadata(name: "LastName", type: "string", helpMessage: "The user's last name (Get-MsolUser's LastName)."),
        ],
        defaultParameterSet: "User",
        outputTypes: [ExchangeObjects.mailboxType],
        supportsShouldProcess: true,
        moduleName: Exo.module,
        synopsis: "Creates a mailbox: shared, room, equipment, or a user mailbox with its user.",
        examples: [
            CommandExample(code: "New-Mailbox -Shared -Name 'Sales Desk' -DisplayName 'Sales Desk' -Alias salesdesk | Select-Object Name, RecipientTypeDetails, PrimarySmtpAddress",
                           remarks: "A shared mailbox; it needs no license.", expectedOutput: """

                           Name       RecipientTypeDetails PrimarySmtpAddress
                           ----       -------------------- ------------------
                           Sales Desk SharedMailbox        salesdesk@contoso.onmicrosoft.com

                           """),
            CommandExample(code: "(New-Mailbox -Room -Name 'Board Room').RecipientTypeDetails",
                           remarks: "A room mailbox, booked by meeting invitations; it needs no license.", expectedOutput: "RoomMailbox"),
            CommandExample(code: "$pw = ConvertTo-SecureString 'Pa55w.rd!' -AsPlainText -Force\nNew-Mailbox -Name 'Zoe Park' -MicrosoftOnlineServicesID zoep@contoso.onmicrosoft.com -Password $pw | Out-Null\n(Get-MsolUser -UserPrincipalName zoep@contoso.onmicrosoft.com).LicenseReconciliationNeeded",
                           remarks: "A user mailbox for a new user with no license: it needs one.", expectedOutput: "True"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let tenant = state.tenant
        let name = context.string("Name") ?? ""
        let kind: RecipientType = context.switchPresent("Shared") ? .sharedMailbox
            : context.switchPresent("Room") ? .roomMailbox
            : context.switchPresent("Equipment") ? .equipmentMailbox : .userMailbox
        guard try context.shouldProcess(target: name, action: "New-Mailbox") else { return }
        var created: Recipient?
        // the directory attributes of the user behind it, in the same change
        let attributes = [("FirstName", "FirstName"), ("LastName", "LastName")].compactMap { p, key in context.string(p).map { (key, $0) } }
        try Exo.perform(context, target: .string(name)) {
            try tenant.changing {
                let r = try tenant.createMailbox(kind: kind, name: name, displayName: context.string("DisplayName"), alias: context.string("Alias"),
                                                 primarySmtpAddress: context.string("PrimarySmtpAddress"),
                                                 userPrincipalName: kind == .userMailbox ? context.string("MicrosoftOnlineServicesID") : nil,
                                                 userId: state.newObjectId(name))
                if !attributes.isEmpty, let user = r.externalDirectoryObjectId { try tenant.setAttributes(userId: user, attributes) }
                created = r
            }
        }
        if let r = created { try context.writeObject(ExchangeObjects.mailbox(tenant, r)) }
    }
}
