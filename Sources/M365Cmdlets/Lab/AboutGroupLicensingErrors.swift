import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingErrors = HelpTopic(
        name: "about_GroupLicensingErrors",
        synopsis: "Why group-based license assignment fails silently, and how to find and fix the errors.",
        text: """

        TOPIC
            about_GroupLicensingErrors

        SHORT DESCRIPTION
            Why licenses assigned through a group fail without telling you, where the errors
            are recorded, and how to fix them.

        LONG DESCRIPTION
            A license can reach a user in two ways.

            Directly: Set-MsolUserLicense (or Set-MgUserLicense) assigns it to one user. If
            the assignment breaks a rule, the cmdlet fails at once and its error names the
            problem. Nothing changes.

            Through a group: the license is set on a group and every member gets it. The
            change to the group is accepted straight away, and the members are processed
            afterwards, in the background. When a member cannot get the license, nobody is
            told: the failure is recorded on the user, the user keeps the intent to be
            licensed (in an error state), and the group is flagged as having members with
            license errors. You have to go and look.

        THE ERRORS
            Both paths check the same rules and use the same names:

            CountViolation
                Not enough licenses: every seat of the product is in use.
            MutuallyExclusiveViolation
                Conflicting service plans: the user already has a plan (from another
                product) that cannot coexist with one in this product.
            DependencyViolation
                Other products depend on this license: removing it would take away a
                plan another of the user's licenses needs.
            ProhibitedInUsageLocationViolation
                A plan in the product is not offered in the user's usage location. (A user
                without a usage location gets the tenant's for group assignment.)

            A group can carry several products: a member gets all of them or none. Freeing
            seats later does not retry the members in error; the group must be reprocessed.

        TRY IT
            The demo tenant's groups already have members in error. Which groups?

                PS> Get-MsolGroup -HasLicenseErrorsOnly $true

            The members of E3 Users with errors, and what went wrong for each:

                PS> $g = Get-MsolGroup -SearchString 'E3 Users'
                PS> Get-MsolGroupMember -GroupObjectId $g.ObjectId -All | Where-Object { (Get-MsolUser -ObjectId $_.ObjectId).IndirectLicenseErrors }
                PS> Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | ForEach-Object { $_.UserPrincipalName; $_.IndirectLicenseErrors | Format-Table Error, ReferencedObjectId }

            Compare with a direct assignment: the same kind of problem is reported at once.
            Vikram's usage location is IR, where the plans are not offered:

                PS> Set-MsolUserLicense -UserPrincipalName vikramx@contoso.onmicrosoft.com -AddLicenses contoso:EMS  # fails

            Fix a member and reprocess the group. Change Vikram's usage location, then ask
            for the group to be processed again (in the portal: Reprocess):

                PS> Set-MsolUser -UserPrincipalName vikramx@contoso.onmicrosoft.com -UsageLocation US
                PS> Invoke-LabGroupReprocess -GroupObjectId $g.ObjectId
                PS> (Get-MsolUser -UserPrincipalName vikramx@contoso.onmicrosoft.com).IndirectLicenseErrors

            Microsoft Graph shows the same errors as licenseAssignmentStates:

                PS> Connect-MgGraph -Scopes 'User.Read.All', 'Group.Read.All'
                PS> Get-MgGroupMemberWithLicenseError -GroupId $g.ObjectId

            Start again from the demo tenant whenever you like:

                PS> Reset-LabTenant

        ONE ERROR YOU WILL NOT SEE
            When a member's new mailbox would take a proxy address that another recipient
            already uses (Exchange Online), group assignment fails without recording any
            error. Look for the address among the recipients:

                PS> Get-Recipient | Where-Object { $_.EmailAddresses -match 'wesy@contoso.onmicrosoft.com' } | Format-List Name, RecipientType, EmailAddresses

            Remove or change the other recipient, then reprocess the group.

        SEE ALSO
            about_LicenseLab
            Get-Help Set-MsolUserLicense -Examples
            Get-Help Invoke-LabGroupReprocess
        """)
}
