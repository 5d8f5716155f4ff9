import Foundation
import Licensing
import PowerShellRuntime

/// Reading `-AddLicenses` (hashtables or assignedLicense objects with SkuId and DisabledPlans
/// GUIDs), `-RemoveLicenses` (SKU GUIDs) and `-BodyParameter @{addLicenses=...; removeLicenses=...}`.
enum GraphLicenses {
    struct Parsed {
        var add: [LicenseRequest] = []
        var remove: [SkuReference] = []
    }

    static func parse(_ context: CommandContext) throws -> Parsed? {
        let session = context.session
        var addValue = context.value("AddLicenses")
        var removeValue = context.value("RemoveLicenses")
        if let body = context.value("BodyParameter"), !body.isNull {
            addValue = ValueAccess.property(body, "addLicenses", session: session) ?? addValue
            removeValue = ValueAccess.property(body, "removeLicenses", session: session) ?? removeValue
        }
        var parsed = Parsed()
        for item in ValueAccess.items(addValue) {
            // `@{}` is how scripts write "no licence" (script-features.md).
            if case .hashtable(let h) = item, h.count == 0 { continue }
            guard let skuValue = ValueAccess.property(item, "SkuId", session: session), let sku = ValueAccess.guid(skuValue) else {
                try context.writeError(M365Errors.graph(message: "Invalid value specified for property 'skuId' of resource 'AssignedLicense'.",
                                                        status: 400, phrase: "BadRequest", graphCode: "Request_BadRequest", context))
                return nil
            }
            var disabled: [PlanReference] = []
            for p in ValueAccess.items(ValueAccess.property(item, "DisabledPlans", session: session)) {
                guard let id = ValueAccess.guid(p) else {
                    try context.writeError(M365Errors.graph(message: "Invalid value specified for property 'disabledPlans' of resource 'AssignedLicense'.",
                                                            status: 400, phrase: "BadRequest", graphCode: "Request_BadRequest", context))
                    return nil
                }
                disabled.append(.id(id))
            }
            parsed.add.append(LicenseRequest(.skuId(sku), disabledPlans: disabled))
        }
        for item in ValueAccess.items(removeValue) {
            guard let id = ValueAccess.guid(item) else {
                try context.writeError(M365Errors.graph(message: "Invalid value specified for property 'removeLicenses' of resource 'User'.",
                                                        status: 400, phrase: "BadRequest", graphCode: "Request_BadRequest", context))
                return nil
            }
            parsed.remove.append(.skuId(id))
        }
        return parsed
    }

    static let parameters: [ParameterMetadata] = [
        ParameterMetadata(name: "AddLicenses", type: "object[]", parameterSets: ["AssignExpanded"], allowEmptyCollection: true,
                          helpMessage: "@{SkuId = '<guid>'; DisabledPlans = @('<plan guid>')} items."),
        ParameterMetadata(name: "RemoveLicenses", type: "object[]", parameterSets: ["AssignExpanded"], allowEmptyCollection: true,
                          helpMessage: "SKU GUIDs to remove."),
        ParameterMetadata(name: "BodyParameter", type: "object", mandatory: true, parameterSets: ["Assign"],
                          helpMessage: "@{ addLicenses = @(...); removeLicenses = @(...) }."),
        ParameterMetadata(name: "AdditionalProperties", type: "hashtable", helpMessage: "Extra body properties."),
        ParameterMetadata(name: "ResponseHeadersVariable", type: "string", aliases: ["RHV"], helpMessage: "Variable for response headers."),
        ParameterMetadata(name: "Headers", type: "object", helpMessage: "Extra HTTP headers."),
    ]
}
