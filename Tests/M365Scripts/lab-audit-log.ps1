# The audit log records group-based licensing as the service names its activities: each group's
# processing is framed by Start/Finish applying, the Finish record counts successes and failures,
# and each member whose assignment failed gets a failed Change user license record.
Get-LabAuditLog -Activity 'Finish applying*' | Format-Table Target, Detail -Wrap
Invoke-LabGroupReprocess -GroupObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000004
Get-LabAuditLog -Last 4 | Format-List Activity, Result, InitiatedBy, Target, Detail
Write-Host "failed Change user license records: $((Get-LabAuditLog -Activity 'Change user license' -Result failure).Count)"
Get-LabAuditLog -Target 'E3 Users' -Activity 'Set group license' | Select-Object -ExpandProperty Detail
Get-LabAuditLog -Target 'hugoi*' | Select-Object -First 1 -ExpandProperty Detail
Get-LabAuditLog -Target 'tarau*' | Select-Object -Last 1 -ExpandProperty Detail
# the same log over Graph, newest first
Connect-MgGraph -NoWelcome
$audits = (Invoke-MgGraphRequest -Method GET -Uri '/v1.0/auditLogs/directoryAudits?$top=3').value
$audits | ForEach-Object { "$($_.activityDisplayName) | $($_.result) | $($_.targetResources[0].displayName)" }
