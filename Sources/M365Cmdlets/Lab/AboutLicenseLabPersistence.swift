import PowerShellRuntime

extension LabHelpTopics {
    static let aboutLicenseLabPersistence = HelpTopic(
        name: "about_LicenseLab_Persistence",
        synopsis: "Where the lab tenant is kept: tenant files, checkpoints, exports, dry runs.",
        text: """

        TOPIC
            about_LicenseLab_Persistence

        SHORT DESCRIPTION
            Where LicenseLab keeps the tenant, how to save and compare its states with
            checkpoints, how to export and import it as JSON, how to see what a script would
            change without changing anything, and how to bring in a copy of your own tenant.

        LONG DESCRIPTION
            The tenant lives in an SQLite file, so a shell started tomorrow finds the users,
            licenses and errors of today. Which tenant a run uses depends on the command line:

            licenselab
                The default tenant file: $XDG_DATA_HOME/licenselab/tenant.sqlite, or
                ~/.local/share/licenselab/tenant.sqlite without XDG_DATA_HOME. It is made
                from the demo tenant the first time.
            licenselab --tenant PATH
                The tenant file at PATH, made from the demo tenant if it is missing. Its
                folder must exist.
            licenselab --demo
                A fresh demo tenant in memory. Nothing is saved; checkpoints last until the
                shell ends.
            licenselab --what-if SCRIPT.ps1
                Runs the script on a copy and reports what it would change (DRY RUNS below).

        SAVED AS IT RUNS
            Each cmdlet call that changes the tenant is saved when it finishes, on its own, as
            the real service applies each request on its own. A script that is stopped or
            killed halfway keeps exactly the calls it finished, and no call is ever half
            applied. A call that a licensing rule refused changed nothing and saves nothing.

            Two shells can work on one tenant file. Their calls take turns, one whole call at
            a time, and each call sees what the other shell saved before it, so a seat the
            other shell took is taken here too. A shell waiting at its prompt sees the other
            shell's changes when its next statement runs.

        REPLACING THE TENANT
            Reset-LabTenant, Import-LabTenant, Restore-LabTenant and New-LabTenant put another
            tenant in place of the current one. On a tenant file that holds changes (anything
            but an unchanged demo or empty tenant) they ask first; -Force or -Confirm:$false
            replaces without asking. A script run, which cannot ask, stops with an error
            instead (TenantReplaceNotConfirmed). The in-memory tenant of --demo is replaced
            without asking, which is why the scenario scripts are run with --demo.

        CHECKPOINTS
            A checkpoint is a named copy of the whole tenant, kept in the tenant file (in
            memory with --demo). Checkpoint-LabTenant keeps one, Get-LabCheckpoint lists them
            (Name, CreatedDateTime, Users, Groups), Compare-LabTenant tells what changed since,
            Restore-LabTenant goes back to one (the checkpoint stays) and Remove-LabCheckpoint
            forgets one. Checkpoint-LabTenant -Force replaces a checkpoint of the same name,
            and Compare-LabTenant -Difference NAME compares two checkpoints. Each checkpoint
            holds the whole tenant (about 1 KB per user): they are meant for experiments, not
            for thousands of versions.

            Compare-LabTenant answers "what did this script change?" with one line per change
            (Change, Target, Sku, Detail): UserAdded, UserDeleted, UserRestored, UserRemoved,
            LicenseAdded and LicenseRemoved (with the sources, such as direct or group E3
            Users), ErrorAppeared and ErrorResolved (CountViolation from group E3 + EMS),
            UnitsChanged, SeatsChanged, and MailSent for mail the script sent.

            Keep the tenant, buy one EMS seat and reprocess "E3 + EMS", so that Farah gets
            both of its products, and see what changed:

                PS> Checkpoint-LabTenant -Name before
                PS> Add-LabSubscription -SkuPartNumber EMS -Units 1
                PS> Invoke-LabGroupReprocess -GroupObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000002
                PS> Get-LabCheckpoint
                PS> Compare-LabTenant -Reference before

            Go back, check that nothing differs any more, and forget the checkpoint:

                PS> Restore-LabTenant -Name before
                PS> Compare-LabTenant -Reference before
                PS> (Get-MsolUser -UserPrincipalName farahg@contoso.onmicrosoft.com).IsLicensed
                PS> Remove-LabCheckpoint -Name before
                PS> Get-LabCheckpoint

        EXPORT AND IMPORT
            Export-LabTenant writes the whole tenant to a JSON tenant file: settings,
            subscriptions, users with their license records and errors, groups, Exchange
            recipients, queued processing and the outbox. Import-LabTenant replaces the tenant
            with the file's. A file that is not a valid tenant file changes nothing, and the
            error says where in the JSON the problem is.

            Buy seats, export, go back to the demo tenant, and import the file again:

                PS> Add-LabSubscription -SkuPartNumber POWER_BI_PRO -Units 3
                PS> Export-LabTenant -Path /tmp/contoso.json
                PS> Get-Content -Path /tmp/contoso.json -TotalCount 3
                PS> Reset-LabTenant
                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO'
                PS> Import-LabTenant -Path /tmp/contoso.json
                PS> Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'POWER_BI_PRO'

            An invalid file is refused, and the tenant stays as it was:

                PS> Set-Content -Path /tmp/not-a-tenant.json -Value '{ "format": 3 }'
                PS> Import-LabTenant -Path /tmp/not-a-tenant.json  # fails
                PS> (Get-MsolUser -All).Count

            To start a shell from a file, use licenselab --import FILE: it replaces the
            tenant without asking before anything else runs.

        DRY RUNS
            licenselab --what-if SCRIPT.ps1 runs the script on an in-memory copy of the tenant
            (the default file, --tenant PATH or --demo) and prints what it would have
            changed, in the form of Compare-LabTenant. Files are protected too: the script's
            writes go to a copy-on-write layer over the file system, so it can read back what
            it wrote, and the report lists the files and folders it would have created,
            changed or deleted. Neither the tenant nor any file is changed, and native
            programs are never started.

                licenselab --what-if ./cleanup.ps1
                licenselab --tenant ~/labs/contoso.sqlite --what-if ./cleanup.ps1

        YOUR OWN TENANT
            To try a script on a copy of your real tenant, export it in real PowerShell 7.4
            with the Microsoft Graph PowerShell SDK v2 (not in LicenseLab), with the script
            that ships with LicenseLab. It only reads: it asks for the delegated scopes
            User.Read.All, Group.Read.All, Organization.Read.All and Directory.Read.All.

                pwsh ./Scripts/export-tenant.ps1 -Path ./contoso.json
                pwsh ./Scripts/export-tenant.ps1 -Path ./contoso-anon.json -Anonymize

            -Anonymize replaces names with pseudonyms and keeps ids, memberships, license
            states and errors; -TenantId names the tenant to sign in to. Get-Help on the
            script shows all its parameters. Then make a tenant file from the export:

                licenselab --tenant ~/labs/contoso.sqlite --import ./contoso.json

            Run your script against the copy with --what-if, or take a checkpoint, run it, and
            compare. The license states and errors are those the service recorded.
            Reprocessing a group (Invoke-LabGroupReprocess) or a user (Invoke-MgLicenseUser)
            evaluates them again under the lab's rules, which shows where the lab and the
            service differ.

        SEE ALSO
            about_LicenseLab
            about_Lab_Cmdlets
            about_LicenseLab_Scenarios
            Get-Help Export-LabTenant
            Get-Help Import-LabTenant
            Get-Help Compare-LabTenant
        """)
}
