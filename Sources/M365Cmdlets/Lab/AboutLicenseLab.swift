import PowerShellRuntime

extension LabHelpTopics {
    static let aboutLicenseLab = HelpTopic(
        name: "about_LicenseLab",
        synopsis: "How to use LicenseLab: a PowerShell shell on a simulated Microsoft 365 tenant.",
        text: """

        TOPIC
            about_LicenseLab

        SHORT DESCRIPTION
            How to use LicenseLab: a PowerShell shell whose Microsoft 365 cmdlets act on a
            simulated tenant, so you can practise licensing work without touching a real one.

        LONG DESCRIPTION
            LicenseLab speaks PowerShell 7 and ships the MSOnline, Microsoft Graph and
            Exchange Online cmdlets that licensing scripts use. They read and change a lab
            tenant called contoso: 24 users, a few groups that assign licenses, and
            subscriptions small enough to run out. Nothing you do reaches Microsoft.
            Reset-LabTenant puts the demo tenant back the way it started.

        FIRST STEPS
            The licenses the tenant owns, with seats used and available:

                PS> Get-MsolAccountSku

            The users, and the licenses of one of them:

                PS> Get-MsolUser
                PS> (Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com).Licenses

            The groups, and which of them have members whose licenses failed:

                PS> Get-MsolGroup
                PS> Get-MsolGroup -HasLicenseErrorsOnly $true

            Give a user a license directly (the AccountSkuId is tenant:SKUPARTNUMBER):

                PS> Set-MsolUserLicense -UserPrincipalName umaw@contoso.onmicrosoft.com -AddLicenses contoso:STANDARDPACK  # fails

            Uma has no usage location, so that fails at once and tells you why. Set one and
            try again. A usage location is an ISO 3166-1 alpha-2 country code: the United
            Kingdom is GB (UK is refused, a classic mistake):

                PS> Set-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com -UsageLocation US
                PS> Set-MsolUserLicense -UserPrincipalName umaw@contoso.onmicrosoft.com -AddLicenses contoso:STANDARDPACK
                PS> (Get-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com).Licenses.AccountSkuId

            Licenses assigned through groups fail differently: quietly, in the background.
            about_GroupLicensingErrors walks through finding and fixing those errors.

        THE PROMPT
            The prompt names the tenant: PS contoso>. When a command is not finished (an open
            brace, parenthesis or quote, a trailing pipe or backtick) the prompt becomes >>
            and the lines are run together once the command is complete.

            Keys:
                Tab           complete a command, parameter, value, variable, property or
                              file name; press Tab again to list the choices
                Up / Down     earlier commands; with text typed, only commands that start
                              with that text
                Ctrl+R        search the history
                Ctrl+C        stop the running command, or clear the line
                Ctrl+L        clear the screen
                Ctrl+D        leave (on an empty line), as does exit

            Tab knows the tenant: after -AddLicenses it offers the AccountSkuIds, after
            -UserPrincipalName the users, after -GroupObjectId the groups (listed by name).

        HISTORY
            Commands are kept in $XDG_STATE_HOME/licenselab/history (normally
            ~/.local/state/licenselab/history), shared by every LicenseLab you run, without
            duplicates, up to 4096 of them. A line that mentions a password, a token, a
            secret, an API key or AsPlainText is never written there; it stays in this
            session only. Get-History (h) lists this session's commands and Invoke-History
            (r) runs one again:

                PS> Get-History

        HELP
            Every command has help written from the same definitions the shell uses:

                PS> Get-Help Set-MsolUserLicense
                PS> Get-Help Set-MsolUserLicense -Examples
                PS> Get-Command -Module MSOnline

        SCRIPTS
            Run a script file with licenselab FILE.ps1 [arguments]; the arguments bind to the
            script's param() block. licenselab -c 'commands' runs text, and commands piped
            into licenselab run as a script (no prompt is printed).

        SEE ALSO
            about_GroupLicensingErrors
            Get-Help
            Get-Command
        """)
}
