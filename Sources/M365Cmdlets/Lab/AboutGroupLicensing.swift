import PowerShellRuntime

extension LabHelpTopics {
    static let aboutGroupLicensing = HelpTopic(
        name: "about_GroupLicensing",
        synopsis: "How licenses reach users through groups, and where their failures are kept.",
        text: """

        TOPIC
            about_GroupLicensing

        SHORT DESCRIPTION
            The group-licensing model: direct and group assignment, the background processing
            that applies a group's licenses, where failures are recorded, and reprocessing.

        LONG DESCRIPTION
            A user can hold a product (a SKU, such as Office 365 E3) from several sources: one
            direct assignment, and one assignment from each licensed group it is a member of.
            LicenseLab keeps one record per product and source. Each record has a state:

                Active            applied
                Error             not applied; the record carries the error code
                ActiveWithError   still applied, but the last evaluation failed (a removal
                                  that another product's dependency blocked)

            The user holds the product when at least one of its records for it is applied, and
            uses one seat of it however many sources give it. A plan of the product is disabled
            only when every source disables it.

            A direct assignment (Set-MsolUserLicense, Set-MgUserLicense) is checked and applied
            inside the call: when it breaks a rule, the call fails with the error and nothing
            changes. A group assignment is applied later, by license processing, and a member
            who cannot get the license is not reported to anyone: the failure is stored on the
            user's record for that group, and the group is marked as having members with
            license errors.

        DIRECT OR FROM A GROUP
            GroupsAssigningLicense tells the sources apart. For a direct assignment it lists the
            user's own ObjectId; for a group assignment, the group's. Ines gets E3 from two
            groups and uses one E3 seat; Hugo holds E1 directly:

                PS> $ines = Get-MsolUser -UserPrincipalName inesj@contoso.onmicrosoft.com
                PS> $ines.Licenses | Format-Table AccountSkuId, GroupsAssigningLicense
                PS> $hugo = Get-MsolUser -UserPrincipalName hugoi@contoso.onmicrosoft.com
                PS> $hugo.Licenses | Format-Table AccountSkuId, GroupsAssigningLicense

        PUTTING A LICENSE ON A GROUP
            MSOnline has no cmdlet that writes a group's licenses, so the lab gives you
            Set-LabGroupLicense, which does what the portal's group license page does. Microsoft
            Graph users call Set-MgGroupLicense. Only security-enabled groups carry licenses.

            The change to the group is checked at once, but only against the group itself: the
            products must be the tenant's, plan names must be valid, and an add-on needs its
            prerequisite in the same group. The members are not checked in the call.

            Uma has no usage location, so a direct assignment fails at once:

                PS> $uma = Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com
                PS> Set-MsolUserLicense -ObjectId $uma.ObjectId -AddLicenses contoso:STANDARDPACK  # fails

            Through a group, a member without a usage location is evaluated with the tenant's
            country (Get-MsolCompanyInformation shows CountryLetterCode US), and her own
            UsageLocation stays empty:

                PS> $pilot = New-MsolGroup -DisplayName 'E1 pilot'
                PS> Set-LabGroupLicense -GroupObjectId $pilot.ObjectId -AddLicenses contoso:STANDARDPACK
                PS> Add-MsolGroupMember -GroupObjectId $pilot.ObjectId -GroupMemberObjectId $uma.ObjectId
                PS> Get-MsolUser -ObjectId $uma.ObjectId | Format-Table UsageLocation, IsLicensed

            The same with Microsoft Graph, which names a product by its SkuId:

                PS> Connect-MgGraph -NoWelcome
                PS> $ex1 = Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'EXCHANGESTANDARD'
                PS> $kiosk = New-MsolGroup -DisplayName 'Exchange kiosk'
                PS> $add = @{ SkuId = $ex1.SkuId }
                PS> Set-MgGroupLicense -GroupId $kiosk.ObjectId -AddLicenses $add -RemoveLicenses @()

            Adding a product already on the group replaces its disabled plans. Removing a
            product from a group removes it from every member. A group that still carries
            licenses cannot be deleted. Nested groups are kept but never expanded: the members
            of a member group get nothing from the outer group.

        WHEN PROCESSING HAPPENS
            Changing a group's licenses queues the whole group; adding or removing a member
            queues that member. The command that queued the work never processes it. When it
            runs depends on the tenant's processing mode (Set-LabTenant -ProcessingMode):

            Immediate (the default)
                Queued work runs before the next command reaches the tenant, and at the end of
                each statement you type. The next thing you read shows the result.
            Deferred
                Queued work waits for Wait-LabLicenseProcessing. With
                Set-LabTenant -ProcessingDelaySeconds N, work that has waited N seconds is also
                done, so a script that polls with Start-Sleep sees it finish.

            Graph shows the group's LicenseProcessingState: QueuedForProcessing,
            ProcessingInProgress, then ProcessingComplete. Try Deferred mode with Yara, who
            holds Exchange Online (Plan 1) directly:

                PS> Set-LabTenant -ProcessingMode Deferred
                PS> $yara = Get-MsolUser -UserPrincipalName yaraz@contoso.onmicrosoft.com
                PS> Add-MsolGroupMember -GroupObjectId $pilot.ObjectId -GroupMemberObjectId $yara.ObjectId
                PS> $state = Get-MgGroup -GroupId $pilot.ObjectId -Property LicenseProcessingState
                PS> $state.LicenseProcessingState
                PS> (Get-MsolUser -ObjectId $yara.ObjectId).Licenses.AccountSkuId
                PS> Wait-LabLicenseProcessing -PassThru
                PS> (Get-MsolUser -ObjectId $yara.ObjectId).Licenses.AccountSkuId
                PS> Set-LabTenant -ProcessingMode Immediate

            Wait-LabLicenseProcessing -PassThru writes one result per group it processed: how
            many members succeeded, failed, failed silently or lost the group's licenses.

            Processing evaluates a group's members in membership order, then users who still
            hold records from the group. Seats go to the first members that pass; the rest get
            CountViolation. A group's products are all or nothing for each member: if one of
            them fails, the member gets none of them from that group. A failed evaluation never
            takes away what was already applied: those records become ActiveWithError.

        WHERE THE ERRORS ARE KEPT
            On the user. MSOnline: IndirectLicenseErrors (product, error code and the group in
            ReferencedObjectId). Graph: licenseAssignmentStates, one entry per product and
            source, with State and Error:

                PS> $vikram = 'vikramx@contoso.onmicrosoft.com'
                PS> $v = Get-MsolUser -UserPrincipalName $vikram
                PS> $v.IndirectLicenseErrors | Format-Table AccountSku, Error, ReferencedObjectId
                PS> $mg = Get-MgUser -UserId $vikram -Property LicenseAssignmentStates
                PS> $mg.LicenseAssignmentStates | Format-Table AssignedByGroup, State, Error

            On the group. Graph lists the members in error; with MSOnline you read the members
            and filter them on the group's id:

                PS> $e3 = '9c3e5d20-2b4a-4c6d-8e7f-000000000001'
                PS> $inError = Get-MgGroupMemberWithLicenseError -GroupId $e3 -All
                PS> $inError | ForEach-Object { (Get-MsolUser -ObjectId $_.Id).DisplayName }
                PS> $members = Get-MsolGroupMember -GroupObjectId $e3 -All
                PS> $users = $members | Get-MsolUser -ObjectId { $_.ObjectId }
                PS> $users | Where-Object { $_.IndirectLicenseErrors.ReferencedObjectId -eq $e3 }

            The two lists differ: Graph also names Tara, who has left E3 Users but still holds
            its E3 (a removal blocked by DependencyViolation).

            In the whole tenant, every group with at least one member in error:

                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true
                PS> Get-MgGroup -Filter 'hasMembersWithLicenseErrors eq true' | Format-Table DisplayName

        REPROCESSING
            Fixing the cause does not retry the users in error by itself: buying seats, freeing
            seats or correcting a usage location queues nothing. Ask for the work again:

            Invoke-MgLicenseUser -UserId USER
                Evaluates one user against all its groups, at once.
            Invoke-LabGroupReprocess -GroupObjectId GROUP
                Queues the whole group (the portal's Reprocess button): its members and every
                user still holding records from it.

            Redo-MsolProvisionUser retries service provisioning, not licensing: it does not
            help here.

            Vikram's usage location is IR, where the plans are not offered. Correct it, then
            process him again:

                PS> Set-MsolUser -UserPrincipalName $vikram -UsageLocation DE
                PS> (Get-MsolUser -UserPrincipalName $vikram).IsLicensed
                PS> Invoke-MgLicenseUser -UserId $vikram | Format-Table DisplayName
                PS> (Get-MsolUser -UserPrincipalName $vikram).IsLicensed

            And a whole group, after buying the seats it lacked:

                PS> Add-LabSubscription -SkuPartNumber POWER_BI_PRO -Units 2
                PS> Invoke-LabGroupReprocess -GroupObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000004
                PS> Get-MsolGroup -All -HasLicenseErrorsOnly $true

            Power BI Pro has left the list.

        THE ERROR CODES
            The direct path reports the same code in $_.Exception.ErrorCode that the group
            path stores. Each has its own topic:

                CountViolation                      about_GroupLicensing_NotEnoughLicenses
                MutuallyExclusiveViolation          about_GroupLicensing_ConflictingServicePlans
                DependencyViolation                 about_GroupLicensing_DependencyViolation
                ProhibitedInUsageLocationViolation  about_GroupLicensing_UsageLocation

            A duplicate proxy address in Exchange Online fails without recording anything,
            unless Set-LabTenant -DuplicateProxyAddressError UniquenessViolation is set
            (about_GroupLicensing_DuplicateProxyAddresses).

        SEE ALSO
            about_GroupLicensingErrors
            about_GroupLicensing_NotEnoughLicenses
            about_GroupLicensing_ConflictingServicePlans
            about_GroupLicensing_DependencyViolation
            about_GroupLicensing_UsageLocation
            about_GroupLicensing_SeveralProducts
            about_GroupLicensing_AddOnPrerequisites
            about_GroupLicensing_DuplicateProxyAddresses
            about_GroupLicensing_ReprocessAfterFreeing
            about_LicenseLab_Scenarios
            about_Lab_Cmdlets
            Get-Help Set-LabGroupLicense
            Get-Help Wait-LabLicenseProcessing
        """)
}
