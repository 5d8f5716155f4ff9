import Licensing
import PowerShellRuntime

/// New-Mailbox -Shared: a shared mailbox and the directory user behind it (sign-in blocked,
/// no license needed up to 50 GB). The lab makes only shared mailboxes this way: a user mailbox
/// comes with an Exchange license (Set-MsolUserLicense, Set-MgUserLicense, a licensed group).
final class NewMailboxCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-Mailbox",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, helpMessage: "The mailbox's unique name."),
            ParameterMetadata(name: "Shared", type: "switch", parameterSets: ["Shared"], helpMessage: "Creates a shared mailbox."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name (default: Name)."),
            ParameterMetadata(name: "Alias", type: "string", helpMessage: "Alias (default: from PrimarySmtpAddress or Name)."),
            ParameterMetadata(name: "PrimarySmtpAddress", type: "string", helpMessage: "Primary address (default: alias@<initial domain>)."),
            ParameterMetadata(name: "FirstName", type: "string", helpMessage: "First name."),
            ParameterMetadata(name: "LastName", type: "string", helpMessage: "Last name."),
        ],
        defaultParameterSet: "Shared",
        outputTypes: [ExchangeObjects.mailboxType],
        supportsShouldProcess: true,
        moduleName: Exo.module,
        synopsis: "Creates a shared mailbox.",
        examples: [CommandExample(code: "New-Mailbox -Shared -Name 'Sales Desk' -DisplayName 'Sales Desk' -Alias salesdesk | Select-Object Name, RecipientTypeDetails, PrimarySmtpAddress",
                                  remarks: "A shared mailbox; it needs no license.", expectedOutput: """

                                  Name       RecipientTypeDetails PrimarySmtpAddress
                                  ----       -------------------- ------------------
                                  Sales Desk SharedMailbox        salesdesk@contoso.onmicrosoft.com

                                  """)])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let tenant = state.tenant
        let name = context.string("Name") ?? ""
        guard context.switchPresent("Shared") else {
            try context.writeError(context.errorRecord("LicenseLab creates shared mailboxes only (New-Mailbox -Shared). A user mailbox is created when the user gets an Exchange Online license.",
                                                       errorId: "LabUserMailboxNotSupported", category: .NotImplemented,
                                                       exceptionType: M365Errors.exchangeException, targetObject: .string(name)))
            return
        }
        guard try context.shouldProcess(target: name, action: "New-Mailbox") else { return }
        var created: Recipient?
        try Exo.perform(context, target: .string(name)) {
            created = try tenant.createSharedMailbox(name: name, displayName: context.string("DisplayName"), alias: context.string("Alias"),
                                                     primarySmtpAddress: context.string("PrimarySmtpAddress"), userId: state.newObjectId(name))
        }
        if let r = created { try context.writeObject(ExchangeObjects.mailbox(tenant, r)) }
    }
}
