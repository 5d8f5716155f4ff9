import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingSeveralProducts = HelpTopic(
        name: "about_GroupLicensing_SeveralProducts",
        synopsis: "Several products on one group are assigned all together or not at all.",
        text: """

        TOPIC
            about_GroupLicensing_SeveralProducts

        SHORT DESCRIPTION
            Several products in one group: a member gets every product of the group or none of
            them. One product that fails blocks the others for that member.

        LONG DESCRIPTION
            A group can carry several products. For each member, processing checks all of them
            together: if every product passes, the member gets them all; if one fails, the
            member gets none of them from that group, and each of the group's records for the
            member takes the error of the first failure.

            In the demo tenant the group "E3 + EMS" carries Office 365 E3 and Enterprise
            Mobility + Security E3 (EMS) and has four members. E3 has a seat to spare, EMS has
            three seats. The fourth member, Farah, gets neither product.

            Separately, a user who gets the same product from several groups (or from a group
            and directly) uses one seat of it.

        CAUSE
            The error is the one of the product that failed (here CountViolation, as EMS has no
            seat left), and it is stored on every record of that group for the user, including
            the product that could have been assigned. The direct path behaves the same way
            within one call: Set-MsolUserLicense with several products applies all of them or
            none.

        SEE IT
            The seats of the two products:

                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -in 'ENTERPRISEPACK', 'EMS'

            The direct path: asking for both products for Uma (who first gets a usage location)
            fails as a whole, and she is left with nothing:

                PS> $uma = 'umaw@contoso.onmicrosoft.com'
                PS> Set-MsolUser -UserPrincipalName $uma -UsageLocation US
                PS> Set-MsolUserLicense -UserPrincipalName $uma -AddLicenses contoso:ENTERPRISEPACK, contoso:EMS  # fails
                PS> (Get-MsolUser -UserPrincipalName $uma).IsLicensed

            The group path: Farah has two records in error, one per product, although E3 had a
            free seat:

                PS> $farah = 'farahg@contoso.onmicrosoft.com'
                PS> $f = Get-MsolUser -UserPrincipalName $farah
                PS> $f.IndirectLicenseErrors | Format-Table AccountSku, Error, ReferencedObjectId
                PS> Connect-MgGraph -NoWelcome
                PS> $mg = Get-MgUser -UserId $farah -Property LicenseAssignmentStates
                PS> $mg.LicenseAssignmentStates | Format-Table SkuId, AssignedByGroup, State, Error

            Through the group, and in the whole tenant:

                PS> $e3ems = '9c3e5d20-2b4a-4c6d-8e7f-000000000002'
                PS> $inError = Get-MgGroupMemberWithLicenseError -GroupId $e3ems -All
                PS> $inError | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).DisplayName }
                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

        RESOLVE
            Fix what made the failing product fail (here: one more EMS seat), then reprocess
            the group. Both products arrive together, and the seats used rise for both:

                PS> Add-LabSubscription -SkuPartNumber EMS -Units 1
                PS> Invoke-LabGroupReprocess -GroupObjectId $e3ems
                PS> $f = Get-MsolUser -UserPrincipalName $farah
                PS> $f.Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -in 'ENTERPRISEPACK', 'EMS'

            Other ways out: free an EMS seat elsewhere and reprocess, or, when the products do
            not have to go together, put them on separate groups so that one failing product
            does not hold back the other.

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/05-several-products-in-one-group.ps1

            Its expected output is Scripts/scenarios/05-several-products-in-one-group.out.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensing_NotEnoughLicenses
            about_LicenseLab_Scenarios
            Get-Help Set-LabGroupLicense
        """)
}
