import Foundation
import Licensing
import PowerShellRuntime

/// Get-MsolDomain: the tenant's domains — its initial `<name>.onmicrosoft.com` domain, and every
/// other domain its users' principal names use (the service only accepts a UPN in a verified
/// domain of the tenant, so each of them is one). All are managed (not federated) and verified.
final class GetMsolDomainCommand: Cmdlet {
    static let domainType = "Microsoft.Online.Administration.Domain"

    static let metadata = CommandMetadata(
        name: "Get-MsolDomain",
        parameters: [
            ParameterMetadata(name: "DomainName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["GetDomain__0"],
                              helpMessage: "The domain to return."),
            ParameterMetadata(name: "Authentication", type: "string", parameterSets: ["ListDomains__0"], validateSet: ["Managed", "Federated"],
                              helpMessage: "Only domains with this authentication type."),
            ParameterMetadata(name: "Capability", type: "string", parameterSets: ["ListDomains__0"],
                              validateSet: ["None", "Email", "Sharepoint", "OfficeCommunicationsOnline", "SharepointDefault", "Intune", "SharePointPublic", "OrgIdAuthentication", "Yammer", "All"],
                              helpMessage: "Only domains with this capability."),
            ParameterMetadata(name: "Status", type: "string", parameterSets: ["ListDomains__0"], validateSet: ["Unverified", "Verified", "PendingDeletion"],
                              helpMessage: "Only domains in this state."),
            Msol.tenantId,
        ],
        defaultParameterSet: "ListDomains__0",
        outputTypes: [domainType],
        moduleName: Msol.module,
        synopsis: "Gets the domains of the tenant.",
        examples: [
            CommandExample(code: "Get-MsolDomain", remarks: "Name, Status and Authentication of every domain."),
            CommandExample(code: "(Get-MsolDomain | Where-Object IsInitial).Name", remarks: "The initial domain, which new users' addresses fall back to.",
                           expectedOutput: "contoso.onmicrosoft.com"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        var names = tenant.domainNames
        if let wanted = context.string("DomainName") {
            guard let name = names.first(where: { $0.caseInsensitiveCompare(wanted) == .orderedSame }) else {
                try context.writeError(M365Errors.msol(message: "Domain not found.", specific: "DomainNotFoundException", code: "DomainNotFound", category: .ObjectNotFound, context))
                return
            }
            names = [name]
        }
        // every domain is managed, verified and offers mail and Teams: any other wanted value matches none
        if let a = context.string("Authentication"), a.caseInsensitiveCompare("Managed") != .orderedSame { return }
        if let s = context.string("Status"), s.caseInsensitiveCompare("Verified") != .orderedSame { return }
        if let c = context.string("Capability"), !["Email", "OfficeCommunicationsOnline", "All"].contains(where: { $0.caseInsensitiveCompare(c) == .orderedSame }) { return }
        for name in names {
            let initial = name == tenant.initialDomain
            try context.writeObject(Emit.object(GetMsolDomainCommand.domainType, [
                ("ExtensionData", Emit.extensionData()), ("Authentication", .string("Managed")),
                ("Capabilities", .string("Email, OfficeCommunicationsOnline")), ("IsDefault", .bool(initial)),
                ("IsInitial", .bool(initial)), ("Name", .string(name)), ("RootDomain", .null), ("Status", .string("Verified")),
                ("VerificationMethod", initial ? .null : .string("DnsRecord")),
            ], toString: name))
        }
    }
}
