import Foundation
import PowerShellRuntime   // JsonValue, JsonCodec: an order-keeping JSON tree and parser; nothing else

/// Reading request bodies from JSON, as the service reads them. The SDK cmdlets (which turn their
/// parameters into the body the real SDK would send), Invoke-MgGraphRequest and the REST server
/// all decode here, so a body gets the same answer whichever way it arrives. Property names are
/// matched without regard to case, as a hashtable body from PowerShell names them freely.
enum GraphBodyDecoding {
    /// A JSON text; a text that is not JSON gets Graph's "Unable to read JSON request payload".
    static func parse(_ text: String) throws(GraphError) -> JsonValue {
        do { return try JsonCodec.parse(text) } catch { throw GraphError.unreadableBody }
    }

    /// `{"addLicenses": [{"skuId": guid, "disabledPlans": [guid]}], "removeLicenses": [guid]}`.
    /// `resource` is `User` or `Group`, as Graph names it in its errors. An addLicenses item
    /// with no property at all is skipped: scripts write `-AddLicenses @{}` for "nothing to add".
    /// Both lists are required, empty ones allowed, as the service answers
    /// (docs/research/error-texts-usage-location-graph-azuread-entra.md); that they change
    /// something is the operation's check, after the caller's permission and the object.
    static func assignLicense(_ body: JsonValue?, resource: String) throws(GraphError) -> AssignLicenseRequest {
        let object = try members(body, resource: resource)
        let missing = ["addLicenses", "removeLicenses"].filter { object[$0] == nil }
        if !missing.isEmpty { throw GraphError.missingParameters(missing, operation: "assignLicense") }
        var request = AssignLicenseRequest()
        for item in try list(object["addLicenses"], property: "addLicenses", of: resource) {
            guard case .object(let pairs) = item else { throw GraphError.invalidPropertyValue("skuId", of: "AssignedLicense") }
            if pairs.isEmpty { continue }
            let license = JSONMembers(pairs)
            guard let sku = license["skuId"].flatMap(guid) else { throw GraphError.invalidPropertyValue("skuId", of: "AssignedLicense") }
            var disabled: [UUID] = []
            for plan in try list(license["disabledPlans"], property: "disabledPlans", of: "AssignedLicense") {
                guard let id = guid(plan) else { throw GraphError.invalidPropertyValue("disabledPlans", of: "AssignedLicense") }
                disabled.append(id)
            }
            request.addLicenses.append(AssignedLicenseRequest(skuId: sku, disabledPlans: disabled))
        }
        for item in try list(object["removeLicenses"], property: "removeLicenses", of: resource) {
            guard let id = guid(item) else { throw GraphError.invalidPropertyValue("removeLicenses", of: resource) }
            request.removeLicenses.append(id)
        }
        return request
    }

    /// A user to create: displayName, userPrincipalName, mailNickname and passwordProfile are
    /// required (checked in that order); accountEnabled, usageLocation and the attribute
    /// properties are optional.
    static func newUser(_ body: JsonValue?) throws(GraphError) -> NewUserRequest {
        let object = try members(body, resource: "User")
        func required(_ name: String) throws(GraphError) -> String {
            guard let text = try optionalText(object[name], property: name, of: "User") else {
                throw GraphError.invalidPropertyValue(name, of: "User")
            }
            return text
        }
        let display = try required("displayName"), upn = try required("userPrincipalName"), nickname = try required("mailNickname")
        guard let profile = object["passwordProfile"], profile != .null else {
            throw GraphError.invalidPropertyValue("passwordProfile", of: "User")
        }
        var password: String?
        if case .object(let pairs) = profile, case .string(let text)? = JSONMembers(pairs)["password"] { password = text }
        return NewUserRequest(displayName: display, userPrincipalName: upn, mailNickname: nickname,
                              accountEnabled: try optionalBool(object["accountEnabled"], property: "accountEnabled", of: "User") ?? false,
                              usageLocation: try optionalText(object["usageLocation"], property: "usageLocation", of: "User"),
                              attributes: try attributes(object).compactMap { $0.value == nil ? nil : $0 }, password: password)
    }

    /// A user's changes: each property the body names (null clears usageLocation and attributes).
    static func userChanges(_ body: JsonValue?) throws(GraphError) -> UserChangesRequest {
        let object = try members(body, resource: "User")
        var changes = UserChangesRequest()
        if let v = object["usageLocation"] { changes.usageLocation = .some(try optionalText(v, property: "usageLocation", of: "User")) }
        if let v = object["displayName"] { changes.displayName = try optionalText(v, property: "displayName", of: "User") ?? "" }
        if let v = object["accountEnabled"] { changes.accountEnabled = try optionalBool(v, property: "accountEnabled", of: "User") ?? false }
        if let v = object["userPrincipalName"] { changes.userPrincipalName = try optionalText(v, property: "userPrincipalName", of: "User") ?? "" }
        changes.attributes = try attributes(object)
        return changes
    }

    /// A group to create: displayName then mailNickname are required.
    static func newGroup(_ body: JsonValue?) throws(GraphError) -> NewGroupRequest {
        let object = try members(body, resource: "Group")
        guard let display = try optionalText(object["displayName"], property: "displayName", of: "Group") else {
            throw GraphError.invalidPropertyValue("displayName", of: "Group")
        }
        guard let nickname = try optionalText(object["mailNickname"], property: "mailNickname", of: "Group") else {
            throw GraphError.invalidPropertyValue("mailNickname", of: "Group")
        }
        return NewGroupRequest(displayName: display, mailNickname: nickname,
                               mailEnabled: try optionalBool(object["mailEnabled"], property: "mailEnabled", of: "Group") ?? false,
                               securityEnabled: try optionalBool(object["securityEnabled"], property: "securityEnabled", of: "Group") ?? false,
                               description: try optionalText(object["description"], property: "description", of: "Group"),
                               groupTypes: try stringList(object["groupTypes"], property: "groupTypes", of: "Group") ?? [],
                               membershipRule: try optionalText(object["membershipRule"], property: "membershipRule", of: "Group"),
                               membershipRuleProcessingState: try optionalText(object["membershipRuleProcessingState"],
                                                                               property: "membershipRuleProcessingState", of: "Group"))
    }

    /// A group's changes (PATCH): only the properties present.
    static func groupChanges(_ body: JsonValue?) throws(GraphError) -> GroupChangesRequest {
        let object = try members(body, resource: "Group")
        var changes = GroupChangesRequest()
        if let v = object["displayName"] {
            guard let name = try optionalText(v, property: "displayName", of: "Group") else { throw GraphError.invalidPropertyValue("displayName", of: "Group") }
            changes.displayName = name
        }
        if let v = object["description"] { changes.description = .some(try optionalText(v, property: "description", of: "Group")) }
        if let v = object["groupTypes"] { changes.groupTypes = try stringList(v, property: "groupTypes", of: "Group") ?? [] }
        if let v = object["membershipRule"] { changes.membershipRule = try optionalText(v, property: "membershipRule", of: "Group") }
        if let v = object["membershipRuleProcessingState"] {
            changes.membershipRuleProcessingState = try optionalText(v, property: "membershipRuleProcessingState", of: "Group")
        }
        return changes
    }

    /// A JSON array of strings (null: absent).
    static func stringList(_ value: JsonValue?, property: String, of resource: String) throws(GraphError) -> [String]? {
        switch value {
        case nil, .null?: return nil
        case .array(let items)?:
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw GraphError.invalidPropertyValue(property, of: resource) }
                out.append(s)
            }
            return out
        default: throw GraphError.invalidPropertyValue(property, of: resource)
        }
    }

    /// `{"@odata.id": ".../directoryObjects/{id}"}`: the member is the last path segment.
    static func memberReference(_ body: JsonValue?) throws(GraphError) -> MemberReferenceRequest {
        let object = try members(body, resource: "DirectoryObject")
        guard let reference = try optionalText(object["@odata.id"], property: "@odata.id", of: "DirectoryObject") else {
            throw GraphError.invalidPropertyValue("@odata.id", of: "DirectoryObject")
        }
        return MemberReferenceRequest(memberId: reference.split(separator: "/").last.map(String.init) ?? reference)
    }

    // MARK: Reading JSON values

    /// A JSON object's members, found without regard to case (the first of duplicate names wins).
    struct JSONMembers {
        let pairs: [(String, JsonValue)]
        init(_ pairs: [(String, JsonValue)]) { self.pairs = pairs }
        subscript(_ name: String) -> JsonValue? {
            let key = name.lowercased()
            return pairs.first { $0.0.lowercased() == key }?.1
        }
    }

    /// The body's members; no body reads as an empty object, a body that is not an object is unreadable.
    static func members(_ body: JsonValue?, resource: String) throws(GraphError) -> JSONMembers {
        switch body {
        case nil, .null?: return JSONMembers([])
        case .object(let pairs)?: return JSONMembers(pairs)
        default: throw GraphError.unreadableBody
        }
    }

    /// A collection property: absent or null is empty; a single value is one item.
    static func list(_ value: JsonValue?, property: String, of resource: String) throws(GraphError) -> [JsonValue] {
        switch value {
        case nil, .null?: return []
        case .array(let items)?: return items.filter { $0 != .null }
        case .object?: throw GraphError.invalidPropertyValue(property, of: resource)
        case let v?: return [v]
        }
    }

    static func optionalText(_ value: JsonValue?, property: String, of resource: String) throws(GraphError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case .number(let n)?: return n
        case .bool(let b)?: return b ? "True" : "False"
        default: throw GraphError.invalidPropertyValue(property, of: resource)
        }
    }

    static func optionalBool(_ value: JsonValue?, property: String, of resource: String) throws(GraphError) -> Bool? {
        switch value {
        case nil, .null?: return nil
        case .bool(let b)?: return b
        case .string(let s)? where ["true", "false"].contains(s.lowercased()): return s.lowercased() == "true"
        default: throw GraphError.invalidPropertyValue(property, of: resource)
        }
    }

    /// A GUID in a JSON string (braces and surrounding spaces allowed, as .NET's Guid.Parse does).
    static func guid(_ value: JsonValue) -> UUID? {
        guard case .string(let s) = value else { return nil }
        return UUID(uuidString: s.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "{}")))
    }

    /// givenName, surname, jobTitle, department as MSOnline-named attributes (null clears).
    static func attributes(_ object: JSONMembers) throws(GraphError) -> [DirectoryAttribute] {
        var out: [DirectoryAttribute] = []
        for (property, attribute) in GraphDirectoryAttributes.properties {
            guard let v = object[property] else { continue }
            out.append(DirectoryAttribute(name: attribute, value: try optionalText(v, property: property, of: "User")))
        }
        return out
    }
}
