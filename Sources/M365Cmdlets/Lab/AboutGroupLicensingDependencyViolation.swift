import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingDependencyViolation = HelpTopic(
        name: "about_GroupLicensing_DependencyViolation",
        synopsis: "DependencyViolation: another product depends on the license being removed.",
        text: """

        TOPIC
            about_GroupLicensing_DependencyViolation

        SHORT DESCRIPTION
            Other products depend on this license (DependencyViolation): a license cannot be
            taken away while another license of the user needs one of its plans.

        LONG DESCRIPTION
            Some products are add-ons: a plan in them needs a plan from another product. In the
            lab, Microsoft Workplace Analytics needs Exchange Online (Plan 2) or Exchange Online
            (Plan 1), and Audio Conferencing needs Skype for Business Online (Plan 2).

            In the demo tenant Tara holds Workplace Analytics directly. Her Exchange Online came
            from Office 365 E3, through "E3 Users". She was then removed from the group. Taking
            E3 away would leave Workplace Analytics without its prerequisite, so the removal
            could not be applied.

        CAUSE
            A direct assignment that adds an add-on without its prerequisite, or removes a plan
            another enabled plan needs, fails at once with DependencyViolation. (Adding an
            add-on to a group without its prerequisite also fails at once: see
            about_GroupLicensing_AddOnPrerequisites.)

            When a member leaves a group and losing the group's licenses would break a
            dependency, the removal fails in the background. The group's records stay applied
            in the ActiveWithError state with DependencyViolation: the user keeps the product,
            it still uses a seat, and the group still counts the user among its members in
            error although the user is no longer a member.

        SEE IT
            The direct path. Uma has no license; give her a usage location, then ask for
            Workplace Analytics without any Exchange plan:

                PS> Set-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com -UsageLocation US
                PS> Set-MsolUserLicense -UserPrincipalName umaw@contoso.onmicrosoft.com -AddLicenses contoso:WORKPLACE_ANALYTICS  # fails
                PS> $Error[0].Exception.ErrorCode

            The group path. Tara is not a member of E3 Users, yet she holds E3 from it:

                PS> $tara = 'tarau@contoso.onmicrosoft.com'
                PS> $e3 = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
                PS> $t = Get-MsolUser -UserPrincipalName $tara
                PS> (Get-MsolGroupMember -GroupObjectId $e3 -All).ObjectId -contains $t.ObjectId
                PS> $t.Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
                PS> $t.IndirectLicenseErrors | Format-Table AccountSku, Error, ReferencedObjectId

            Graph shows the state of each record: E3 from the group is ActiveWithError:

                PS> Connect-MgGraph -NoWelcome
                PS> $mg = Get-MgUser -UserId $tara -Property LicenseAssignmentStates
                PS> $mg.LicenseAssignmentStates | Format-Table SkuId, AssignedByGroup, State, Error

            The group still reports her. Graph's list of members with license errors includes
            her; a list built from Get-MsolGroupMember does not, since she is not a member:

                PS> $inError = Get-MgGroupMemberWithLicenseError -GroupId $e3 -All
                PS> $inError | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).DisplayName }
                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

        RESOLVE
            Resolve the dependency, then process the user again (Invoke-MgLicenseUser) or the
            group (Invoke-LabGroupReprocess) so that the removal is tried again. Two ways:

            Remove the add-on. On its own that changes only the direct license; E3 stays until
            the user is processed again, and then both seats are freed:

                PS> Set-MsolUserLicense -UserPrincipalName $tara -RemoveLicenses contoso:WORKPLACE_ANALYTICS
                PS> (Get-MsolUser -UserPrincipalName $tara).Licenses.AccountSkuId
                PS> Invoke-MgLicenseUser -UserId $tara | Out-Null
                PS> $t = Get-MsolUser -UserPrincipalName $tara
                PS> '{0} licenses, {1} errors' -f @($t.Licenses).Count, @($t.IndirectLicenseErrors).Count
                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -in 'ENTERPRISEPACK', 'WORKPLACE_ANALYTICS'

            Or give the user the prerequisite another way and keep the add-on. Here, on a fresh
            demo tenant, Tara gets E3 directly (a direct copy of a product she holds from a
            group uses no extra seat); after reprocessing, the group's record is gone:

                PS> Reset-LabTenant
                PS> Set-MsolUserLicense -UserPrincipalName $tara -AddLicenses contoso:ENTERPRISEPACK
                PS> Invoke-MgLicenseUser -UserId $tara | Out-Null
                PS> $t = Get-MsolUser -UserPrincipalName $tara
                PS> $t.Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
                PS> @($t.IndirectLicenseErrors).Count

            Putting her back in the group also clears the error, since the group's E3 is then
            wanted again.

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/03-dependency-on-removal.ps1

            Its expected output is Scripts/scenarios/03-dependency-on-removal.out.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensing_AddOnPrerequisites
            about_GroupLicensing_ConflictingServicePlans
            about_LicenseLab_Scenarios
            Get-Help Invoke-MgLicenseUser
        """)
}
