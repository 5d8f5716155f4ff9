import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingUsageLocation = HelpTopic(
        name: "about_GroupLicensing_UsageLocation",
        synopsis: "ProhibitedInUsageLocationViolation, and users without a usage location.",
        text: """

        TOPIC
            about_GroupLicensing_UsageLocation

        SHORT DESCRIPTION
            Usage location isn't allowed (ProhibitedInUsageLocationViolation): a plan is not
            offered in the user's country. Also: how group licensing treats users who have no
            usage location at all.

        LONG DESCRIPTION
            A user's UsageLocation is the country where the user uses the services: a two-letter
            ISO 3166-1 code such as US, DE or GB (UK is refused). Not every service plan is
            offered everywhere. In the lab every plan is unavailable in CU, IR, KP and SY.

            In the demo tenant Vikram is a member of "E3 Users" and his usage location is IR, so
            the group could not license him. Gwen, in the same group, has no usage location and
            is licensed.

        CAUSE
            A direct assignment to a user in a country where a plan of the product is not
            offered fails at once with ProhibitedInUsageLocationViolation, listing the
            prohibited plans. A group assignment stores the same code on the user's record for
            that group. Changing a licensed user's usage location to such a country also fails
            at once.

            A user with no usage location cannot be licensed directly at all (the error asks for
            the UsageLocation property). Group licensing does not need it: a member without a
            usage location is evaluated with the directory's country (CountryLetterCode of
            Get-MsolCompanyInformation; Set-LabTenant -CountryLetterCode changes it), and the
            user's own property stays empty.

        SEE IT
            The direct path fails at once. Vikram is in IR:

                PS> $vikram = 'vikramx@contoso.onmicrosoft.com'
                PS> Set-MsolUserLicense -UserPrincipalName $vikram -AddLicenses contoso:POWER_BI_PRO  # fails
                PS> $Error[0].Exception.ErrorCode

            Uma has no usage location, so she cannot be licensed directly; and Avery, who is
            licensed, cannot be moved to IR:

                PS> Set-MsolUserLicense -UserPrincipalName umaw@contoso.onmicrosoft.com -AddLicenses contoso:STANDARDPACK  # fails
                PS> Set-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -UsageLocation IR  # fails

            The group path failed silently for Vikram. Through the user:

                PS> $v = Get-MsolUser -UserPrincipalName $vikram
                PS> $v | Format-Table DisplayName, UsageLocation, IsLicensed
                PS> $v.IndirectLicenseErrors | Format-Table AccountSku, Error, ReferencedObjectId
                PS> Connect-MgGraph -NoWelcome
                PS> $mg = Get-MgUser -UserId $vikram -Property LicenseAssignmentStates
                PS> $mg.LicenseAssignmentStates | Format-Table AssignedByGroup, State, Error

            Through the group, and in the whole tenant:

                PS> $e3 = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
                PS> $members = Get-MsolGroupMember -GroupObjectId $e3 -All
                PS> $users = $members | Get-MsolUser -ObjectId { $_.ObjectId }
                PS> $users | Where-Object { $_.IndirectLicenseErrors.Error -like 'Prohibited*' }
                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

            Gwen has no usage location, yet the group licensed her with the directory's
            country:

                PS> Get-MsolCompanyInformation | Format-Table DisplayName, CountryLetterCode
                PS> $gwen = Get-MsolUser -UserPrincipalName gwenh@contoso.onmicrosoft.com
                PS> $gwen | Format-Table DisplayName, UsageLocation, IsLicensed

        RESOLVE
            Set the usage location the user really works from, then process the user or the
            group again. The change alone does not license him:

                PS> Set-MsolUser -UserPrincipalName $vikram -UsageLocation DE
                PS> (Get-MsolUser -UserPrincipalName $vikram).IsLicensed
                PS> Invoke-LabGroupReprocess -GroupObjectId $e3
                PS> $v = Get-MsolUser -UserPrincipalName $vikram
                PS> $v | Format-Table DisplayName, UsageLocation, IsLicensed
                PS> @($v.IndirectLicenseErrors).Count

            The error message suggests disabling the plans that are not offered, with
            -LicenseOptions; in the lab every plan is unavailable in those four countries, so
            only a correct usage location helps there.

            For users who have none, set one rather than relying on the directory's country:
            a direct assignment needs it anyway.

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/04-usage-location.ps1

            Its expected output is Scripts/scenarios/04-usage-location.out.

        SEE ALSO
            about_GroupLicensing
            about_LicenseLab
            about_LicenseLab_Scenarios
            Get-Help Set-MsolUser
            Get-Help Set-LabTenant
        """)
}
