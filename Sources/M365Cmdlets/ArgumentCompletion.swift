import Foundation
import Licensing
import PowerShellRuntime

/// Tab-completion values for the modules' parameters (SHELL.md: SKU ids, UPNs, group names),
/// from the session's tenant. The REPL asks after it has resolved the command and parameter.
extension M365Module {
    /// Candidates for `-<parameter>` of `<command>` starting with `prefix` (case-insensitive),
    /// sorted; empty when the module has nothing to offer there.
    public static func argumentCompletions(in session: Session, command: String, parameter: String, prefix: String) -> [String] {
        guard let state = M365State.find(in: session) else { return [] }
        let t = state.tenant
        let p = parameter.lowercased(), c = command.lowercased()
        var candidates: [String]
        switch p {
        case "addlicenses", "removelicenses", "licenseassignment", "accountskuid":
            candidates = c.hasPrefix("set-mg") ? t.subscribedSkus.map { $0.skuId.lowercasedGraphString }
                                               : t.subscribedSkus.map { t.accountSkuId($0.skuPartNumber) }
        case "skupartnumber":
            candidates = t.catalog.products.map(\.partNumber)
        case "userprincipalname", "userid":
            candidates = t.activeUsers.map(\.userPrincipalName)
        case "identity":
            candidates = t.recipients.flatMap { [$0.name] + ($0.primarySmtpAddress.map { [$0] } ?? []) }
        case "groupobjectid", "groupid":
            candidates = t.groups.map { $0.objectId.lowercasedGraphString }
        case "objectid" where c.contains("group"):
            candidates = t.groups.map { $0.objectId.lowercasedGraphString }
        case "objectid", "groupmemberobjectid", "directoryobjectid":
            candidates = t.activeUsers.map { $0.objectId.lowercasedGraphString }
        case "disabledplans":
            candidates = t.catalog.plans.map(\.name)
        default:
            candidates = []
        }
        let f = prefix.lowercased()
        return Array(Set(candidates.filter { $0.lowercased().hasPrefix(f) })).sorted { $0.lowercased() < $1.lowercased() }
    }
}
