import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingDuplicateProxyAddresses = HelpTopic(
        name: "about_GroupLicensing_DuplicateProxyAddresses",
        synopsis: "Duplicate proxy addresses: a group-licensing failure only Exchange shows.",
        text: """

        TOPIC
            about_GroupLicensing_DuplicateProxyAddresses

        SHORT DESCRIPTION
            Duplicate proxy addresses: a member's new mailbox would take an e-mail address that
            another recipient already has, so group licensing fails for that user, and by
            default no error is recorded anywhere.

        LONG DESCRIPTION
            A user gets a mailbox the first time an Exchange Online plan is enabled for it. The
            mailbox's address (SMTP:UPN) is a proxy address, and proxy addresses are unique
            across every recipient in Exchange: mailboxes, mail contacts and mail-enabled
            groups.

            In the demo tenant Wes is a member of "E3 Users", but the old mail contact
            "Wes Young (old)" still holds wesy@contoso.onmicrosoft.com, the address his
            mailbox would get. Wes is unlicensed.

        CAUSE
            A direct assignment fails at once with UniquenessViolation and names the recipient
            that holds the address. Through a group, the member's evaluation fails and, in
            LicenseLab's default, records nothing: no IndirectLicenseErrors, no
            licenseAssignmentStates entry, and the group does not list the user among its
            members in error. The records stay as they were and no mailbox is made. This
            follows the walkthrough in Microsoft's group-licensing article, which finds the
            cause in Exchange rather than from a stored error.

            Set-LabTenant -DuplicateProxyAddressError UniquenessViolation makes group
            processing record UniquenessViolation like any other error, as the current service
            and portal do.

        SEE IT
            The direct path fails at once:

                PS> $wes = 'wesy@contoso.onmicrosoft.com'
                PS> Set-MsolUserLicense -UserPrincipalName $wes -AddLicenses contoso:STANDARDPACK  # fails
                PS> $Error[0].Exception.ErrorCode

            The group path leaves no trace. Wes is unlicensed, with no error on him, and the
            group does not name him:

                PS> $e3 = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
                PS> $w = Get-MsolUser -UserPrincipalName $wes
                PS> $w.IsLicensed
                PS> @($w.IndirectLicenseErrors).Count
                PS> Connect-MgGraph -NoWelcome
                PS> $mg = Get-MgUser -UserId $wes -Property LicenseAssignmentStates
                PS> @($mg.LicenseAssignmentStates).Count
                PS> (Get-MgGroupMemberWithLicenseError -GroupId $e3 -All).Id -contains $w.ObjectId

            So look in Exchange. Which recipient already uses his address?

                PS> $holders = Get-Recipient | Where-Object { $_.EmailAddresses -match $wes }
                PS> $holders | Format-List Name, RecipientType, EmailAddresses

            To have the failure recorded, switch the setting and reprocess the group; Wes then
            shows up like any other member in error:

                PS> Set-LabTenant -DuplicateProxyAddressError UniquenessViolation
                PS> Invoke-LabGroupReprocess -GroupObjectId $e3
                PS> $w = Get-MsolUser -UserPrincipalName $wes
                PS> $w.IndirectLicenseErrors | Format-Table AccountSku, Error
                PS> $inError = Get-MgGroupMemberWithLicenseError -GroupId $e3 -All
                PS> $inError | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).DisplayName }
                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true

        RESOLVE
            Free the address: remove the other recipient, or change its EmailAddresses
            (Set-MailContact -EmailAddresses, Set-Mailbox -EmailAddresses). That alone does not
            license the user; force processing of the group:

                PS> Remove-MailContact -Identity 'Wes Young (old)' -Confirm:$false
                PS> (Get-MsolUser -UserPrincipalName $wes).IsLicensed
                PS> Invoke-LabGroupReprocess -GroupObjectId $e3
                PS> (Get-MsolUser -UserPrincipalName $wes).IsLicensed
                PS> Get-Recipient -Identity $wes | Format-List Name, RecipientType, EmailAddresses

            Wes now has E3 and a mailbox with the address.

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/07-duplicate-proxy-addresses.ps1

            Its expected output is Scripts/scenarios/07-duplicate-proxy-addresses.out.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensingErrors
            about_LicenseLab_Scenarios
            Get-Help Get-Recipient
            Get-Help Remove-MailContact
            Get-Help Set-LabTenant
        """)
}
