import PowerShellRuntime

/// The AutoRest variant a Graph PowerShell cmdlet runs as (`Get-MgUser` with -UserId runs
/// `Get-MgUser_Get`, without it `Get-MgUser_List`); errors are reported under that name.
enum GraphVariant {
    static func name(_ context: CommandContext) -> String? {
        let body = context.has("BodyParameter")
        switch context.metadata.name.lowercased() {
        case "get-mguser": return context.has("UserId") ? "Get" : "List"
        case "get-mggroup": return context.has("GroupId") ? "Get" : "List"
        case "get-mgsubscribedsku": return context.has("SubscribedSkuId") ? "Get" : "List"
        case "get-mguserlicensedetail", "get-mggroupmember", "get-mggroupmemberwithlicenseerror": return "List"
        case "set-mguserlicense", "set-mggrouplicense": return body ? "Assign" : "AssignExpanded"
        case "new-mguser", "new-mggroup": return body ? "Create" : "CreateExpanded"
        case "update-mguser": return body ? "Update" : "UpdateExpanded"
        case "remove-mguser", "remove-mggroup", "remove-mggroupmemberdirectoryobjectbyref": return "Delete"
        case "new-mggroupmember": return "Create"
        case "invoke-mglicenseuser": return "License"
        default: return nil
        }
    }
}
