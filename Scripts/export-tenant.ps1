<#
.SYNOPSIS
Exports a Microsoft 365 tenant, read-only, into a LicenseLab tenant file (JSON).

.DESCRIPTION
Run this script in PowerShell 7.4 with the Microsoft Graph PowerShell SDK v2 installed. It only reads
from the directory and never changes it. It writes one JSON file that Import-LabTenant in LicenseLab
can load. The file holds:

- the tenant name (from the initial x.onmicrosoft.com domain), the tenant id and the country;
- every subscribed SKU with its service plans ("products"), so LicenseLab can learn products that
  its own catalog lacks, and the seat counts of each SKU ("subscriptions");
- every user, with the directory attributes licensing scripts often filter on and one license
  record per product and source (direct, or the group that assigns it), taken from the user's
  licenseAssignmentStates, so states and errors are kept as the service reports them (LicenseLab
  has no Disabled state: such a record is written as Error, and a record that is not Active but
  reports no error gets the error Other, because LicenseLab requires one);
- every group, with its type, dynamic membership rule, user members (by user principal name) and
  the licenses it assigns;
- a UserMailbox recipient for every user that has proxy addresses.

Nothing is queued for license processing in the file: the lab starts from the states the service
reported.

With -Anonymize, names are replaced by pseudonyms. Each pseudonym comes from a SHA-256 hash of the
original value and a random salt made once per run, so within one export the same value always gets
the same pseudonym, and two exports of the same tenant cannot be matched with each other. Display
names, the local part of user principal names and proxy addresses, mail nicknames, group names and
descriptions, and the Department, Title, City, State and CompanyName attributes are replaced.
Domains, Country, UserType, ids, counts, memberships, license states and errors are kept. In dynamic
membership rules, the quoted values compared with -eq, -ne, -in or -notIn on an anonymized property
(for example "Sales" in user.department -eq "Sales") get the same pseudonym as the attribute, so the
rule still selects the same users. Values compared in other ways (-startsWith, -contains, -match,
-any) cannot be kept; the script warns about such rules.

The connection asks for User.Read.All, Group.Read.All, Organization.Read.All and Directory.Read.All.
These delegated permissions need admin consent.

.PARAMETER Path
The JSON file to write. An existing file is replaced.

.PARAMETER Anonymize
Replace names, addresses and descriptive attributes with stable pseudonyms (see the description).

.PARAMETER TenantId
The tenant to sign in to (its id or a verified domain). Used only when the script connects, that is
without -SkipConnect.

.PARAMETER SkipConnect
Do not call Connect-MgGraph: use the Microsoft Graph connection that is already open in this session.

.EXAMPLE
./export-tenant.ps1 -Path ./contoso.json

Signs in interactively and writes the whole tenant to contoso.json.

.EXAMPLE
./export-tenant.ps1 -Path ./contoso-anonymous.json -Anonymize -TenantId contoso.onmicrosoft.com

Signs in to the contoso tenant and writes a copy without personal names or addresses, which can be
shared, for example to reproduce a licensing problem in LicenseLab.

.EXAMPLE
Connect-MgGraph -Scopes User.Read.All, Group.Read.All, Organization.Read.All -NoWelcome
./export-tenant.ps1 -Path ./tenant.json -SkipConnect

Reuses a connection opened earlier in the session.

.NOTES
Needs the modules Microsoft.Graph.Authentication, Microsoft.Graph.Users, Microsoft.Graph.Groups and
Microsoft.Graph.Identity.DirectoryManagement (all part of Microsoft.Graph v2).
Load the result in LicenseLab with: Import-LabTenant -Path <file>
#>

#Requires -Version 7.4
#Requires -Modules @{ ModuleName = 'Microsoft.Graph.Authentication'; ModuleVersion = '2.0.0' }
#Requires -Modules @{ ModuleName = 'Microsoft.Graph.Users'; ModuleVersion = '2.0.0' }
#Requires -Modules @{ ModuleName = 'Microsoft.Graph.Groups'; ModuleVersion = '2.0.0' }
#Requires -Modules @{ ModuleName = 'Microsoft.Graph.Identity.DirectoryManagement'; ModuleVersion = '2.0.0' }

[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$Path,
    [switch]$Anonymize,
    [string]$TenantId,
    [switch]$SkipConnect
)

$ErrorActionPreference = 'Stop'

# How often the progress bar is updated (in items), so that it does not slow big tenants down.
$progressStep = 500
$invariantCulture = [System.Globalization.CultureInfo]::InvariantCulture
$timestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"

# --- Helpers (script blocks, so that every command name in this script is a real pwsh or Graph
# --- command) ----------------------------------------------------------------------------------

# A Graph timestamp as LicenseLab writes it: UTC, ISO 8601, milliseconds. $null stays $null.
$formatTimestamp = {
    param($Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [datetimeoffset]) {
        $utc = $Value.UtcDateTime
    } else {
        $utc = [datetime]$Value
        # The SDK returns UTC times (Kind Utc); a Local time is converted, an Unspecified one is
        # taken as UTC, which is what Graph sends.
        if ($utc.Kind -eq [System.DateTimeKind]::Local) { $utc = $utc.ToUniversalTime() }
    }
    $utc.ToString($timestampFormat, $invariantCulture)
}

# Pseudonyms. One random salt per run; the same (kind, value) always gives the same pseudonym in
# this export. Values are compared without case, as dynamic membership rules compare them.
$salt = $null
if ($Anonymize) { $salt = [System.Convert]::ToHexString([System.Security.Cryptography.RandomNumberGenerator]::GetBytes(16)) }
$pseudonymByKey = @{}                                          # "kind|value" -> pseudonym
$pseudonymsTaken = [System.Collections.Generic.HashSet[string]]::new()

$getPseudonym = {
    param([string]$Kind, [string]$Prefix, [string]$Value)
    $key = $Kind + '|' + $Value.ToLowerInvariant()
    $known = $pseudonymByKey[$key]
    if ($null -ne $known) { return $known }
    $hash = [System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($salt + '|' + $key))
    $hex = [System.Convert]::ToHexString($hash).ToLowerInvariant()
    # 8 hex digits are enough to read; on the rare collision take more, so pseudonyms stay unique.
    $length = 8
    $candidate = $Prefix + $hex.Substring(0, $length)
    while ($pseudonymsTaken.Contains($candidate) -and $length -lt $hex.Length) {
        $length += 4
        $candidate = $Prefix + $hex.Substring(0, $length)
    }
    [void]$pseudonymsTaken.Add($candidate)
    $pseudonymByKey[$key] = $candidate
    $candidate
}

# An address "local@domain" (optionally "PREFIX:local@domain", as proxy addresses are) with the
# local part replaced by its pseudonym; the prefix and the domain are kept. An address without "@"
# (an X500 address, for example) is replaced as a whole after its prefix.
$anonymizeAddress = {
    param([string]$Address)
    $prefix = ''
    $rest = $Address
    $colon = $Address.IndexOf(':')
    $at = $Address.LastIndexOf('@')
    if ($colon -gt 0 -and ($at -lt 0 -or $colon -lt $at)) {
        $prefix = $Address.Substring(0, $colon + 1)
        $rest = $Address.Substring($colon + 1)
    }
    $at = $rest.LastIndexOf('@')
    if ($at -gt 0) {
        $prefix + (& $getPseudonym 'local' 'user' $rest.Substring(0, $at)) + $rest.Substring($at)
    } else {
        $prefix + (& $getPseudonym 'address' 'address' $rest)
    }
}

# Dynamic membership rules: the user properties whose values are anonymized, and how a value
# compared with them is replaced (a pseudonym kind and prefix, or 'address' for a whole address).
$ruleProperties = @{
    'department'        = @('Department', 'Department ')
    'jobtitle'          = @('Title', 'Title ')
    'city'              = @('City', 'City ')
    'state'             = @('State', 'State ')
    'companyname'       = @('CompanyName', 'Company ')
    'displayname'       = @('UserDisplayName', 'User ')
    'mailnickname'      = @('local', 'user')
    'userprincipalname' = @('address', $null)
    'mail'              = @('address', $null)
}
# Any mention of a property whose values change under -Anonymize (also the multi-valued ones).
$anonymizedPropertyPattern = [regex]::new(
    '(?i)\buser\.(department|jobtitle|city|state|companyname|displayname|mailnickname|userprincipalname|mail|proxyaddresses|othermails)\b')
# user.<property> <operator> <value>, the value being "text", 'text', [list] or a bare word (null, true).
$comparisonPattern = [regex]::new(
    '(?i)\buser\.(\w+)\s+(-?[a-z]+)\s+("(?:[^"`]|`.)*"|''(?:[^'']|'''')*''|\[[^\]]*\]|[^\s()]+)')
$literalPattern = [regex]::new('"((?:[^"`]|`.)*)"|''((?:[^'']|'''')*)''')
$ruleStats = @{ Approximate = 0 }

# Returns the rule with the values compared to anonymized properties replaced by their pseudonyms.
$anonymizeRule = {
    param([string]$Rule)
    $builder = [System.Text.StringBuilder]::new()
    $copied = 0
    $kept = 0
    foreach ($comparison in $comparisonPattern.Matches($Rule)) {
        $spec = $ruleProperties[$comparison.Groups[1].Value.ToLowerInvariant()]
        if ($null -eq $spec) { continue }
        $operator = $comparison.Groups[2].Value.TrimStart('-').ToLowerInvariant()
        if ($operator -notin 'eq', 'ne', 'in', 'notin') { continue }
        $valueGroup = $comparison.Groups[3]
        $value = $valueGroup.Value
        $newValue = [System.Text.StringBuilder]::new()
        $valueCopied = 0
        foreach ($literal in $literalPattern.Matches($value)) {
            if ($literal.Groups[1].Success) {
                $quote = '"'
                $text = $literal.Groups[1].Value.Replace('`"', '"')
            } else {
                $quote = "'"
                $text = $literal.Groups[2].Value.Replace("''", "'")
            }
            if ($spec[0] -eq 'address') {
                $replacement = & $anonymizeAddress $text
            } else {
                $replacement = & $getPseudonym $spec[0] $spec[1] $text
            }
            [void]$newValue.Append($value, $valueCopied, $literal.Index - $valueCopied)
            [void]$newValue.Append($quote).Append($replacement).Append($quote)
            $valueCopied = $literal.Index + $literal.Length
        }
        [void]$newValue.Append($value, $valueCopied, $value.Length - $valueCopied)
        [void]$builder.Append($Rule, $copied, $valueGroup.Index - $copied).Append($newValue.ToString())
        $copied = $valueGroup.Index + $valueGroup.Length
        $kept++
    }
    [void]$builder.Append($Rule, $copied, $Rule.Length - $copied)
    # Mentions of anonymized properties that were not an exact comparison: the rule may select
    # other users in the lab.
    if ($anonymizedPropertyPattern.Matches($Rule).Count -gt $kept) { $ruleStats.Approximate++ }
    $builder.ToString()
}

$progressActivity = 'Exporting the tenant for LicenseLab'
try {
    # --- Connect -----------------------------------------------------------------------------
    if (-not $SkipConnect) {
        Write-Progress -Id 1 -Activity $progressActivity -Status 'Connecting to Microsoft Graph'
        if ($TenantId) {
            $null = Connect-MgGraph -Scopes User.Read.All, Group.Read.All, Organization.Read.All, Directory.Read.All -TenantId $TenantId -NoWelcome
        } else {
            $null = Connect-MgGraph -Scopes User.Read.All, Group.Read.All, Organization.Read.All, Directory.Read.All -NoWelcome
        }
    }

    # --- Organization ------------------------------------------------------------------------
    Write-Progress -Id 1 -Activity $progressActivity -Status 'Reading the organization'
    $organization = @(Get-MgOrganization -Property id, countryLetterCode, verifiedDomains)[0]
    if ($null -eq $organization) { throw 'Microsoft Graph returned no organization.' }
    $initialDomain = $null
    foreach ($domain in $organization.VerifiedDomains) {
        if ($domain.IsInitial -and ([string]$domain.Name).EndsWith('.onmicrosoft.com', [System.StringComparison]::OrdinalIgnoreCase)) {
            $initialDomain = [string]$domain.Name
        }
    }
    if (-not $initialDomain) {
        foreach ($domain in $organization.VerifiedDomains) {
            if ([string]$domain.Name -match '^[^.]+\.onmicrosoft\.com$') { $initialDomain = [string]$domain.Name }
        }
    }
    if (-not $initialDomain) { throw 'The organization has no initial x.onmicrosoft.com domain; cannot name the tenant.' }
    $tenantName = $initialDomain.Substring(0, $initialDomain.IndexOf('.')).ToLowerInvariant()
    $countryLetterCode = if ($organization.CountryLetterCode) { ([string]$organization.CountryLetterCode).ToUpperInvariant() } else { 'US' }

    # --- Products and subscriptions ----------------------------------------------------------
    Write-Progress -Id 1 -Activity $progressActivity -Status 'Reading subscribed products'
    $products = [System.Collections.Generic.List[object]]::new()
    $subscriptions = [System.Collections.Generic.List[object]]::new()
    foreach ($sku in @(Get-MgSubscribedSku -All)) {
        $plans = [System.Collections.Generic.List[object]]::new()
        foreach ($plan in $sku.ServicePlans) {
            $plans.Add([ordered]@{
                    servicePlanId   = ([string]$plan.ServicePlanId).ToLowerInvariant()
                    servicePlanName = [string]$plan.ServicePlanName
                })
        }
        $skuId = ([string]$sku.SkuId).ToLowerInvariant()
        $products.Add([ordered]@{
                skuId         = $skuId
                skuPartNumber = [string]$sku.SkuPartNumber
                servicePlans  = $plans
            })
        # lockedOut is missing from older SDK models: read every count defensively.
        $units = $sku.PrepaidUnits
        $subscriptions.Add([ordered]@{
                skuPartNumber  = [string]$sku.SkuPartNumber
                skuId          = $skuId
                enabledUnits   = [int]$units.Enabled
                warningUnits   = [int]$units.Warning
                suspendedUnits = [int]$units.Suspended
                lockedOutUnits = [int]$units.LockedOut
            })
    }

    # --- Users -------------------------------------------------------------------------------
    Write-Progress -Id 1 -Activity $progressActivity -Status 'Reading users (this can take a while in a big tenant)'
    # -Property replaces Graph's default set, so id and userPrincipalName are listed too. The license
    # records come from licenseAssignmentStates (it also holds group and failed assignments);
    # assignedLicenses is read alongside it.
    $userProperties = @(
        'id', 'userPrincipalName', 'displayName', 'usageLocation', 'accountEnabled', 'createdDateTime',
        'userType', 'department', 'jobTitle', 'city', 'country', 'state', 'companyName', 'proxyAddresses',
        'assignedLicenses', 'licenseAssignmentStates')
    $mgUsers = @(Get-MgUser -All -PageSize 999 -Property $userProperties)

    $users = [System.Collections.Generic.List[object]]::new($mgUsers.Count)
    $recipients = [System.Collections.Generic.List[object]]::new()
    $upnById = @{}                      # user id -> user principal name as exported
    $userCount = $mgUsers.Count
    $index = 0
    foreach ($mgUser in $mgUsers) {
        if ($index % $progressStep -eq 0) {
            Write-Progress -Id 1 -Activity $progressActivity -Status "Users: $index of $userCount" -PercentComplete ([int](100 * $index / $userCount))
        }
        $index++

        $userId = ([string]$mgUser.Id).ToLowerInvariant()
        $upn = [string]$mgUser.UserPrincipalName
        $displayName = [string]$mgUser.DisplayName
        if ($Anonymize) {
            $upn = & $anonymizeAddress $upn
            if ($displayName) { $displayName = & $getPseudonym 'UserDisplayName' 'User ' $displayName }
        }
        $upnById[$userId] = $upn

        $user = [ordered]@{ objectId = $userId; userPrincipalName = $upn }
        if ($displayName) { $user['displayName'] = $displayName }
        if ($mgUser.UsageLocation) { $user['usageLocation'] = [string]$mgUser.UsageLocation }
        if ($null -ne $mgUser.AccountEnabled) { $user['accountEnabled'] = [bool]$mgUser.AccountEnabled }
        # (the timestamp helper inlined: it runs for every user and record of a big tenant; the
        # SDK's user and license-state times are DateTime values)
        $value = $mgUser.CreatedDateTime
        if ($null -ne $value) {
            if ($value.Kind -eq [System.DateTimeKind]::Local) { $value = $value.ToUniversalTime() }
            $user['createdDateTime'] = $value.ToString($timestampFormat, $invariantCulture)
        }

        # (written out rather than looped over a table: this runs for every user of a big tenant)
        $attributes = [ordered]@{}
        $value = [string]$mgUser.Department
        if ($value) { $attributes['Department'] = if ($Anonymize) { & $getPseudonym 'Department' 'Department ' $value } else { $value } }
        $value = [string]$mgUser.JobTitle
        if ($value) { $attributes['Title'] = if ($Anonymize) { & $getPseudonym 'Title' 'Title ' $value } else { $value } }
        $value = [string]$mgUser.City
        if ($value) { $attributes['City'] = if ($Anonymize) { & $getPseudonym 'City' 'City ' $value } else { $value } }
        $value = [string]$mgUser.Country
        if ($value) { $attributes['Country'] = $value }
        $value = [string]$mgUser.State
        if ($value) { $attributes['State'] = if ($Anonymize) { & $getPseudonym 'State' 'State ' $value } else { $value } }
        # Member is every user's type unless it says Guest: the lab assumes it
        $value = [string]$mgUser.UserType
        if ($value -and $value -ne 'Member') { $attributes['UserType'] = $value }
        $value = [string]$mgUser.CompanyName
        if ($value) { $attributes['CompanyName'] = if ($Anonymize) { & $getPseudonym 'CompanyName' 'Company ' $value } else { $value } }
        if ($attributes.Count -gt 0) { $user['attributes'] = $attributes }

        # One record per product and source, as the service keeps them.
        $licenses = [System.Collections.Generic.List[object]]::new()
        foreach ($assignment in $mgUser.LicenseAssignmentStates) {
            if ($null -eq $assignment -or -not $assignment.SkuId) { continue }
            $state = [string]$assignment.State
            $licenseError = [string]$assignment.Error
            # LicenseLab requires an error exactly when the state is not Active.
            if ($state -eq 'Active') {
                if (-not $licenseError) { $licenseError = 'None' }
            } else {
                if ($state -eq 'Disabled') { $state = 'Error' }
                if (-not $licenseError -or $licenseError -eq 'None') { $licenseError = 'Other' }
            }
            $license = [ordered]@{
                # (ids as Graph writes them, in lower case; LicenseLab reads GUIDs in either case)
                sku           = [string]$assignment.SkuId
                source        = if ($assignment.AssignedByGroup) { [string]$assignment.AssignedByGroup } else { 'direct' }
                # (service plan ids as Graph writes them: LicenseLab reads GUIDs in either case;
                # "-ne $null" filters the list, so a missing list gives [] rather than [null])
                disabledPlans = @($assignment.DisabledPlans) -ne $null
                state         = $state
                error         = $licenseError
            }
            $value = $assignment.LastUpdatedDateTime
            if ($null -ne $value) {
                if ($value.Kind -eq [System.DateTimeKind]::Local) { $value = $value.ToUniversalTime() }
                $license['lastUpdatedDateTime'] = $value.ToString($timestampFormat, $invariantCulture)
            }
            $licenses.Add($license)
        }
        $user['licenses'] = $licenses
        $users.Add($user)

        $emailAddresses = [System.Collections.Generic.List[object]]::new()
        foreach ($address in $mgUser.ProxyAddresses) {
            if ([string]::IsNullOrEmpty($address)) { continue }
            $emailAddresses.Add($(if ($Anonymize) { & $anonymizeAddress $address } else { [string]$address }))
        }
        if ($emailAddresses.Count -gt 0) {
            # the mailbox is named after the user's alias (the part of the UPN before '@')
            $at = $upn.LastIndexOf('@')
            $recipients.Add([ordered]@{
                    name                      = if ($at -gt 0) { $upn.Substring(0, $at) } else { $upn }
                    recipientType             = 'UserMailbox'
                    externalDirectoryObjectId = $userId
                    emailAddresses            = $emailAddresses
                })
        }
    }
    $mgUsers = $null

    # --- Groups ------------------------------------------------------------------------------
    Write-Progress -Id 1 -Activity $progressActivity -Status 'Reading groups'
    $mgGroups = @(Get-MgGroup -All -PageSize 999 -Property id, displayName, description, groupTypes, securityEnabled, mailEnabled, mailNickname, membershipRule, membershipRuleProcessingState, assignedLicenses, createdDateTime)

    $groups = [System.Collections.Generic.List[object]]::new($mgGroups.Count)
    $unknownMembers = 0
    $groupCount = $mgGroups.Count
    $index = 0
    foreach ($mgGroup in $mgGroups) {
        if ($index % $progressStep -eq 0) {
            Write-Progress -Id 1 -Activity $progressActivity -Status "Groups and their members: $index of $groupCount" -PercentComplete ([int](100 * $index / $groupCount))
        }
        $index++

        $groupId = ([string]$mgGroup.Id).ToLowerInvariant()
        $displayName = [string]$mgGroup.DisplayName
        $description = [string]$mgGroup.Description
        $mailNickname = [string]$mgGroup.MailNickname
        $membershipRule = [string]$mgGroup.MembershipRule
        if ($Anonymize) {
            if ($displayName) { $displayName = & $getPseudonym 'GroupDisplayName' 'Group ' $displayName }
            if ($description) { $description = & $getPseudonym 'GroupDescription' 'Description ' $description }
            if ($mailNickname) { $mailNickname = & $getPseudonym 'GroupMailNickname' 'group' $mailNickname }
            if ($membershipRule) { $membershipRule = & $anonymizeRule $membershipRule }
        }

        # Direct members that are users, in the order Graph lists them; other members (groups,
        # devices, contacts, service principals) are left out.
        $members = [System.Collections.Generic.List[object]]::new()
        foreach ($member in (Get-MgGroupMember -GroupId $mgGroup.Id -All -PageSize 999 -Property id)) {
            if ($null -eq $member.AdditionalProperties) { continue }
            if ($member.AdditionalProperties['@odata.type'] -ne '#microsoft.graph.user') { continue }
            $memberUpn = $upnById[[string]$member.Id]   # (a hashtable's keys ignore case)
            if ($null -eq $memberUpn) { $unknownMembers++; continue }
            $members.Add($memberUpn)
        }

        $groupTypes = [System.Collections.Generic.List[object]]::new()
        foreach ($groupType in $mgGroup.GroupTypes) { if ($groupType) { $groupTypes.Add([string]$groupType) } }

        $groupLicenses = [System.Collections.Generic.List[object]]::new()
        foreach ($assigned in $mgGroup.AssignedLicenses) {
            if ($null -eq $assigned -or -not $assigned.SkuId) { continue }
            $disabledPlans = [System.Collections.Generic.List[object]]::new()
            foreach ($planId in $assigned.DisabledPlans) {
                if ($planId) { $disabledPlans.Add(([string]$planId).ToLowerInvariant()) }
            }
            $groupLicenses.Add([ordered]@{ sku = ([string]$assigned.SkuId).ToLowerInvariant(); disabledPlans = $disabledPlans })
        }

        $group = [ordered]@{ objectId = $groupId; displayName = $displayName }
        if ($description) { $group['description'] = $description }
        if ($null -ne $mgGroup.SecurityEnabled) { $group['securityEnabled'] = [bool]$mgGroup.SecurityEnabled }
        if ($null -ne $mgGroup.MailEnabled) { $group['mailEnabled'] = [bool]$mgGroup.MailEnabled }
        if ($mailNickname) { $group['mailNickname'] = $mailNickname }
        $created = & $formatTimestamp $mgGroup.CreatedDateTime
        if ($created) { $group['createdDateTime'] = $created }
        $group['groupTypes'] = $groupTypes
        if ($membershipRule) { $group['membershipRule'] = $membershipRule }
        if ($mgGroup.MembershipRuleProcessingState) { $group['membershipRuleProcessingState'] = [string]$mgGroup.MembershipRuleProcessingState }
        $group['members'] = $members
        $group['licenses'] = $groupLicenses
        $groups.Add($group)
    }

    # --- Write the file ----------------------------------------------------------------------
    Write-Progress -Id 1 -Activity $progressActivity -Status "Writing $Path" -PercentComplete 100
    $tenant = [ordered]@{
        format        = 'LicenseLab.Tenant'
        version       = 3
        name          = $tenantName
        tenantId      = ([string]$organization.Id).ToLowerInvariant()
        settings      = [ordered]@{ countryLetterCode = $countryLetterCode }
        products      = $products
        subscriptions = $subscriptions
        users         = $users
        groups        = $groups
        recipients    = $recipients
        # The states above are the service's own; nothing waits for license processing.
        queue         = [System.Collections.Generic.List[object]]::new()
    }
    $json = ConvertTo-Json -InputObject $tenant -Depth 10
    Set-Content -LiteralPath $Path -Value $json -Encoding utf8NoBOM
} finally {
    Write-Progress -Id 1 -Activity $progressActivity -Completed
}

if ($unknownMembers -gt 0) {
    Write-Warning -Message "$unknownMembers group members were users that the user list did not contain (created during the export?); they were left out."
}
if ($ruleStats.Approximate -gt 0) {
    Write-Warning -Message "$($ruleStats.Approximate) dynamic membership rules test anonymized properties with startsWith, contains, match or any (not an exact comparison); their values were kept, so in the lab they may select other users."
}
Write-Host "Exported $($users.Count) users, $($groups.Count) groups and $($products.Count) products of tenant '$tenantName' to $Path"
