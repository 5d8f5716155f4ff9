import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingNotEnoughLicenses = HelpTopic(
        name: "about_GroupLicensing_NotEnoughLicenses",
        synopsis: "CountViolation: a group has more members than the product has seats.",
        text: """

        TOPIC
            about_GroupLicensing_NotEnoughLicenses

        SHORT DESCRIPTION
            Not enough licenses (CountViolation): what happens when a group gives a product to
            more members than the tenant has seats for, how to find those members, and how to
            license them.

        LONG DESCRIPTION
            Every license a user holds uses one seat (unit) of the product, whether it came
            directly or from a group. A user who gets the same product from several groups, or
            from a group and directly, still uses one seat. The seats a product has are its
            ActiveUnits (units in the warning, suspended or locked-out state are never
            assigned); ConsumedUnits never goes above them.

            In the demo tenant the group "Power BI Pro" has seven members and the tenant owns
            five Power BI Pro seats. Processing gives the seats to the members in membership
            order, so the first five are licensed and the last two, Priya and Quentin, are not.

        CAUSE
            A direct assignment with no seat left is refused at once with CountViolation. A
            member of a group that needs a seat when none is left gets an Error record with the
            code CountViolation; the command that changed the group reports nothing. The intent
            is kept: the record stays in Error until a seat is free and the member is processed
            again.

        SEE IT
            The seats of the product:

                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO'

            The direct path fails at once. The error's Exception.ErrorCode is the code the group
            path stores ($Error[0] is the latest error; in a catch block it is $_):

                PS> $priya = 'priyaq@contoso.onmicrosoft.com'
                PS> Set-MsolUserLicense -UserPrincipalName $priya -AddLicenses contoso:POWER_BI_PRO  # fails
                PS> $Error[0].Exception.ErrorCode

            The group path fails silently. Uma joins the group; the command returns without an
            error, and she is not licensed:

                PS> $pbi = '9c3e5d20-2b4a-4c6d-8e7f-000000000004'
                PS> $uma = Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com
                PS> Add-MsolGroupMember -GroupObjectId $pbi -GroupMemberObjectId $uma.ObjectId
                PS> (Get-MsolUser -ObjectId $uma.ObjectId).IsLicensed

            Through the user, in MSOnline and in Graph:

                PS> $u = Get-MsolUser -ObjectId $uma.ObjectId
                PS> $u.IndirectLicenseErrors | Format-Table AccountSku, Error, ReferencedObjectId
                PS> Connect-MgGraph -NoWelcome
                PS> $mg = Get-MgUser -UserId $uma.ObjectId -Property LicenseAssignmentStates
                PS> $mg.LicenseAssignmentStates | Format-Table AssignedByGroup, State, Error

            Through the group: Priya, Quentin and Uma.

                PS> $inError = Get-MgGroupMemberWithLicenseError -GroupId $pbi -All
                PS> $inError | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).UserPrincipalName }
                PS> $members = Get-MsolGroupMember -GroupObjectId $pbi -All
                PS> $users = $members | Get-MsolUser -ObjectId { $_.ObjectId }
                PS> $users | Where-Object { $_.IndirectLicenseErrors.ReferencedObjectId -eq $pbi }

            In the whole tenant:

                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

        RESOLVE
            Make seats available, then process the members in error again. Seats come from
            buying more (in the lab: Add-LabSubscription) or from freeing licenses: take the
            product away from users who do not need it, for example by removing them from the
            group (about_GroupLicensing_ReprocessAfterFreeing).

            Buying seats does not license anyone by itself:

                PS> Add-LabSubscription -SkuPartNumber POWER_BI_PRO -Units 3
                PS> (Get-MsolUser -ObjectId $uma.ObjectId).IsLicensed

            Reprocessing the group (the portal's Reprocess button) evaluates every member
            again; Invoke-MgLicenseUser does the same for one user:

                PS> Invoke-LabGroupReprocess -GroupObjectId $pbi
                PS> (Get-MsolUser -ObjectId $uma.ObjectId).IsLicensed
                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO'

            Eight seats, eight used, and Power BI Pro no longer has members in error:

                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/01-not-enough-licenses.ps1

            Its expected output is Scripts/scenarios/01-not-enough-licenses.out.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensing_ReprocessAfterFreeing
            about_GroupLicensing_SeveralProducts
            about_LicenseLab_Scenarios
            Get-Help Add-LabSubscription
            Get-Help Invoke-LabGroupReprocess
        """)
}
