import PowerShellRuntime

extension LabHelpTopics {
    static let aboutLicenseLabScenarios = HelpTopic(
        name: "about_LicenseLab_Scenarios",
        synopsis: "The eight scenario scripts, one per section of the group-licensing article.",
        text: """

        TOPIC
            about_LicenseLab_Scenarios

        SHORT DESCRIPTION
            The narrated scenario scripts in Scripts/scenarios: what each one shows, how to run
            them, and the steps they all follow.

        LONG DESCRIPTION
            LicenseLab was built from one Microsoft article, "Identify and resolve license
            assignment problems for a group" (the group-licensing article). Each script in
            Scripts/scenarios walks through one section of it on the demo tenant. A script
            starts with Reset-LabTenant, uses the demo users and groups that already show the
            problem, and explains with Write-Host what it is about to do, why, and what to
            notice. Beside each script, NN-name.out is its expected output.

        RUNNING THEM
            Run a script on a fresh demo tenant in memory, so that nothing is saved:

                licenselab --demo Scripts/scenarios/01-not-enough-licenses.ps1

            From a copy of the repository, Scripts/run builds LicenseLab (release build) first
            and passes its arguments on:

                Scripts/run --demo Scripts/scenarios/01-not-enough-licenses.ps1

            Keep --demo. Every script starts with Reset-LabTenant, which would replace your
            saved tenant; on a tenant file that holds changes, Reset-LabTenant asks first in an
            interactive shell and stops a script run with an error instead.

        THE COMMON ARC
            Every script follows the same four steps:

            1. The direct path fails at once. Set-MsolUserLicense is refused; the script's
               try/catch prints the message and $_.Exception.ErrorCode, the same word the
               group path stores.
            2. The group path fails silently. The command that changed the group (or its
               members) returns without an error.
            3. The error is found through the user (IndirectLicenseErrors, Graph
               LicenseAssignmentStates), through the group (Get-MgGroupMemberWithLicenseError,
               or Get-MsolGroupMember piped to Get-MsolUser and filtered on
               ReferencedObjectId), and in the whole tenant (Get-MsolGroup
               -HasLicenseErrorsOnly $true, Get-MgGroup -Filter
               'hasMembersWithLicenseErrors eq true').
            4. The fix, then the reprocessing that makes it take effect.

        THE SCRIPTS
            01-not-enough-licenses (CountViolation)
                "Power BI Pro" has seven members for five seats. Uma joins the group: no error
                is shown, and she gets nothing. Buying three seats licenses nobody by itself;
                reprocessing the group does.
            02-conflicting-service-plans (MutuallyExclusiveViolation)
                Hugo holds E1 directly and is in "E3 Users": their Exchange and SharePoint
                plans conflict. Three fixes, each on a fresh tenant: remove E1 and reprocess
                the user; disable E1's two conflicting plans and reprocess the group; take
                Hugo out of the group.
            03-dependency-on-removal (DependencyViolation)
                Tara left "E3 Users" but holds Workplace Analytics, which needs E3's Exchange
                plan: E3 stays, ActiveWithError. Removing the add-on and reprocessing her
                frees both seats.
            04-usage-location (ProhibitedInUsageLocationViolation)
                Vikram is in IR, where the plans are not offered. Gwen has no usage location
                and is licensed with the directory's country. A new location licenses Vikram
                once the group is reprocessed.
            05-several-products-in-one-group (all or nothing)
                "E3 + EMS": EMS has three seats for four members, so Farah gets neither
                product. One EMS seat and a reprocess bring both.
            06-add-on-prerequisites (the add-on's prerequisite in the same group)
                Workplace Analytics alone on a group is refused at once, by Set-LabGroupLicense
                and Set-MgGroupLicense. With Exchange Online (Plan 1) beside it the group is
                accepted, and a new member fails silently: no seat is left.
            07-duplicate-proxy-addresses (a silent failure found in Exchange)
                The mail contact "Wes Young (old)" holds the address Wes's mailbox needs.
                Nothing is recorded; Get-Recipient finds the culprit. Removing the contact
                and reprocessing the group licenses Wes.
            08-reprocess-after-freeing (freed seats retry nobody)
                Kira and Liam leave "Power BI Pro"; Priya and Quentin stay in error.
                Invoke-MgLicenseUser fixes Priya, Redo-MsolProvisionUser does not help
                Quentin, Invoke-LabGroupReprocess fixes the group.

        THE STARTING STATE
            The demo tenant the scripts start from. The products, with seats owned and used:

                PS> Get-MsolAccountSku

            The groups, and those with members in error:

                PS> Get-MsolGroup
                PS> Get-MsolGroup -HasLicenseErrorsOnly $true

            The users whose group licenses failed, and why:

                PS> $failed = Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors }
                PS> $why = @{ n = 'Errors'; e = { $_.IndirectLicenseErrors.Error -join ', ' } }
                PS> $failed | Format-Table DisplayName, UsageLocation, IsLicensed, $why

            Wes is not in that list although he is unlicensed: his failure records nothing
            (scenario 07).

            The users the scripts start from without a usage location (Gwen, Kira, Uma), and
            the old mail contact of scenario 07:

                PS> $noLocation = Get-MsolUser -All | Where-Object { -not $_.UsageLocation }
                PS> $noLocation | Format-Table DisplayName, IsLicensed
                PS> $old = Get-Recipient -Identity 'Wes Young (old)'
                PS> $old | Format-List Name, RecipientType, EmailAddresses

            Each scenario also has its own topic, with the commands to try by hand.

        SEE ALSO
            about_GroupLicensing
            about_GroupLicensing_NotEnoughLicenses
            about_GroupLicensing_ConflictingServicePlans
            about_GroupLicensing_DependencyViolation
            about_GroupLicensing_UsageLocation
            about_GroupLicensing_SeveralProducts
            about_GroupLicensing_AddOnPrerequisites
            about_GroupLicensing_DuplicateProxyAddresses
            about_GroupLicensing_ReprocessAfterFreeing
            about_LicenseLab_Persistence
        """)
}
