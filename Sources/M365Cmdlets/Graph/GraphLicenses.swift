import Foundation
import Licensing
import PowerShellRuntime

/// What Set-MgUserLicense and Set-MgGroupLicense share: their parameters, and the request body
/// they send: `-BodyParameter @{addLicenses=...; removeLicenses=...}` as given, or
/// `{"addLicenses": -AddLicenses, "removeLicenses": -RemoveLicenses}` (hashtables or
/// assignedLicense objects with SkuId and DisabledPlans; SKU GUIDs). The service side
/// (`GraphBodyDecoding.assignLicense`) reads it as it reads Invoke-MgGraphRequest's body.
enum GraphLicenses {
    static func body(_ context: CommandContext) -> JsonValue {
        if let body = context.value("BodyParameter"), !body.isNull { return GraphWire.json(body) }
        return GraphWire.body(context, properties: ["AddLicenses", "RemoveLicenses"])
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
