import Foundation
import Licensing

/// A refused Graph request as the service answers it: the HTTP status, Graph's error code and
/// its message (`{"error":{"code":"…","message":"…"}}`). Each kind of refusal has one named
/// constructor below, so each text is written once; the SDK cmdlets, Invoke-MgGraphRequest and
/// the REST server all render the same value (see `M365Errors+Graph.swift` for the shell's two
/// renderings).
public struct GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    public var status: Int
    public var code: String
    public var message: String
    /// The licensing core's word for the failure (`CountViolation`, `UserNotFound`...) when the
    /// core refused. Not part of Graph's answer: LicenseLab shows it as the exception's
    /// `ErrorCode`, so a script can branch on the same word MSOnline and the group path use.
    public var licensingCode: LicensingError.Code?

    public init(status: Int, code: String, message: String, licensingCode: LicensingError.Code? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.licensingCode = licensingCode
    }

    public var description: String { "\(status) \(code): \(message)" }

    /// The word scripts read as `$_.Exception.ErrorCode`.
    public var errorCode: String { licensingCode?.rawValue ?? code }
}

// MARK: The refusals the lab's Graph operations give

extension GraphError {
    /// A request the directory refuses.
    private static func badRequest(_ message: String, _ licensingCode: LicensingError.Code? = nil) -> GraphError {
        GraphError(status: 400, code: "Request_BadRequest", message: message, licensingCode: licensingCode)
    }

    /// A request Graph's front end refuses before the directory sees it (path, query, JSON).
    private static func malformed(_ message: String) -> GraphError {
        GraphError(status: 400, code: "BadRequest", message: message)
    }

    private static func notFound(_ message: String, _ licensingCode: LicensingError.Code?) -> GraphError {
        GraphError(status: 404, code: "Request_ResourceNotFound", message: message, licensingCode: licensingCode)
    }

    /// `/users/{id}`, `/groups/{id}`... naming nothing (404).
    static func resourceNotFound(_ id: String, _ licensingCode: LicensingError.Code? = nil) -> GraphError {
        notFound("Resource '\(id)' does not exist or one of its queried reference-property objects are not present.", licensingCode)
    }

    /// An action's body without one of its parameters (assignLicense needs addLicenses and
    /// removeLicenses, empty or not). The order of two missing names is the lab's guess.
    static func missingParameters(_ names: [String], operation: String) -> GraphError {
        badRequest("One or more parameters of the operation '\(operation)' are missing from the request payload. The missing parameters are: \(names.joined(separator: ", ")).")
    }

    /// assignLicense with nothing to add and nothing to remove.
    static let noLicenseChanges = badRequest("No license changes provided. At least one license to add or remove must be specified.")

    /// A request body property Graph cannot read (a skuId that is not a GUID, a missing displayName...).
    static func invalidPropertyValue(_ property: String, of resource: String) -> GraphError {
        badRequest("Invalid value specified for property '\(property)' of resource '\(resource)'.")
    }

    /// A user or group body naming a property the resource does not have (the directory's
    /// answer; seen for a group PATCH carrying `responseHeaders`, pnp/PnP-Sites-Core#1807).
    static func invalidProperty(_ name: String) -> GraphError {
        badRequest("Invalid property '\(name)'.")
    }

    /// An action's body with a parameter the operation does not declare (OData's answer).
    static func undeclaredParameter(_ name: String, operation: String) -> GraphError {
        malformed("The parameter '\(name)' in the request payload is not a valid parameter for the operation '\(operation)'.")
    }

    /// A complex value (an assignedLicense) with a property its type does not declare (OData's answer).
    static func undeclaredProperty(_ name: String, type: String) -> GraphError {
        malformed("The property '\(name)' does not exist on type '\(type)'. Make sure to only use property names that are defined by the type or mark the type as open type.")
    }

    /// POST /users with a password the directory's complexity rule refuses.
    static let passwordComplexity = badRequest("The specified password does not comply with password complexity requirements. Please provide a different password.")

    /// POST /users naming a domain the tenant has not verified.
    static let unverifiedDomain = badRequest("The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.")

    /// A body setting what the directory computes (`assignedLicenses` in a PATCH).
    static func readOnlyProperty(_ name: String) -> GraphError {
        badRequest("Property '\(name)' is read-only and cannot be set.")
    }

    /// A query option given twice (OData's answer).
    static func optionRepeated(_ name: String) -> GraphError {
        malformed("Query option '\(name)' was specified more than once, but it must be specified at most once.")
    }

    /// A path the lab serves, with a method it does not take there.
    static let methodNotAllowed = GraphError(status: 405, code: "Request_BadRequest", message: "Specified HTTP method is not allowed for the request target.")

    /// `$skip` on a directory collection (msgraph-sdk-dotnet#348).
    static let skipNotSupported = badRequest("'$skip' is not supported by the service.")

    /// A query option Graph does not know, such as `select` without its `$`.
    static func unrecognizedQueryArgument(_ name: String) -> GraphError {
        badRequest("Unrecognized query argument specified: '\(name)'.")
    }

    /// `$select`, `$filter` or `$orderby` naming what the resource does not have (OData's answer).
    static func unknownProperty(_ name: String, type: String) -> GraphError {
        malformed("Could not find a property named '\(name)' on type '\(type)'.")
    }

    /// A `$skiptoken` the server did not give (or no longer knows); Graph's answer has an empty code.
    static let invalidSkipToken = GraphError(status: 400, code: "", message: "Invalid Skip Token")

    /// The text public scripts compare with `-eq` (docs/cmdlets.md, Graph errors).
    static let inheritedLicenseRemoval = badRequest(
        "User license is inherited from a group membership and it cannot be removed directly from the user.", .groupInheritedLicense)

    /// No seat left (the wording public scripts branch on; docs/cmdlets.md).
    static func noAvailableLicenses(skuId: UUID?) -> GraphError {
        badRequest("Subscription with SKU \(skuId?.lowercasedString ?? "") does not have any available licenses.", .countViolation)
    }

    /// A license for a user without a usage location (docs/cmdlets.md).
    static let invalidUsageLocation = badRequest("License assignment cannot be done for user with invalid usage location.", .usageLocationRequired)

    /// A SkuId the tenant does not own, or a product the target does not hold (docs/cmdlets.md).
    static func invalidLicense(skuId: UUID?, _ licensingCode: LicensingError.Code = .invalidLicense) -> GraphError {
        badRequest("License \(skuId?.lowercasedString ?? "") does not correspond to a valid company License.", licensingCode)
    }

    /// Removing a product the tenant owns from a user who does not hold it (docs/cmdlets.md).
    static let noCorrespondingLicense = badRequest("User does not have a corresponding license.", .invalidLicense)

    /// A `$filter` Graph refuses: `$count` without `ConsistencyLevel: eventual`, or
    /// `hasMembersWithLicenseErrors` with it (microsoft-graph-docs-contrib PR #9437).
    /// `$orderby` with `$filter`, outside an advanced query.
    static let sortingNotSupported = GraphError(status: 400, code: "Request_UnsupportedQuery", message: "Sorting not supported for current query.")

    static func unsupportedQuery(property: String, of resource: String) -> GraphError {
        GraphError(status: 400, code: "Request_UnsupportedQuery",
                   message: "Unsupported or invalid query filter clause specified for property '\(property)' of resource '\(resource)'.")
    }

    /// `$search` without `ConsistencyLevel: eventual` (concepts/aad-advanced-queries.md).
    static let searchNeedsEventual = GraphError(status: 400, code: "Request_UnsupportedQuery",
        message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'")

    /// `$top` outside Graph's page sizes for directory objects.
    static func invalidPageSize(_ text: String) -> GraphError {
        GraphError(status: 400, code: "Request_UnsupportedQuery", message: "Invalid page size specified: '\(text)'. Must be between 1 and 999 inclusive.")
    }

    /// A `$filter` that does not parse.
    static func invalidFilter(_ message: String) -> GraphError { malformed(message) }

    static let unreadableBody = malformed(
        "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.")

    /// A path the lab does not serve. Graph's text, plus where the served paths are listed.
    static func segmentNotFound(_ segment: String) -> GraphError {
        malformed("Resource not found for the segment '\(segment)'. LicenseLab serves the licensing paths only (docs/cmdlets.md).")
    }

    /// With `Set-LabTenant -EnforceGraphScopes $true`: the connection lacks the operation's permissions.
    static let insufficientPrivileges = GraphError(status: 403, code: "Authorization_RequestDenied",
                                                   message: "Insufficient privileges to complete the operation.")

    /// Mail for a name that finds no user (Exchange's code; public issue threads quote the text;
    /// the status is recalled, docs/cmdlets.md "Mail").
    static func invalidUser(_ id: String) -> GraphError {
        GraphError(status: 404, code: "ErrorInvalidUser", message: "The requested user '\(id)' is invalid.", licensingCode: .userNotFound)
    }

    /// A recipient address that does not resolve (text as public logs quote it).
    static func invalidRecipient(_ address: String) -> GraphError {
        GraphError(status: 400, code: "ErrorInvalidRecipients",
                   message: "At least one recipient is not valid., Recipient '\(address)' is not resolved. All recipients must be resolved before a message can be submitted.")
    }

    /// sendMail without Mail.Send (Exchange's code and text, as public threads quote them).
    static let mailAccessDenied = GraphError(status: 403, code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again.")

    /// A message without any recipient: LicenseLab's wording under the same code (no public text found).
    static let noRecipients = GraphError(status: 400, code: "ErrorInvalidRecipients", message: "At least one recipient is required.")

    /// A refusal of the licensing core, in Graph's words where Graph's differ from the core's
    /// (docs/cmdlets.md "Graph errors"). Graph names service plans by id: `catalog` gives them.
    /// A group's own dependency check keeps the text the article quotes (`onGroup`).
    static func licensing(_ error: LicensingError, catalog: Catalog = .standard, onGroup: Bool = false) -> GraphError {
        let planIds = error.servicePlans.map { catalog.plan(named: $0)?.id.lowercasedString ?? $0 }
        switch error.code {
        case .mutuallyExclusiveViolation:
            return badRequest("License assignment failed because service plans \(planIds.joined(separator: ",")) are mutually exclusive", error.code)
        case .dependencyViolation where planIds.count >= 2 && !onGroup:
            return badRequest("License assignment failed because service plan \(planIds[0]) depends on the service plan(s) \(planIds.dropFirst().joined(separator: ","))",
                              error.code)
        case .prohibitedInUsageLocationViolation:
            // no public text: the verified sentences' pattern, without MSOnline's licenseoptions advice
            return badRequest("License assignment failed because service plans \(planIds.joined(separator: ",")) are not available in the user's usage location",
                              error.code)
        case .countViolation: return noAvailableLicenses(skuId: error.skuIds.first)
        case .usageLocationRequired: return invalidUsageLocation
        case .invalidUsageLocation: return badRequest("Property usageLocation is invalid.", error.code)
        case .invalidLicense, .productNotFound: return invalidLicense(skuId: error.skuIds.first, error.code)
        case .groupInheritedLicense: return inheritedLicenseRemoval
        case .userNotFound, .groupNotFound, .recipientNotFound, .memberNotFound: return notFound(error.message, error.code)
        case .mailboxNotEnabled: return GraphError(status: 404, code: "MailboxNotEnabledForRESTAPI", message: error.message, licensingCode: error.code)
        case .dynamicGroupMembership:
            return GraphError(status: 403, code: "Authorization_RequestDenied", message: error.message, licensingCode: error.code)
        default: return badRequest(error.message, error.code)
        }
    }
}

/// The names .NET gives HTTP statuses: Graph PowerShell prints `Status: 400 (BadRequest)`, an
/// HTTP response line reads `400 Bad Request`.
enum HTTPStatusText {
    private static let names: [Int: (name: String, phrase: String)] = [
        200: ("OK", "OK"), 201: ("Created", "Created"), 202: ("Accepted", "Accepted"), 204: ("NoContent", "No Content"),
        400: ("BadRequest", "Bad Request"), 401: ("Unauthorized", "Unauthorized"), 403: ("Forbidden", "Forbidden"),
        404: ("NotFound", "Not Found"), 405: ("MethodNotAllowed", "Method Not Allowed"), 409: ("Conflict", "Conflict"),
        429: ("TooManyRequests", "Too Many Requests"), 500: ("InternalServerError", "Internal Server Error"),
        503: ("ServiceUnavailable", "Service Unavailable"),
    ]

    /// `HttpStatusCode`'s name: `BadRequest`.
    static func name(_ status: Int) -> String { names[status]?.name ?? String(status) }
    /// The reason phrase: `Bad Request`.
    static func phrase(_ status: Int) -> String { names[status]?.phrase ?? "" }
}

// MARK: The server's own refusals (licenselab serve)

extension GraphError {
    /// 401: no token, or one that is not this tenant file's (GraphToken.Refusal gives the text).
    static func unauthenticated(_ message: String) -> GraphError {
        GraphError(status: 401, code: "InvalidAuthenticationToken", message: message)
    }

    /// A first path segment that is not a Graph version.
    static func invalidVersion(_ segment: String) -> GraphError {
        malformed("Invalid version: \(segment)")
    }

    /// A `$batch` body the lab cannot run (the whole batch is refused before any request runs).
    static func batchMalformed(_ message: String) -> GraphError { malformed(message) }

    /// A batch request whose `dependsOn` request failed.
    static func failedDependency(_ id: String) -> GraphError {
        GraphError(status: 424, code: "FailedDependency", message: "The request it depends on (id \(id)) failed.")
    }

    /// A request body larger than the server reads.
    static let bodyTooLarge = GraphError(status: 413, code: "RequestEntityTooLarge",
                                         message: "The request body is larger than the \(GraphService.maxBodySize >> 20) MB LicenseLab's server accepts.")

    /// `/beta/...`: Graph serves it, the lab does not.
    static let betaNotServed = malformed("Invalid version: beta. LicenseLab serves Microsoft Graph v1.0 only (docs/graph-server.md).")

    /// The change could not be saved in the tenant file (another process held it past the busy
    /// timeout, or the disk refused): undone, and the client may retry.
    static func notSaved(_ detail: String) -> GraphError {
        GraphError(status: 503, code: "serviceNotAvailable", message: "The change could not be saved in the tenant file and was undone: \(detail)")
    }
}
