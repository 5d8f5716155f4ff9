import Foundation

/// Where an assignment record comes from: the user itself (direct) or a group it is a member of.
public enum AssignmentSource: Hashable, Sendable, Codable {
    case direct
    case group(UUID)

    public var groupId: UUID? {
        if case .group(let id) = self { return id }
        return nil
    }
}

/// Graph licenseAssignmentState.state. `Active`: applied. `ActiveWithError`: still applied, but the
/// last evaluation failed (a removal blocked by DependencyViolation). `Error`: not applied.
public enum AssignmentState: String, Sendable, Codable, CaseIterable {
    case active = "Active"
    case activeWithError = "ActiveWithError"
    case error = "Error"

    public var isApplied: Bool { self != .error }
}

/// Graph licenseAssignmentState.error (`None` on success, as Microsoft's samples print it).
public enum AssignmentError: String, Sendable, Codable, CaseIterable {
    case none = "None"
    case countViolation = "CountViolation"
    case mutuallyExclusiveViolation = "MutuallyExclusiveViolation"
    case dependencyViolation = "DependencyViolation"
    case prohibitedInUsageLocationViolation = "ProhibitedInUsageLocationViolation"
    case uniquenessViolation = "UniquenessViolation"
    case other = "Other"

    init(_ code: LicensingError.Code) {
        switch code {
        case .countViolation: self = .countViolation
        case .mutuallyExclusiveViolation: self = .mutuallyExclusiveViolation
        case .dependencyViolation: self = .dependencyViolation
        case .prohibitedInUsageLocationViolation: self = .prohibitedInUsageLocationViolation
        case .uniquenessViolation: self = .uniquenessViolation
        default: self = .other
        }
    }
}

/// One source's claim of one product for one user (docs/licensing.md "Objects").
public struct AssignmentRecord: Hashable, Sendable, Codable {
    public init(skuId: UUID, source: AssignmentSource, disabledPlans: [UUID], state: AssignmentState,
                error: AssignmentError, lastUpdatedDateTime: Date) {
        self.skuId = skuId
        self.source = source
        self.disabledPlans = disabledPlans
        self.state = state
        self.error = error
        self.lastUpdatedDateTime = lastUpdatedDateTime
    }

    public var skuId: UUID
    public var source: AssignmentSource
    public var disabledPlans: [UUID]
    public var state: AssignmentState
    public var error: AssignmentError
    public var lastUpdatedDateTime: Date

    public var assignedByGroup: UUID? { source.groupId }
    public var isApplied: Bool { state.isApplied }
}

public struct User: Hashable, Sendable, Codable {
    public init(objectId: UUID, userPrincipalName: String, displayName: String, usageLocation: String?,
                accountEnabled: Bool, isDeleted: Bool, deletedDateTime: Date?, createdDateTime: Date,
                records: [AssignmentRecord], memberOf: [UUID], mailboxId: UUID?, attributes: [String: String] = [:]) {
        self.objectId = objectId
        self.userPrincipalName = userPrincipalName
        self.displayName = displayName
        self.usageLocation = usageLocation
        self.accountEnabled = accountEnabled
        self.isDeleted = isDeleted
        self.deletedDateTime = deletedDateTime
        self.createdDateTime = createdDateTime
        self.records = records
        self.memberOf = memberOf
        self.mailboxId = mailboxId
        self.attributes = attributes
    }

    public var objectId: UUID
    public var userPrincipalName: String
    public var displayName: String
    /// ISO 3166 alpha-2, upper case; nil when not set (group assignment then uses the tenant's country).
    public var usageLocation: String?
    public var accountEnabled: Bool
    public var isDeleted: Bool
    public var deletedDateTime: Date?
    public var createdDateTime: Date
    /// In creation order: at most one direct record per SKU, one per (group, SKU of that group).
    public var records: [AssignmentRecord]
    /// Groups the user is a direct member of, in the order it joined them.
    public var memberOf: [UUID]
    /// The id of its Exchange mailbox recipient, once an Exchange plan gave it one.
    public var mailboxId: UUID?
    /// Directory attributes licensing does not use (Department, Title, City, FirstName, ...), by
    /// the name MSOnline gives them; ``User/attribute(_:)`` reads them case-insensitively. They are
    /// stored and exported with the user.
    public var attributes: [String: String]

    /// An attribute by name, in any case.
    public func attribute(_ name: String) -> String? {
        if let v = attributes[name] { return v }
        // ASCII names (all of Entra's) compare byte by byte; Foundation's comparison, run for every
        // missing attribute of every user Get-MgUser lists, was a tenth of its time
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return attributes.first { $0.key.asciiCaseInsensitiveEquals(name) }?.value
        }
        return attributes.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    private enum CodingKeys: String, CodingKey {
        case objectId, userPrincipalName, displayName, usageLocation, accountEnabled, isDeleted, deletedDateTime
        case createdDateTime, records, memberOf, mailboxId, attributes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(objectId: try c.decode(UUID.self, forKey: .objectId),
                  userPrincipalName: try c.decode(String.self, forKey: .userPrincipalName),
                  displayName: try c.decode(String.self, forKey: .displayName),
                  usageLocation: try c.decodeIfPresent(String.self, forKey: .usageLocation),
                  accountEnabled: try c.decode(Bool.self, forKey: .accountEnabled),
                  isDeleted: try c.decode(Bool.self, forKey: .isDeleted),
                  deletedDateTime: try c.decodeIfPresent(Date.self, forKey: .deletedDateTime),
                  createdDateTime: try c.decode(Date.self, forKey: .createdDateTime),
                  records: try c.decode([AssignmentRecord].self, forKey: .records),
                  memberOf: try c.decode([UUID].self, forKey: .memberOf),
                  mailboxId: try c.decodeIfPresent(UUID.self, forKey: .mailboxId),
                  attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:])
    }

    /// The part of the UPN before `@`.
    public var alias: String {
        if let at = userPrincipalName.firstIndex(of: "@") { return String(userPrincipalName[..<at]) }
        return userPrincipalName
    }
}

/// A product set on a group, with the plans the group leaves out.
public struct GroupLicense: Hashable, Sendable, Codable {
    public var skuId: UUID
    public var disabledPlans: [UUID]

    public init(skuId: UUID, disabledPlans: [UUID] = []) {
        self.skuId = skuId
        self.disabledPlans = disabledPlans
    }
}

/// Graph group.licenseProcessingState.state.
public enum LicenseProcessingState: String, Sendable, Codable, CaseIterable {
    case queuedForProcessing = "QueuedForProcessing"
    case processingInProgress = "ProcessingInProgress"
    case processingComplete = "ProcessingComplete"
}

public struct Group: Hashable, Sendable, Codable {
    public init(objectId: UUID, displayName: String, description: String?, securityEnabled: Bool, mailEnabled: Bool,
                mailNickname: String?, createdDateTime: Date, members: OrderedIDSet, memberGroups: OrderedIDSet,
                licenses: [GroupLicense], processingState: LicenseProcessingState?, groupTypes: [String] = [],
                membershipRule: String? = nil, membershipRuleProcessingState: String? = nil) {
        self.groupTypes = groupTypes
        self.membershipRule = membershipRule
        self.membershipRuleProcessingState = membershipRuleProcessingState
        self.objectId = objectId
        self.displayName = displayName
        self.description = description
        self.securityEnabled = securityEnabled
        self.mailEnabled = mailEnabled
        self.mailNickname = mailNickname
        self.createdDateTime = createdDateTime
        self.members = members
        self.memberGroups = memberGroups
        self.licenses = licenses
        self.processingState = processingState
    }

    public var objectId: UUID
    public var displayName: String
    public var description: String?
    public var securityEnabled: Bool
    public var mailEnabled: Bool
    public var mailNickname: String?
    public var createdDateTime: Date
    /// Direct user members in membership order.
    public var members: OrderedIDSet
    /// Groups that are members of this one. Kept for listing only: group licensing does not expand
    /// nested groups (docs/sources.md "Licensing behaviour"), so their users get nothing from this
    /// group.
    public var memberGroups: OrderedIDSet
    public var licenses: [GroupLicense]
    /// nil until the group is first queued for license processing.
    public var processingState: LicenseProcessingState?
    /// Graph's groupTypes as the group was made (`DynamicMembership`, `Unified`).
    public var groupTypes: [String]
    /// A dynamic group's rule (docs/licensing.md "Dynamic groups"); nil for an assigned group.
    public var membershipRule: String?
    /// `On` (members follow the rule) or `Paused` (members stay as they are); nil when not dynamic.
    public var membershipRuleProcessingState: String?

    /// Whether members come from a rule: nobody can add or remove them by hand.
    public var isDynamic: Bool { groupTypes.contains { $0.caseInsensitiveCompare("DynamicMembership") == .orderedSame } }
    /// Whether the rule is being applied (a dynamic group whose processing is not paused).
    public var followsRule: Bool {
        isDynamic && membershipRule != nil && (membershipRuleProcessingState ?? "On").caseInsensitiveCompare("Paused") != .orderedSame
    }

    private enum CodingKeys: String, CodingKey {
        case objectId, displayName, description, securityEnabled, mailEnabled, mailNickname, createdDateTime, members,
             memberGroups, licenses, processingState, groupTypes, membershipRule, membershipRuleProcessingState
    }

    /// Groups stored before dynamic groups (checkpoints, snapshots) have none of their properties.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(objectId: try c.decode(UUID.self, forKey: .objectId), displayName: try c.decode(String.self, forKey: .displayName),
                  description: try c.decodeIfPresent(String.self, forKey: .description),
                  securityEnabled: try c.decode(Bool.self, forKey: .securityEnabled), mailEnabled: try c.decode(Bool.self, forKey: .mailEnabled),
                  mailNickname: try c.decodeIfPresent(String.self, forKey: .mailNickname),
                  createdDateTime: try c.decode(Date.self, forKey: .createdDateTime), members: try c.decode(OrderedIDSet.self, forKey: .members),
                  memberGroups: try c.decode(OrderedIDSet.self, forKey: .memberGroups), licenses: try c.decode([GroupLicense].self, forKey: .licenses),
                  processingState: try c.decodeIfPresent(LicenseProcessingState.self, forKey: .processingState),
                  groupTypes: try c.decodeIfPresent([String].self, forKey: .groupTypes) ?? [],
                  membershipRule: try c.decodeIfPresent(String.self, forKey: .membershipRule),
                  membershipRuleProcessingState: try c.decodeIfPresent(String.self, forKey: .membershipRuleProcessingState))
    }

    public static func == (a: Group, b: Group) -> Bool {
        a.objectId == b.objectId && a.displayName == b.displayName && a.description == b.description
            && a.securityEnabled == b.securityEnabled && a.mailEnabled == b.mailEnabled
            && a.mailNickname == b.mailNickname && a.members == b.members && a.memberGroups == b.memberGroups
            && a.licenses == b.licenses
            && a.processingState == b.processingState && a.createdDateTime == b.createdDateTime
            && a.groupTypes == b.groupTypes && a.membershipRule == b.membershipRule
            && a.membershipRuleProcessingState == b.membershipRuleProcessingState
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(objectId) }
}

/// A product the tenant owns, with its seat counts (consumed units are derived, see `Tenant.consumedUnits`).
public struct SubscribedSku: Hashable, Sendable, Codable {
    public init(skuId: UUID, skuPartNumber: String, enabledUnits: Int, warningUnits: Int, suspendedUnits: Int,
                lockedOutUnits: Int, subscriptionIds: [UUID]) {
        self.skuId = skuId
        self.skuPartNumber = skuPartNumber
        self.enabledUnits = enabledUnits
        self.warningUnits = warningUnits
        self.suspendedUnits = suspendedUnits
        self.lockedOutUnits = lockedOutUnits
        self.subscriptionIds = subscriptionIds
    }

    public var skuId: UUID
    public var skuPartNumber: String
    /// Enabled (MSOnline ActiveUnits): the only assignable units.
    public var enabledUnits: Int
    public var warningUnits: Int
    public var suspendedUnits: Int
    public var lockedOutUnits: Int
    public var subscriptionIds: [UUID]
}

public enum RecipientType: String, Sendable, Codable, CaseIterable {
    /// The details a mailbox (RecipientType UserMailbox) can have.
    public static let mailboxKinds: [RecipientType] = [.userMailbox, .sharedMailbox, .roomMailbox, .equipmentMailbox]
    /// A mailbox that needs no license (shared and resource mailboxes, up to 50 GB).
    public var isUnlicensedMailboxKind: Bool { self == .sharedMailbox || self == .roomMailbox || self == .equipmentMailbox }

    case userMailbox = "UserMailbox"
    /// Only as RecipientTypeDetails: shared, room and equipment mailboxes are RecipientType
    /// `UserMailbox` (`RecipientType.isMailboxKind`).
    case sharedMailbox = "SharedMailbox"
    case roomMailbox = "RoomMailbox"
    case equipmentMailbox = "EquipmentMailbox"
    case mailUser = "MailUser"
    case mailContact = "MailContact"
    case mailUniversalSecurityGroup = "MailUniversalSecurityGroup"
    case mailUniversalDistributionGroup = "MailUniversalDistributionGroup"
}

/// An Exchange proxy address: `SMTP:` marks the primary address, `smtp:` the others.
public struct ProxyAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    public var prefix: String
    public var address: String

    public init(prefix: String, address: String) {
        self.prefix = prefix
        self.address = address
    }

    /// Parses `type:address`; without a type the address is SMTP (Exchange's rule, docs/sources.md
    /// "Exchange proxy addresses").
    public init?(parsing text: String) {
        let trimmed = text.trimmedSpaces
        guard !trimmed.isEmpty else { return nil }
        // (':' and '@' are ASCII: found among the UTF-8 bytes, without grapheme breaking)
        let u = trimmed.utf8
        if let colon = u.firstIndex(of: UInt8(ascii: ":")), !u[..<colon].contains(UInt8(ascii: "@")) {
            let prefix = String(trimmed[..<colon])
            let address = String(trimmed[u.index(after: colon)...])
            guard !prefix.isEmpty, !address.isEmpty else { return nil }
            self.init(prefix: prefix, address: address)
        } else {
            self.init(prefix: "smtp", address: trimmed)
        }
    }

    public var isPrimarySmtp: Bool { prefix == "SMTP" }
    public var isSmtp: Bool { prefix == "SMTP" || prefix == "smtp" || prefix.asciiCaseInsensitiveEquals("smtp") }
    /// The key proxy-address uniqueness is checked on: type and address, case-insensitive (an
    /// SMTP address is its own key, other types keep their prefix).
    public var uniquenessKey: String { isSmtp ? address.lowercased() : prefix.lowercased() + ":" + address.lowercased() }
    public var description: String { "\(prefix):\(address)" }
}

public struct Recipient: Hashable, Sendable, Codable {
    public init(id: UUID, externalDirectoryObjectId: UUID?, name: String, displayName: String, alias: String,
                recipientType: RecipientType, recipientTypeDetails: RecipientType, emailAddresses: [ProxyAddress],
                externalEmailAddress: String?) {
        self.id = id
        self.externalDirectoryObjectId = externalDirectoryObjectId
        self.name = name
        self.displayName = displayName
        self.alias = alias
        self.recipientType = recipientType
        self.recipientTypeDetails = recipientTypeDetails
        self.emailAddresses = emailAddresses
        self.externalEmailAddress = externalEmailAddress
    }

    public var id: UUID
    /// The directory object behind it (ExternalDirectoryObjectId), nil for mail contacts.
    public var externalDirectoryObjectId: UUID?
    public var name: String
    public var displayName: String
    public var alias: String
    public var recipientType: RecipientType
    public var recipientTypeDetails: RecipientType
    public var emailAddresses: [ProxyAddress]
    public var externalEmailAddress: String?

    public var primarySmtpAddress: String? { emailAddresses.first(where: \.isPrimarySmtp)?.address }
}

public enum ProcessingMode: String, Sendable, Codable, CaseIterable {
    case immediate = "Immediate"
    case deferred = "Deferred"
}

/// What a member whose new mailbox would reuse a taken proxy address records (docs/licensing.md
/// "Group assignment").
public enum DuplicateProxyAddressBehavior: String, Sendable, Codable, CaseIterable {
    /// The default, LicenseLab's reading of the group-licensing article: the assignment fails and
    /// nothing is recorded.
    case none = "None"
    case uniquenessViolation = "UniquenessViolation"
}

/// `Set-LabTenant -GraphThrottling`: whether `licenselab serve` applies Graph's documented
/// identity-and-access budgets (docs/graph-server.md, "Throttling").
public enum GraphThrottling: String, Sendable, Codable, CaseIterable {
    case off = "Off"
    case documented = "Documented"
}

public struct TenantSettings: Hashable, Sendable, Codable {
    /// The directory's location, used for members without a usage location.
    public var countryLetterCode: String
    public var processingMode: ProcessingMode
    public var duplicateProxyAddressError: DuplicateProxyAddressBehavior
    /// The group-licensing article's EXCHANGE_S_STANDARD ⟂ EXCHANGE_S_ENTERPRISE rule
    /// (docs/licensing.md "Tenant settings").
    public var exchangePlansConflict: Bool
    public var enforceGraphScopes: Bool
    /// Deferred mode: queued work older than this is processed by `processDueWork()`; nil waits for an explicit wait.
    public var deferredProcessingDelay: TimeInterval?
    /// What `licenselab serve` does about Graph's throttling budgets (the shell's cmdlets are never throttled).
    public var graphThrottling: GraphThrottling = .off
    /// How many of the Graph server's newest requests the tenant file keeps (`Get-LabGraphRequest`).
    public var graphRequestLogSize: Int = TenantSettings.defaultGraphRequestLogSize
    public static let defaultGraphRequestLogSize = 10_000

    public init(countryLetterCode: String = "US", processingMode: ProcessingMode = .immediate,
                duplicateProxyAddressError: DuplicateProxyAddressBehavior = .none,
                exchangePlansConflict: Bool = true, enforceGraphScopes: Bool = false,
                deferredProcessingDelay: TimeInterval? = nil) {
        self.countryLetterCode = countryLetterCode
        self.processingMode = processingMode
        self.duplicateProxyAddressError = duplicateProxyAddressError
        self.exchangePlansConflict = exchangePlansConflict
        self.enforceGraphScopes = enforceGraphScopes
        self.deferredProcessingDelay = deferredProcessingDelay
    }

    // Settings saved by an older LicenseLab lack the newer fields: they get their defaults.
    private enum CodingKeys: String, CodingKey {
        case countryLetterCode, processingMode, duplicateProxyAddressError, exchangePlansConflict, enforceGraphScopes,
             deferredProcessingDelay, graphThrottling, graphRequestLogSize
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        countryLetterCode = try c.decode(String.self, forKey: .countryLetterCode)
        processingMode = try c.decode(ProcessingMode.self, forKey: .processingMode)
        duplicateProxyAddressError = try c.decode(DuplicateProxyAddressBehavior.self, forKey: .duplicateProxyAddressError)
        exchangePlansConflict = try c.decode(Bool.self, forKey: .exchangePlansConflict)
        enforceGraphScopes = try c.decode(Bool.self, forKey: .enforceGraphScopes)
        deferredProcessingDelay = try c.decodeIfPresent(TimeInterval.self, forKey: .deferredProcessingDelay)
        graphThrottling = try c.decodeIfPresent(GraphThrottling.self, forKey: .graphThrottling) ?? .off
        graphRequestLogSize = try c.decodeIfPresent(Int.self, forKey: .graphRequestLogSize) ?? TenantSettings.defaultGraphRequestLogSize
    }
}

/// The tenant's notion of now (lastUpdatedDateTime, deletion times); tests use a fixed clock.
public struct TenantClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The system time to the millisecond: stored timestamps then survive a JSON export and
    /// import exactly (the file format writes milliseconds, see docs/tenant-format.md).
    public static let system = TenantClock { Date(millisecondsSince1970: (Date().timeIntervalSince1970 * 1000).rounded(.down)) }

    public static func fixed(_ date: Date) -> TenantClock { TenantClock { date } }
}

extension Date {
    /// `Date(timeIntervalSince1970: ms / 1000)`: the one formula the clock and the file reader share,
    /// so a millisecond count always gives the same Date.
    public init(millisecondsSince1970 ms: Double) { self.init(timeIntervalSince1970: ms / 1000) }

    /// Whole milliseconds since 1970 (rounded to the nearest).
    public var millisecondsSince1970: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
}
