import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensingReprocessAfterFreeing = HelpTopic(
        name: "about_GroupLicensing_ReprocessAfterFreeing",
        synopsis: "Freed seats do not retry users in error: reprocess the user or the group.",
        text: """

        TOPIC
            about_GroupLicensing_ReprocessAfterFreeing

        SHORT DESCRIPTION
            Forcing processing after freeing licenses: seats that become free are not given to
            the members already in error until the user or the group is processed again.

        LONG DESCRIPTION
            When a group's member fails (for example with CountViolation), the failure is stored
            and the member waits in the Error state. Nothing watches for the cause to go away.
            Freeing seats, buying seats or correcting a usage location does not queue any
            processing, so the members in error stay in error, and the group stays in the
            tenant-wide lists of groups with errors.

            In the demo tenant the group "Power BI Pro" has seven members for five seats; Priya
            and Quentin are in CountViolation.

        CAUSE
            Processing is queued by changes to the group (its licenses, a reprocess) or to a
            membership (the member who joined or left). A seat freed by a member who leaves
            is released, but no other member is evaluated again, so nobody takes it.

        SEE IT
            Where we start:

                PS> $pbi = '9c3e5d20-2b4a-4c6d-8e7f-000000000004'
                PS> $errors = @{ n = 'Error'; e = { $_.IndirectLicenseErrors.Error } }
                PS> $members = Get-MsolGroupMember -GroupObjectId $pbi -All
                PS> $users = $members | Get-MsolUser -ObjectId { $_.ObjectId }
                PS> $users | Format-Table DisplayName, IsLicensed, $errors

            The direct path would fail at once, as there is no seat:

                PS> $priya = 'priyaq@contoso.onmicrosoft.com'
                PS> Set-MsolUserLicense -UserPrincipalName $priya -AddLicenses contoso:POWER_BI_PRO  # fails

            Free two seats: Kira and Liam leave the group.

                PS> $kira = Get-MsolUser -UserPrincipalName kiral@contoso.onmicrosoft.com
                PS> $liam = Get-MsolUser -UserPrincipalName liamm@contoso.onmicrosoft.com
                PS> Remove-MsolGroupMember -GroupObjectId $pbi -GroupMemberObjectId $kira.ObjectId
                PS> Remove-MsolGroupMember -GroupObjectId $pbi -GroupMemberObjectId $liam.ObjectId
                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO'

            Two seats are free, but Priya and Quentin are still in error, and the group is
            still listed with errors:

                PS> $members = Get-MsolGroupMember -GroupObjectId $pbi -All
                PS> $users = $members | Get-MsolUser -ObjectId { $_.ObjectId }
                PS> $users | Format-Table DisplayName, IsLicensed, $errors
                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Connect-MgGraph -NoWelcome
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

        RESOLVE
            Process again, one user or the whole group.

            One user: Graph's Invoke-MgLicenseUser evaluates the user against all its groups at
            once and returns the updated user:

                PS> Invoke-MgLicenseUser -UserId $priya
                PS> (Get-MsolUser -UserPrincipalName $priya).IsLicensed

            Redo-MsolProvisionUser is not the same thing: it retries service provisioning, not
            licensing, so Quentin is unchanged:

                PS> $quentin = Get-MsolUser -UserPrincipalName quentinr@contoso.onmicrosoft.com
                PS> Redo-MsolProvisionUser -ObjectId $quentin.ObjectId
                PS> (Get-MsolUser -ObjectId $quentin.ObjectId).IsLicensed

            The whole group: Invoke-LabGroupReprocess is the portal's Reprocess button. It
            evaluates every member, and every user still holding records from the group:

                PS> Invoke-LabGroupReprocess -GroupObjectId $pbi
                PS> $users = $members | Get-MsolUser -ObjectId { $_.ObjectId }
                PS> $users | Format-Table DisplayName, IsLicensed, $errors
                PS> (Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true').DisplayName

            Power BI Pro has left the list of groups with errors. The same applies after any
            fix in the other sections: the fix, then the reprocessing.

        SCENARIO
            The narrated script of this section runs on a demo tenant in memory:

                licenselab --demo Scripts/scenarios/08-reprocess-after-freeing.ps1

            Its expected output is Scripts/scenarios/08-reprocess-after-freeing.out.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensing_NotEnoughLicenses
            about_LicenseLab_Scenarios
            Get-Help Invoke-LabGroupReprocess
            Get-Help Invoke-MgLicenseUser
            Get-Help Redo-MsolProvisionUser
        """)
}
