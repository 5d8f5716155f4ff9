import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingAddOnPrerequisites = HelpTopic(
        name: "about_GroupLicensing_AddOnPrerequisites",
        synopsis: "An add-on on a group needs its prerequisite product in the same group.",
        text: """

        TOPIC
            about_GroupLicensing_AddOnPrerequisites

        SHORT DESCRIPTION
            Add-ons with prerequisites: a group that carries an add-on product must also carry
            a product with the plan the add-on needs. It is the one licensing rule checked when
            the group itself is changed, so the change is refused at once.

        LONG DESCRIPTION
            An add-on needs a plan from another product. Microsoft Workplace Analytics needs
            Exchange Online (Plan 2) or Exchange Online (Plan 1). A user's other licenses do not
            count for a group: the group itself must enable the prerequisite.

            In the demo tenant the group "Workplace Analytics users" carries the add-on together
            with Office 365 E3 reduced to one plan, Exchange Online (Plan 2): every other plan
            of E3 is disabled on the group. Its members, Ines and Jonas, are licensed.

        CAUSE
            Changing a group's licenses is checked against the group alone, at once. When an
            enabled plan's prerequisite is not enabled by the same group, Set-LabGroupLicense
            and Graph's Set-MgGroupLicense fail with DependencyViolation ("Make sure that the
            group has necessary services"); nothing changes. The other rules (seats,
            conflicting plans, usage locations) are checked later, member by member.

            Once the group is valid, its members are processed as usual, and can still fail
            silently for other reasons: a new member gets CountViolation when no Workplace
            Analytics seat is left.

        SEE IT
            How the seeded group is built: E3 with 29 of its plans disabled, and the add-on:

                PS> $wa = '9c3e5d20-2b4a-4c6d-8e7f-000000000003'
                PS> Connect-MgGraph -NoWelcome
                PS> $group = Get-MgGroup -GroupId $wa -Property AssignedLicenses
                PS> $group.AssignedLicenses | Format-Table SkuId, @{ n = 'Disabled'; e = { $_.DisabledPlans.Count } }
                PS> $members = Get-MsolGroupMember -GroupObjectId $wa -All
                PS> $members | Get-MsolUser -ObjectId { $_.ObjectId }

            The add-on alone on a new group is refused at once, in MSOnline style and in Graph:

                PS> $g = New-MsolGroup -DisplayName 'Analytics only'
                PS> Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:WORKPLACE_ANALYTICS  # fails
                PS> $Error[0].Exception.ErrorCode
                PS> $addOn = Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'WORKPLACE_ANALYTICS'
                PS> $add = @{ SkuId = $addOn.SkuId }
                PS> Set-MgGroupLicense -GroupId $g.ObjectId -AddLicenses $add -RemoveLicenses @()  # fails

        RESOLVE
            Put a product with the prerequisite on the same group, in the same change. Here
            Exchange Online (Plan 1):

                PS> $both = 'contoso:EXCHANGESTANDARD', 'contoso:WORKPLACE_ANALYTICS'
                PS> Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses $both
                PS> (Get-MsolGroup -ObjectId $g.ObjectId).Licenses | Format-Table SkuPartNumber

            To give only the prerequisite plan, as the seeded group does, disable the product's
            other plans on the group: Set-LabGroupLicense -LicenseOptions takes the objects
            New-MsolLicenseOptions makes.

            The tenant has no Workplace Analytics seat left, so a new member fails silently:

                PS> $uma = Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com
                PS> Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $uma.ObjectId
                PS> $u = Get-MsolUser -ObjectId $uma.ObjectId
                PS> $u.IndirectLicenseErrors | Format-Table AccountSku, Error
                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

            Both of her records fail, as a group's products are all or nothing
            (about_GroupLicensing_SeveralProducts). One more seat and a reprocess license her:

                PS> Add-LabSubscription -SkuPartNumber WORKPLACE_ANALYTICS -Units 1
                PS> Invoke-LabGroupReprocess -GroupObjectId $g.ObjectId
                PS> $u = Get-MsolUser -ObjectId $uma.ObjectId
                PS> $u.Licenses | Format-Table AccountSkuId, GroupsAssigningLicense

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/06-add-on-prerequisites.ps1

            Its expected output is Scripts/scenarios/06-add-on-prerequisites.out.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensing_DependencyViolation
            about_GroupLicensing_SeveralProducts
            about_LicenseLab_Scenarios
            Get-Help Set-LabGroupLicense
            Get-Help Set-MgGroupLicense
        """)
}
