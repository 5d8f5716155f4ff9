import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingConflictingServicePlans = HelpTopic(
        name: "about_GroupLicensing_ConflictingServicePlans",
        synopsis: "MutuallyExclusiveViolation: products whose plans cannot be held together.",
        text: """

        TOPIC
            about_GroupLicensing_ConflictingServicePlans

        SHORT DESCRIPTION
            Conflicting service plans (MutuallyExclusiveViolation): a group gives a user a
            product with a plan that cannot coexist with a plan the user already holds.

        LONG DESCRIPTION
            A product is a bundle of service plans. Some plans cannot be enabled for one user at
            the same time, even when they come from different products: for example Exchange
            Online (Plan 1) and Exchange Online (Plan 2), or SharePoint Online (Plan 1) and
            SharePoint Online (Plan 2). Office 365 E1 carries the Plan 1 versions and Office 365
            E3 the Plan 2 versions, so one user cannot hold E1 and E3 with all their plans
            enabled. The same plan coming from two products is not a conflict.

            In the demo tenant Hugo holds E1 directly and is a member of "E3 Users". The group
            could not give him E3.

        CAUSE
            Before a product is applied, LicenseLab checks every enabled plan the user would
            hold from all sources. When two of them cannot be held together, a direct
            assignment fails at once with MutuallyExclusiveViolation and names the conflicting
            plans; a group assignment stores the same code on the user's record for that
            group, in the Error state, and the user keeps only what he had.

            The Exchange Plan 1 and Plan 2 conflict follows the 2020 version of Microsoft's
            article; Set-LabTenant -ExchangePlansConflict $false turns it off (the SharePoint
            conflict stays).

        SEE IT
            The direct path: Sven also holds E1 directly, and giving him E3 is refused:

                PS> Set-MsolUserLicense -UserPrincipalName svent@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK  # fails
                PS> $Error[0].Exception.ErrorCode

            The group path: Hugo has E1 only. His record for the group holds the error:

                PS> $hugo = 'hugoi@contoso.onmicrosoft.com'
                PS> $e3 = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
                PS> $h = Get-MsolUser -UserPrincipalName $hugo
                PS> $h.Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
                PS> $h.IndirectLicenseErrors | Format-Table AccountSku, Error, ReferencedObjectId
                PS> Connect-MgGraph -NoWelcome
                PS> $mg = Get-MgUser -UserId $hugo -Property LicenseAssignmentStates
                PS> $mg.LicenseAssignmentStates | Format-Table SkuId, AssignedByGroup, State, Error

            The group's members in error: Hugo, and Vikram for another reason. Graph also names
            Tara, who left the group (about_GroupLicensing_DependencyViolation):

                PS> $members = Get-MsolGroupMember -GroupObjectId $e3 -All
                PS> $users = $members | Get-MsolUser -ObjectId { $_.ObjectId }
                PS> $users | Where-Object { $_.IndirectLicenseErrors.ReferencedObjectId -eq $e3 }
                PS> $inError = Get-MgGroupMemberWithLicenseError -GroupId $e3 -All
                PS> $inError | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).DisplayName }

            The groups with members in error, in the whole tenant:

                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

        RESOLVE
            There are three ways out. Each starts from the demo tenant as it was: the second
            and the third begin with Reset-LabTenant.

            1. Remove the direct E1 license: E3 from the group covers the same services. Then
               process the user again:

                PS> Set-MsolUserLicense -UserPrincipalName $hugo -RemoveLicenses contoso:STANDARDPACK
                PS> Invoke-MgLicenseUser -UserId $hugo | Out-Null
                PS> (Get-MsolUser -UserPrincipalName $hugo).Licenses.AccountSkuId

            2. Keep E1 but disable its two conflicting plans, then reprocess the group:

                PS> Reset-LabTenant
                PS> $plans = 'EXCHANGE_S_STANDARD', 'SHAREPOINTSTANDARD'
                PS> $e1 = 'contoso:STANDARDPACK'
                PS> $options = New-MsolLicenseOptions -AccountSkuId $e1 -DisabledPlans $plans
                PS> Set-MsolUserLicense -UserPrincipalName $hugo -LicenseOptions $options
                PS> Invoke-LabGroupReprocess -GroupObjectId $e3
                PS> (Get-MsolUser -UserPrincipalName $hugo).Licenses.AccountSkuId

            3. Take the user out of the group, or move him to a group whose product does not
               conflict with E1. The membership change is processed by itself:

                PS> Reset-LabTenant
                PS> $hugoId = (Get-MsolUser -UserPrincipalName $hugo).ObjectId
                PS> Remove-MsolGroupMember -GroupObjectId $e3 -GroupMemberObjectId $hugoId
                PS> @((Get-MsolUser -UserPrincipalName $hugo).IndirectLicenseErrors).Count

            In 1 and 2 the fix changes the user's direct license, which does not retry the
            group's record: Invoke-MgLicenseUser (one user) or Invoke-LabGroupReprocess (the
            whole group) is what applies E3.

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/02-conflicting-service-plans.ps1

            Its expected output is Scripts/scenarios/02-conflicting-service-plans.out.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensing_DependencyViolation
            about_LicenseLab_Scenarios
            Get-Help New-MsolLicenseOptions
            Get-Help Invoke-MgLicenseUser
            Get-Help Set-LabTenant
        """)
}
