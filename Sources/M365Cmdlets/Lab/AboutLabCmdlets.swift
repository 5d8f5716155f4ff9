import PowerShellRuntime

extension LabHelpTopics {
    static let aboutLabCmdlets = HelpTopic(
        name: "about_Lab_Cmdlets",
        synopsis: "The LicenseLab module's cmdlets: tenant, licensing, persistence and mail.",
        text: """

        TOPIC
            about_Lab_Cmdlets

        SHORT DESCRIPTION
            The cmdlets of the LicenseLab module (the *-Lab* commands): what each one is for.
            They do what real Microsoft 365 cmdlets cannot: reset the tenant, buy seats, press
            the portal's buttons, control when licenses are processed, save and compare the
            tenant, and read the mail scripts sent.

        LONG DESCRIPTION
            The MSOnline, Microsoft Graph and Exchange Online cmdlets in LicenseLab behave like
            the real ones. The LicenseLab module, loaded at start, adds the commands that have
            no real counterpart. List them, and read the full help of any of them:

                PS> Get-Command -Module LicenseLab
                PS> Get-Help Set-LabTenant -Full

            Commands that change something write nothing unless you add -PassThru. When a lab
            command fails on a licensing rule, $_.Exception.ErrorCode holds the code
            (CountViolation, DependencyViolation, ...), as for the other modules.

        THE TENANT
            Reset-LabTenant [-Empty]
                Puts back the demo tenant (contoso: 24 users, five groups, nine products).
                -Empty keeps the name and country and removes products, users, groups and
                recipients. It also empties the outbox. On a tenant file that holds changes it
                asks first; with licenselab --demo it never asks.
            Set-LabTenant
                Changes the tenant's settings: -CountryLetterCode (the directory's country,
                used for group members without a usage location), -ProcessingMode Immediate
                or Deferred, -ProcessingDelaySeconds, -DuplicateProxyAddressError None or
                UniquenessViolation, -ExchangePlansConflict, -EnforceGraphScopes (Graph
                cmdlets check the scopes Connect-MgGraph asked for), -RequireMsolConnection
                (MSOnline cmdlets fail until Connect-MsolService) and -DisplayName (the
                company name); those two are kept for the session only. -PassThru shows the
                settings.
            Add-LabSubscription -SkuPartNumber PART -Units N
                Buys N seats of a product from the lab's catalog, adding to the product if the
                tenant already owns it.
            New-LabTenant -Users N [-Groups M] [-Seed S]
                Replaces the tenant with a generated one: N users in M groups (by default one
                group per 1,000 users, at least 6), most groups licensed, products a little
                short of demand, so some users end in CountViolation or
                MutuallyExclusiveViolation. The same arguments always give the same tenant.

            Try them:

                PS> Set-LabTenant -PassThru
                PS> Set-LabTenant -CountryLetterCode GB
                PS> Get-MsolCompanyInformation | Format-Table DisplayName, CountryLetterCode
                PS> Set-LabTenant -CountryLetterCode US
                PS> Add-LabSubscription -SkuPartNumber EMS -Units 2
                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'EMS'

        LICENSING SIMULATION
            Set-LabGroupLicense -GroupObjectId ID [-AddLicenses] [-RemoveLicenses]
                    [-LicenseOptions]
                Puts products on a group or takes them off, as the portal's group license page
                does (MSOnline has no such cmdlet; Graph has Set-MgGroupLicense). Only the
                group itself is checked in the call; the members are processed afterwards.
            Invoke-LabGroupReprocess -GroupObjectId ID
                The portal's Reprocess button: evaluates the group's members again, so fixes
                and freed seats take effect. (For one user, Graph's Invoke-MgLicenseUser.)
            Wait-LabLicenseProcessing
                Processes everything queued, now. Needed in Deferred mode; -PassThru writes one
                result per group: members succeeded, failed, failed silently, removed.

            Deferred mode, then a reprocess of "E3 + EMS", which now has the EMS seat Farah
            was missing:

                PS> $pilot = New-MsolGroup -DisplayName 'EMS pilot'
                PS> Set-LabGroupLicense -GroupObjectId $pilot.ObjectId -AddLicenses contoso:EMS
                PS> Set-LabTenant -ProcessingMode Deferred
                PS> $yara = Get-MsolUser -UserPrincipalName yaraz@contoso.onmicrosoft.com
                PS> Add-MsolGroupMember -GroupObjectId $pilot.ObjectId -GroupMemberObjectId $yara.ObjectId
                PS> (Get-MsolUser -ObjectId $yara.ObjectId).Licenses.AccountSkuId
                PS> Wait-LabLicenseProcessing -PassThru
                PS> (Get-MsolUser -ObjectId $yara.ObjectId).Licenses.AccountSkuId
                PS> Set-LabTenant -ProcessingMode Immediate
                PS> Invoke-LabGroupReprocess -GroupObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000002
                PS> (Get-MsolUser -UserPrincipalName farahg@contoso.onmicrosoft.com).IsLicensed

        PERSISTENCE
            Export-LabTenant -Path FILE
                Writes the whole tenant to a JSON tenant file.
            Import-LabTenant -Path FILE
                Replaces the tenant with the one in a JSON tenant file (an export of the lab,
                or of your own tenant made with Scripts/export-tenant.ps1). An invalid file
                changes nothing.
            Checkpoint-LabTenant -Name NAME
                Keeps a named copy of the tenant (-Force replaces one of the same name).
            Get-LabCheckpoint [-Name PATTERN]
                Lists checkpoints: Name, CreatedDateTime, Users, Groups.
            Restore-LabTenant -Name NAME
                Puts the tenant back as it was at the checkpoint; the checkpoint stays.
            Compare-LabTenant -Reference NAME [-Difference NAME]
                Lists what changed since the checkpoint (or between two checkpoints):
                licenses added and removed, errors that appeared or were resolved, seats and
                units.
            Remove-LabCheckpoint -Name NAME
                Forgets a checkpoint.

            Checkpoints are kept in the tenant file, or in memory with licenselab --demo. A
            typical experiment:

                Checkpoint-LabTenant -Name before
                ./my-script.ps1
                Compare-LabTenant -Reference before
                Restore-LabTenant -Name before

            An export, a generated tenant, and the export read back:

                PS> Export-LabTenant -Path /tmp/licenselab-demo.json
                PS> New-LabTenant -Users 200 -Groups 6 -Seed 7
                PS> Get-MsolGroup -HasLicenseErrorsOnly $true | Format-Table DisplayName
                PS> Import-LabTenant -Path /tmp/licenselab-demo.json
                PS> (Get-MsolUser -All).Count

            about_LicenseLab_Persistence says more.

        MAIL
            Get-LabMail [-From] [-To] [-Subject] [-Last N]
                Lists the lab's outbox. Send-MgUserMail, Invoke-MgGraphRequest (sendMail) and
                Send-MailMessage deliver there; nothing leaves the lab. The outbox is stored
                with the tenant, kept by checkpoints and exports, and emptied by
                Reset-LabTenant.
            Clear-LabMail
                Empties the outbox. It asks first unless you add -Confirm:$false.

            Send-MailMessage prints pwsh's warning that it is obsolete; -WarningAction
            SilentlyContinue hides it:

                PS> $mail = @{ From = 'ops@contoso.onmicrosoft.com'; SmtpServer = 'smtp.office365.com' }
                PS> $to = 'averyb@contoso.onmicrosoft.com'
                PS> Send-MailMessage @mail -To $to -Subject 'Seats low' -WarningAction SilentlyContinue
                PS> Get-LabMail -To avery* | Format-Table From, Subject
                PS> Clear-LabMail -Confirm:$false -PassThru

            Start again from the demo tenant:

                PS> Reset-LabTenant

        SEE ALSO
            about_LicenseLab
            about_GroupLicensing
            about_LicenseLab_Persistence
            about_LicenseLab_Scenarios
            Get-Command -Module LicenseLab
        """)
}
