import Foundation
import Licensing

/// Turns a parsed tenant file into a `TenantSnapshot`, checking every value and every reference
/// (docs/tenant-format.md lists the rules). The first problem ends the reading with its path.
struct FileReader {
    var catalog: Catalog
    let now: Date
    /// What the file holds that the lab could not represent (reported after an import).
    var notes: [String] = []
    private var products: [CustomProduct] = []

    private var tenantName = ""
    private var owned: [UUID: Product] = [:]
    private var groupIds: [UUID] = []
    private var groupByName: [String: [UUID]] = [:]
    private var userByUPN: [String: UUID] = [:]
    private var userIds = Set<UUID>()

    init(catalog: Catalog, now: Date) {
        self.catalog = catalog
        self.now = now
    }

    mutating func tenant(_ value: JSONValue) throws -> TenantSnapshot {
        let root = try Node(value: value, path: "$").object(
            ["$schema", "format", "version", "name", "tenantId", "settings", "products", "subscriptions", "users", "groups",
             "recipients", "queue", "outbox"])
        if let f = root["format"], try f.string() != TenantFile.format { throw f.fail("\"\(TenantFile.format)\"") }
        if let v = root["version"], try v.int(min: 1) > TenantFile.version {
            throw v.fail("version \(TenantFile.version) or lower (the file was written by a newer LicenseLab)")
        }
        let nameNode = try root.required("name", "the tenant's name (\"contoso\")")
        tenantName = try nameNode.string()
        guard !tenantName.isEmpty, tenantName.utf8.allSatisfy({ $0 == 45 || ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) }) else {
            throw nameNode.fail("a tenant name of letters, digits and hyphens")
        }
        let tenantId = try root["tenantId"]?.uuid() ?? stableId("tenant")
        let settings = try readSettings(root["settings"])
        try readProducts(root["products"])
        let skus = try readSubscriptions(root["subscriptions"])
        let groupNodes = try root["groups"]?.array() ?? []
        // Group ids first: user records and member lists refer to groups.
        var groupFields: [Fields] = []
        for node in groupNodes {
            let f = try node.object(["objectId", "displayName", "description", "securityEnabled", "mailEnabled",
                                     "mailNickname", "createdDateTime", "members", "memberGroups", "licenses",
                                     "processingState", "groupTypes", "membershipRule", "membershipRuleProcessingState"])
            let name = try f.required("displayName", "the group's display name").string()
            let id = try f["objectId"]?.uuid() ?? stableId("group|\(name.lowercased())|\(groupFields.count)")
            if groupIds.contains(id) || userIds.contains(id) { throw (f["objectId"] ?? node).fail("an objectId no other object has") }
            groupIds.append(id)
            groupByName[name.lowercased(), default: []].append(id)
            groupFields.append(f)
        }
        var users = try readUsers(root["users"])
        var groups: [Group] = []
        for (i, f) in groupFields.enumerated() { groups.append(try readGroup(f, id: groupIds[i], users: users)) }
        try checkMemberOf(&users, groups: groups, nodes: root["users"]?.array() ?? [])
        let recipients = try readRecipients(root["recipients"], users: &users)
        try checkSeats(skus, users: users, node: root["subscriptions"])
        var queue: [TenantSnapshot.QueuedGroup] = []
        if let q = root["queue"] {
            for node in try q.array() {
                let f = try node.object(["groupId", "full", "users", "queuedAt", "membershipFull", "membershipUsers"])
                let g = try f.required("groupId", "the objectId of a group in this file")
                let id = try g.uuid()
                guard groupIds.contains(id) else { throw g.fail("the objectId of a group in this file") }
                var members: [UUID] = []
                for u in try f["users"]?.array() ?? [] { members.append(try userReference(u)) }
                var ruleUsers: [UUID] = []
                for u in try f["membershipUsers"]?.array() ?? [] { ruleUsers.append(try userReference(u)) }
                let ruleFull = try f["membershipFull"]?.bool() ?? false
                if ruleFull || !ruleUsers.isEmpty, let group = groups.first(where: { $0.objectId == id }), !group.isDynamic {
                    throw (f["membershipFull"] ?? f["membershipUsers"] ?? g).fail("membership work only for a dynamic group")
                }
                queue.append(.init(groupId: id, full: try f["full"]?.bool() ?? (members.isEmpty && ruleUsers.isEmpty && !ruleFull),
                                   users: members, queuedAt: try f["queuedAt"]?.date() ?? now,
                                   membershipFull: ruleFull ? true : nil, membershipUsers: ruleUsers.isEmpty ? nil : ruleUsers))
            }
        } else {
            // A hand-written file: licensed groups never processed are queued, so their members
            // get their licenses by the rules when the tenant is next processed.
            for i in groups.indices where !groups[i].licenses.isEmpty && groups[i].processingState == nil {
                groups[i].processingState = .queuedForProcessing
                queue.append(.init(groupId: groups[i].objectId, full: true, users: [], queuedAt: now))
            }
        }
        return TenantSnapshot(name: tenantName, tenantId: tenantId, settings: settings, subscribedSkus: skus, users: users,
                              groups: groups, recipients: recipients, queue: queue, outbox: try readOutbox(root["outbox"]),
                              products: products)
    }

    /// `products[]` (version 3): products an export brought; those the catalog lacks are added to
    /// the tenant's catalog (CustomProducts.swift), the others are checked against it.
    mutating func readProducts(_ node: Node?) throws {
        var custom: [CustomProduct] = []
        var seen = Set<UUID>()
        for item in try node?.array() ?? [] {
            let f = try item.object(["skuId", "skuPartNumber", "displayName", "servicePlans"])
            let idNode = try f.required("skuId", "the product's skuId")
            let skuId = try idNode.uuid()
            guard seen.insert(skuId).inserted else { throw idNode.fail("a skuId not listed before in products") }
            let part = try f.required("skuPartNumber", "the product's part number").string()
            var plans: [CustomProduct.Plan] = []
            for p in try f["servicePlans"]?.array() ?? [] {
                let pf = try p.object(["servicePlanId", "servicePlanName", "appliesTo", "provisioningStatus"])
                plans.append(.init(servicePlanId: try pf.required("servicePlanId", "the plan's id").uuid(),
                                   servicePlanName: try pf.required("servicePlanName", "the plan's name").string()))
            }
            // a product LicenseLab knows keeps its own definition
            guard catalog.product(skuId: skuId) == nil else { continue }
            custom.append(CustomProduct(skuId: skuId, skuPartNumber: part, displayName: try f["displayName"]?.string(), servicePlans: plans))
        }
        guard !custom.isEmpty else { return }
        let (extended, problems) = catalog.extended(with: custom)
        catalog = extended
        products = custom
        notes += problems
    }

    /// `outbox[]` (version 2): the lab's sent mail, oldest first.
    func readOutbox(_ node: Node?) throws -> [MailMessage] {
        var messages: [MailMessage] = []
        var ids = Set<UUID>()
        for item in try node?.array() ?? [] {
            let f = try item.object(["id", "sentDateTime", "transport", "smtpServer", "from", "to", "cc", "bcc", "subject",
                                     "bodyType", "body", "attachments", "savedToSentItems"])
            let id = try f["id"]?.uuid() ?? stableId("mail|\(messages.count)")
            guard ids.insert(id).inserted else { throw (f["id"] ?? item).fail("an id no other message has") }
            func addresses(_ key: String) throws -> [String] { try (f[key]?.array() ?? []).map { try $0.string() } }
            var attachments: [MailAttachment] = []
            for a in try f["attachments"]?.array() ?? [] {
                let af = try a.object(["name", "contentType", "contentBytes"])
                let bytes = try af["contentBytes"].map { n throws -> Data in
                    guard let d = Data(base64Encoded: try n.string()) else { throw n.fail("the content in base64") }
                    return d
                } ?? Data()
                attachments.append(MailAttachment(name: try af.required("name", "the attachment's file name").string(),
                                                  contentType: try af["contentType"]?.string(), content: bytes))
            }
            messages.append(MailMessage(id: id, sentDateTime: try f["sentDateTime"]?.date() ?? now,
                                        from: try f.required("from", "the sender's address").string(),
                                        to: try addresses("to"), cc: try addresses("cc"), bcc: try addresses("bcc"),
                                        subject: try f["subject"]?.string() ?? "",
                                        bodyType: try f["bodyType"]?.enumValue(MailBodyType.self) ?? .text,
                                        body: try f["body"]?.string() ?? "", attachments: attachments,
                                        transport: try f["transport"]?.enumValue(MailTransport.self) ?? .graph,
                                        smtpServer: try f["smtpServer"]?.string(),
                                        savedToSentItems: try f["savedToSentItems"]?.bool() ?? false))
        }
        return messages
    }

    /// Ids for objects the file gives none: derived from the tenant name and the object's name,
    /// so importing the same file twice gives the same tenant.
    func stableId(_ key: String) -> UUID {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x9e37_79b9_7f4a_7c15
        for byte in "\(tenantName.lowercased())|\(key)".utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0xbf58_476d_1ce4_e5b9 &+ (a >> 31)
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(i)))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(i)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                           bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    // MARK: Sections

    func readSettings(_ node: Node?) throws -> TenantSettings {
        var s = TenantSettings()
        guard let node else { return s }
        let f = try node.object(["countryLetterCode", "processingMode", "duplicateProxyAddressError",
                                 "exchangePlansConflict", "enforceGraphScopes", "deferredProcessingDelaySeconds",
                                 "graphThrottling", "graphRequestLogSize"])
        if let c = f["countryLetterCode"] { s.countryLetterCode = try country(c) }
        if let m = f["processingMode"] { s.processingMode = try m.enumValue(ProcessingMode.self) }
        if let d = f["duplicateProxyAddressError"] { s.duplicateProxyAddressError = try d.enumValue(DuplicateProxyAddressBehavior.self) }
        if let e = f["exchangePlansConflict"] { s.exchangePlansConflict = try e.bool() }
        if let e = f["enforceGraphScopes"] { s.enforceGraphScopes = try e.bool() }
        if let d = f["deferredProcessingDelaySeconds"] { s.deferredProcessingDelay = try d.number() }
        if let g = f["graphThrottling"] { s.graphThrottling = try g.enumValue(GraphThrottling.self) }
        if let n = f["graphRequestLogSize"] {
            let size = try n.number()
            guard size >= 0, size <= 10_000_000, size == size.rounded() else { throw n.fail("a whole number from 0 to 10000000") }
            s.graphRequestLogSize = Int(size)
        }
        return s
    }

    func country(_ node: Node) throws -> String {
        let c = try node.string().uppercased()
        guard c.utf8.count == 2, c.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
            throw node.fail("a two-letter country code such as \"US\"")
        }
        return c
    }

    mutating func readSubscriptions(_ node: Node?) throws -> [SubscribedSku] {
        var skus: [SubscribedSku] = []
        for item in try node?.array() ?? [] {
            let f = try item.object(["skuPartNumber", "skuId", "enabledUnits", "warningUnits", "suspendedUnits",
                                     "lockedOutUnits", "subscriptionIds"])
            let partNode = try f.required("skuPartNumber", "a product part number such as \"ENTERPRISEPACK\"")
            // the skuId first: a product from an export may share a part number with the catalog's
            let byId = try f["skuId"].flatMap { n throws -> Product? in
                let p = catalog.product(skuId: try n.uuid())
                return p?.partNumber.caseInsensitiveCompare(try partNode.string()) == .orderedSame ? p : nil
            }
            guard let product = try byId ?? catalog.product(partNumber: try partNode.string()) else {
                throw partNode.fail("the part number of a product in LicenseLab's catalog (Get-MsolAccountSku lists the owned ones)")
            }
            if let idNode = f["skuId"], try idNode.uuid() != product.skuId {
                throw idNode.fail("\(product.partNumber)'s skuId \(product.skuId.lowercasedString)")
            }
            guard owned[product.skuId] == nil else { throw partNode.fail("a product not listed before in subscriptions") }
            owned[product.skuId] = product
            var ids: [UUID] = []
            for s in try f["subscriptionIds"]?.array() ?? [] { ids.append(try s.uuid()) }
            if ids.isEmpty { ids = [stableId("subscription|\(product.partNumber)")] }
            skus.append(SubscribedSku(
                skuId: product.skuId, skuPartNumber: product.partNumber,
                enabledUnits: try f.required("enabledUnits", "the number of units bought").int(),
                warningUnits: try f["warningUnits"]?.int() ?? 0, suspendedUnits: try f["suspendedUnits"]?.int() ?? 0,
                lockedOutUnits: try f["lockedOutUnits"]?.int() ?? 0, subscriptionIds: ids))
        }
        return skus
    }

    func ownedProduct(_ node: Node) throws -> Product {
        let text = try node.string()
        let product = UUID.parse(text).flatMap { catalog.product(skuId: $0) } ?? catalog.product(partNumber: text)
        guard let product, owned[product.skuId] != nil else {
            let names = owned.values.map(\.partNumber).sorted().joined(separator: ", ")
            throw node.fail("the part number or skuId of a product in subscriptions (\(names.isEmpty ? "none" : names))")
        }
        return product
    }

    mutating func plans(_ node: Node?, of product: Product) throws -> [UUID] {
        var set = Set<Int>()
        for p in try node?.array() ?? [] {
            let text = try p.string()
            let plan = UUID.parse(text).flatMap { catalog.plan(id: $0) } ?? catalog.plan(named: text)
            // a plan of an exported product left out for want of room (reported once, above)
            if plan == nil, UUID.parse(text) != nil, products.contains(where: { $0.skuId == product.skuId }) { continue }
            guard let plan, product.plans.contains(plan.index) else {
                throw p.fail("the name or id of a service plan of \(product.partNumber)")
            }
            set.insert(plan.index)
        }
        // The core keeps disabled plans in the product's plan order.
        return product.planIndices.filter { set.contains($0) }.map { catalog.plans[$0].id }
    }

    func groupReference(_ node: Node) throws -> UUID {
        let text = try node.string()
        if let id = UUID.parse(text), groupIds.contains(id) { return id }
        if let ids = groupByName[text.lowercased()], ids.count == 1 { return ids[0] }
        throw node.fail("the objectId (or unique display name) of a group in this file")
    }

    func userReference(_ node: Node) throws -> UUID {
        let text = try node.string()
        if let id = UUID.parse(text), userIds.contains(id) { return id }
        if let id = userByUPN[text.lowercased()] { return id }
        throw node.fail("the userPrincipalName or objectId of a user in this file")
    }

    static let userFields = ["objectId", "userPrincipalName", "displayName", "usageLocation", "accountEnabled",
                             "createdDateTime", "deletedDateTime", "memberOf", "licenses", "attributes"]

    mutating func readUsers(_ node: Node?) throws -> [User] {
        let items = try node?.array() ?? []
        // room made once: growing these tables a step at a time was a tenth of a big import
        var users: [User] = []
        users.reserveCapacity(items.count)
        userIds.reserveCapacity(items.count)
        userByUPN.reserveCapacity(items.count)
        for item in items {
            let f = try item.object(Self.userFields)
            let upnNode = try f.required("userPrincipalName", "the user's sign-in name (\"ann@contoso.onmicrosoft.com\")")
            let upn = try upnNode.string()
            // (looked at as UTF-8: Character and Foundation searches were a tenth of an import)
            let bytes = upn.utf8
            let at = bytes.firstIndex(of: UInt8(ascii: "@"))
            guard let at, at != bytes.startIndex, bytes.index(after: at) != bytes.endIndex, !bytes.contains(UInt8(ascii: " ")),
                  bytes.lastIndex(of: UInt8(ascii: "@")) == at else {
                throw upnNode.fail("a user principal name of the form alias@domain")
            }
            let folded = upn.lowercased()
            guard userByUPN[folded] == nil else { throw upnNode.fail("a userPrincipalName no other user has") }
            let id = try f["objectId"]?.uuid() ?? stableId("user|\(folded)")
            if userIds.contains(id) || groupIds.contains(id) { throw (f["objectId"] ?? item).fail("an objectId no other object has") }
            userIds.insert(id)
            userByUPN[folded] = id
            let deleted = try f["deletedDateTime"]?.date()
            var records: [AssignmentRecord] = []
            for r in try f["licenses"]?.array() ?? [] {
                let rf = try r.object(["sku", "source", "disabledPlans", "state", "error", "lastUpdatedDateTime"])
                let product = try ownedProduct(try rf.required("sku", "the product's part number or skuId"))
                var source = AssignmentSource.direct
                if let s = rf["source"], try s.string().lowercased() != "direct" { source = .group(try groupReference(s)) }
                guard !records.contains(where: { $0.skuId == product.skuId && $0.source == source }) else {
                    throw r.fail("one license per product and source (this product and source are listed twice)")
                }
                let state = try rf["state"]?.enumValue(AssignmentState.self) ?? .active
                let error = try rf["error"]?.enumValue(AssignmentError.self) ?? .none
                if (state == .active) != (error == .none) {
                    throw (rf["error"] ?? r).fail(state == .active
                        ? "error None for a license in state Active"
                        : "an error code (CountViolation, ...) for a license in state \(state.rawValue)")
                }
                records.append(AssignmentRecord(skuId: product.skuId, source: source,
                                                disabledPlans: try plans(rf["disabledPlans"], of: product), state: state,
                                                error: error, lastUpdatedDateTime: try rf["lastUpdatedDateTime"]?.date() ?? now))
            }
            let alias = String(upn[..<at])
            users.append(User(objectId: id, userPrincipalName: upn, displayName: try f["displayName"]?.string() ?? alias,
                              usageLocation: try f["usageLocation"].map { try country($0) },
                              accountEnabled: try f["accountEnabled"]?.bool() ?? true, isDeleted: deleted != nil,
                              deletedDateTime: deleted, createdDateTime: try f["createdDateTime"]?.date() ?? now,
                              records: records, memberOf: [], mailboxId: nil,
                              attributes: try f["attributes"]?.stringMap() ?? [:]))
        }
        return users
    }

    mutating func readGroup(_ f: Fields, id: UUID, users: [User]) throws -> Group {
        var members = OrderedIDSet()
        for m in try f["members"]?.array() ?? [] {
            guard members.append(try userReference(m)) else { throw m.fail("each member listed once") }
        }
        var nested = OrderedIDSet()
        for m in try f["memberGroups"]?.array() ?? [] {
            let g = try groupReference(m)
            guard g != id, nested.append(g) else { throw m.fail("another group, listed once") }
        }
        let securityEnabled = try f["securityEnabled"]?.bool() ?? true
        var licenses: [GroupLicense] = []
        for l in try f["licenses"]?.array() ?? [] {
            let lf = try l.object(["sku", "disabledPlans"])
            let product = try ownedProduct(try lf.required("sku", "the product's part number or skuId"))
            guard !licenses.contains(where: { $0.skuId == product.skuId }) else { throw l.fail("each product listed once") }
            licenses.append(GroupLicense(skuId: product.skuId, disabledPlans: try plans(lf["disabledPlans"], of: product)))
        }
        if !licenses.isEmpty && !securityEnabled {
            throw (try f["securityEnabled"] ?? f.required("licenses", "")).fail("true: only security groups carry licenses")
        }
        let mailEnabled = try f["mailEnabled"]?.bool() ?? false
        let groupTypes = try (f["groupTypes"]?.array() ?? []).map { try $0.string() }
        let rule = try f["membershipRule"]?.string()
        if let rule, let n = f["membershipRule"], let problem = Self.ruleProblem(rule) {
            // the service accepted every rule it exported: one the lab cannot evaluate is kept, frozen
            let name = try f.required("displayName", "").string()
            notes.append("The membership rule of the group '\(name)' (\(n.path)) cannot be evaluated by LicenseLab: \(problem) Its members stay as the file lists them.")
        }
        let isDynamic = groupTypes.contains { $0.caseInsensitiveCompare(Tenant.dynamicMembership) == .orderedSame }
        if isDynamic && rule == nil { throw (try f["groupTypes"] ?? f.required("displayName", "")).fail("a membershipRule with DynamicMembership") }
        if !isDynamic, let n = f["membershipRule"] { throw n.fail("no membershipRule without DynamicMembership in groupTypes") }
        var state: String?
        if isDynamic {
            let stateNode = f["membershipRuleProcessingState"]
            let text = try stateNode?.string() ?? "On"
            guard let valid = ["On", "Paused"].first(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else {
                throw stateNode!.fail("On or Paused")
            }
            state = valid
        } else if let n = f["membershipRuleProcessingState"] {
            throw n.fail("no membershipRuleProcessingState without DynamicMembership in groupTypes")
        }
        return Group(objectId: id, displayName: try f.required("displayName", "").string(),
                     description: try f["description"]?.string(), securityEnabled: securityEnabled,
                     mailEnabled: mailEnabled, mailNickname: try f["mailNickname"]?.string(),
                     createdDateTime: try f["createdDateTime"]?.date() ?? now, members: members, memberGroups: nested,
                     licenses: licenses, processingState: try f["processingState"]?.enumValue(LicenseProcessingState.self),
                     groupTypes: groupTypes, membershipRule: rule, membershipRuleProcessingState: state)
    }

    /// A user's `memberOf` is the groups listing it as a member; a file may give the order (the
    /// order it joined them), otherwise it is the groups' order in the file.
    func checkMemberOf(_ users: inout [User], groups: [Group], nodes: [Node]) throws {
        var slot: [UUID: Int] = [:]
        for (i, u) in users.enumerated() { slot[u.objectId] = i }
        var derived = [[UUID]](repeating: [], count: users.count)
        for g in groups { for m in g.members { if let i = slot[m] { derived[i].append(g.objectId) } } }
        for i in users.indices {
            guard i < nodes.count, let given = try nodes[i].object(Self.userFields)["memberOf"] else {
                users[i].memberOf = derived[i]
                continue
            }
            var list: [UUID] = []
            for g in try given.array() { list.append(try groupReference(g)) }
            guard Set(list) == Set(derived[i]), list.count == derived[i].count else {
                throw given.fail("the groups whose members list this user (\(derived[i].count) of them), each once")
            }
            users[i].memberOf = list
        }
    }

    mutating func readRecipients(_ node: Node?, users: inout [User]) throws -> [Recipient] {
        var recipients: [Recipient] = []
        var taken: [String: String] = [:]
        var ids = Set<UUID>()
        var slot: [UUID: Int] = [:]
        let items = try node?.array() ?? []
        recipients.reserveCapacity(items.count)
        taken.reserveCapacity(items.count * 2)
        ids.reserveCapacity(items.count)
        slot.reserveCapacity(users.count)
        for (i, u) in users.enumerated() { slot[u.objectId] = i }
        for item in items {
            let f = try item.object(["id", "externalDirectoryObjectId", "name", "displayName", "alias", "recipientType",
                                     "recipientTypeDetails", "emailAddresses", "externalEmailAddress"])
            let name = try f.required("name", "the recipient's name").string()
            let typeNode = try f.required("recipientType", "a recipient type such as UserMailbox")
            let type = try typeNode.enumValue(RecipientType.self)
            // SharedMailbox is a RecipientTypeDetails only: a shared mailbox's type is UserMailbox
            if type.isUnlicensedMailboxKind { throw typeNode.fail("a recipient type (a shared, room or equipment mailbox is UserMailbox, with those recipientTypeDetails)") }
            var owner: UUID?
            if let o = f["externalDirectoryObjectId"] {
                let text = try o.string()
                if let id = UUID.parse(text), userIds.contains(id) || groupIds.contains(id) {
                    owner = id
                } else if let id = userByUPN[text.lowercased()] {
                    owner = id
                } else {
                    throw o.fail("the objectId of a user or group in this file")
                }
            }
            let id = try f["id"]?.uuid() ?? stableId("recipient|\(name.lowercased())|\(recipients.count)")
            guard ids.insert(id).inserted else { throw (f["id"] ?? item).fail("an id no other recipient has") }
            var addresses: [ProxyAddress] = []
            let addressNode = try f.required("emailAddresses", "the recipient's proxy addresses (\"SMTP:ann@contoso.com\")")
            for a in try addressNode.array() {
                guard let parsed = ProxyAddress(parsing: try a.string()), !parsed.isSmtp || parsed.address.contains("@") else {
                    throw a.fail("a proxy address such as \"SMTP:ann@contoso.com\" or \"smtp:alias@contoso.com\"")
                }
                if let other = taken[parsed.uniquenessKey] {
                    throw a.fail("an address no other recipient has (\"\(other)\" has it)")
                }
                taken[parsed.uniquenessKey] = name
                addresses.append(parsed)
            }
            guard addresses.filter(\.isPrimarySmtp).count == 1 else {
                throw addressNode.fail("exactly one primary address written \"SMTP:...\"")
            }
            if type == .userMailbox {
                guard let owner, let u = slot[owner] else {
                    throw (f["externalDirectoryObjectId"] ?? item).fail("the user whose mailbox this is (externalDirectoryObjectId)")
                }
                guard users[u].mailboxId == nil else {
                    throw (f["externalDirectoryObjectId"] ?? item).fail("a user with no other mailbox")
                }
                users[u].mailboxId = id
            }
            recipients.append(Recipient(id: id, externalDirectoryObjectId: owner, name: name,
                                        displayName: try f["displayName"]?.string() ?? name,
                                        alias: try f["alias"]?.string() ?? Self.withoutWhitespace(name),
                                        recipientType: type,
                                        recipientTypeDetails: try recipientTypeDetails(f["recipientTypeDetails"], type: type),
                                        emailAddresses: addresses, externalEmailAddress: try f["externalEmailAddress"]?.string()))
        }
        return recipients
    }

    /// A name without its white space (a recipient's default alias); ASCII names, nearly all of
    /// them, are looked at byte by byte.
    static func withoutWhitespace(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            guard name.utf8.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }) else { return name }
            return String(decoding: name.utf8.filter { !($0 == 0x20 || (0x09...0x0D).contains($0)) }, as: UTF8.self)
        }
        return name.filter { !$0.isWhitespace }
    }

    /// The details of the type (default: the type itself); SharedMailbox only for a UserMailbox.
    func recipientTypeDetails(_ node: Node?, type: RecipientType) throws -> RecipientType {
        guard let node else { return type }
        let details = try node.enumValue(RecipientType.self)
        guard !details.isUnlicensedMailboxKind || type == .userMailbox else {
            throw node.fail("\(details.rawValue) only for a recipientType UserMailbox")
        }
        return details
    }

    /// Why the lab cannot evaluate a rule, or nil.
    static func ruleProblem(_ rule: String) -> String? {
        do {
            _ = try MembershipRule(rule)
            return nil
        } catch {
            return error.message
        }
    }

    /// The file cannot hold more applied licenses of a product than it bought units.
    func checkSeats(_ skus: [SubscribedSku], users: [User], node: Node?) throws {
        var consumed: [UUID: Int] = [:]
        for u in users where !u.isDeleted {
            var seen: [UUID] = []
            for r in u.records where r.isApplied && !seen.contains(r.skuId) {
                seen.append(r.skuId)
                consumed[r.skuId, default: 0] += 1
            }
        }
        let nodes = try node?.array() ?? []
        for (i, sku) in skus.enumerated() where (consumed[sku.skuId] ?? 0) > sku.enabledUnits {
            let path = i < nodes.count ? nodes[i].path + ".enabledUnits" : "$.subscriptions"
            throw TenantFileError(path: path,
                                  expected: "at least \(consumed[sku.skuId] ?? 0) (the users holding an applied \(sku.skuPartNumber) license)",
                                  found: String(sku.enabledUnits))
        }
    }
}
