import Foundation
import Licensing
import M365Cmdlets

/// The page models: what each pane shows, read from the tenant, as the templates' contexts.
/// Every tenant value goes through `PortalText.visible` here and is HTML-escaped by the template.
enum Pages {
    /// Rows per page of user lists (the product's Licensed users, a group's users in error).
    static let pageSize = 50

    typealias Context = [String: Any]

    static func v(_ s: String) -> String { PortalText.visible(s) }

    static func productName(_ tenant: Tenant, _ skuId: UUID) -> (name: String, part: String) {
        let p = tenant.catalog.product(skuId: skuId)
        return (v(p?.displayName ?? skuId.lowercasedString), v(p?.partNumber ?? skuId.lowercasedString))
    }

    static func userHref(_ id: UUID) -> String { "/portal/users/\(id.lowercasedString)" }
    static func groupHref(_ id: UUID) -> String { "/portal/groups/\(id.lowercasedString)" }
    static func productHref(_ id: UUID) -> String { "/portal/products/\(id.lowercasedString)" }
    static func whyHref(_ id: UUID) -> String { "/portal/users/\(id.lowercasedString)/why" }

    static func crumbs(_ items: [(String, String)]) -> Context {
        ["hasCrumbs": !items.isEmpty, "crumbs": items.map { ["label": $0.0, "href": $0.1] }]
    }

    static func stateText(_ r: AssignmentRecord) -> String {
        switch r.state {
        case .active: return "Active"
        case .activeWithError: return "Active, with error"
        case .error: return "Error"
        }
    }

    // MARK: Licenses > Overview

    static func overview(_ t: Tenant) -> Context {
        let errorGroups = t.groupsWithLicenseErrors().count
        var licensed = 0
        for u in t.users where !u.isDeleted && u.records.contains(where: \.isApplied) { licensed += 1 }
        return [
            "title": "Licenses > Overview", "navOverview": true, "helpText": "today's Microsoft 365 admin center keeps the same information under Billing > Licenses.",
            "productCount": t.subscribedSkus.count, "licensedUsers": licensed,
            "licensedGroups": t.groups.filter { !$0.licenses.isEmpty }.count,
            "errorGroups": errorGroups > 0,
            "errorGroupsText": errorGroups == 1 ? "1 group needs your attention: it has members in a license error state."
                : "\(errorGroups) groups need your attention: they have members in a license error state.",
        ]
    }

    // MARK: All products

    static func products(_ t: Tenant) -> Context {
        let rows: [Context] = t.subscribedSkus.map { sku in
            let (name, part) = productName(t, sku.skuId)
            let used = t.consumedUnits(skuId: sku.skuId)
            let available = max(0, sku.enabledUnits - used)
            return ["href": productHref(sku.skuId), "name": name, "part": part, "total": sku.enabledUnits, "assigned": used,
                    "available": available, "none": available == 0, "warning": sku.warningUnits, "suspended": sku.suspendedUnits]
        }
        return ["title": "All products", "navProducts": true, "rows": rows,
                "helpText": "in the Microsoft 365 admin center this is Billing > Licenses, with the same counts."]
            .merging(crumbs([("Licenses > Overview", "/")])) { a, _ in a }
    }

    // MARK: Product

    /// Licensed users (every user holding a record of the product, in error or not), searched by
    /// name or UPN, one page at a time; or the groups assigning it.
    static func product(_ t: Tenant, skuId: UUID, tab: String, query: String, page: Int) -> Context? {
        guard let sku = t.subscribedSku(skuId: skuId) else { return nil }
        let (name, part) = productName(t, skuId)
        let used = t.consumedUnits(skuId: skuId)
        let path = productHref(skuId)
        var c: Context = ["title": name, "navProducts": true, "part": part, "total": sku.enabledUnits, "assigned": used,
                          "available": max(0, sku.enabledUnits - used), "path": path,
                          "usersHref": path, "groupsHref": path + "?tab=groups",
                          "helpText": "today's admin center shows the same lists as the product's Users and Groups tabs."]
        c.merge(crumbs([("Licenses > Overview", "/"), ("All products", "/portal/products")])) { a, _ in a }
        if tab == "groups" {
            c["tabGroups"] = true
            c["groups"] = t.groupsAssigning(skuId: skuId).map { g -> Context in
                ["href": groupHref(g.objectId), "name": v(g.displayName), "members": g.members.count,
                 "status": t.hasMembersWithLicenseErrors(groupId: g.objectId) ? "Errors and issues" : "All licenses assigned"]
            }
            return c
        }
        c["tabUsers"] = true
        c["query"] = v(query)
        let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
        let search = PortalText.Search(needle)
        let start = page * pageSize
        var matched = 0
        var rows: [Context] = []
        for u in t.users where !u.isDeleted {
            guard u.records.contains(where: { $0.skuId == skuId }) else { continue }
            if !needle.isEmpty, !search.matches(u.displayName), !search.matches(u.userPrincipalName) { continue }
            if matched >= start && matched < start + pageSize {
                let mine = u.records.filter { $0.skuId == skuId }
                let paths = mine.map { LicenseDiagnosis.path(t, $0.source) }
                let worst = mine.first { $0.state == .error } ?? mine.first { $0.state == .activeWithError } ?? mine[0]
                let error = mine.contains { $0.error != .none }
                rows.append(["href": userHref(u.objectId), "name": v(u.displayName), "upn": v(u.userPrincipalName),
                             "paths": v(paths.joined(separator: ", ")),
                             "state": stateText(worst) + (error ? " (\(LicenseDiagnosis.reason(worst.error)))" : ""),
                             "error": error, "whyHref": whyHref(u.objectId)])
            }
            matched += 1
        }
        c["users"] = rows
        c["resultText"] = needle.isEmpty ? PortalText.plural(matched, "user", "users") + " with an assignment of the product, applied or in error"
            : PortalText.plural(matched, "user matches", "users match") + " the search"
        pager(&c, base: path + (needle.isEmpty ? "?" : "?q=\(PortalText.query(query))&"), page: page, total: matched)
        return c
    }

    static func pager(_ c: inout Context, base: String, page: Int, total: Int) {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        c["pageText"] = "Page \(page + 1) of \(pages)"
        if page > 0 { c["prevHref"] = base + "page=\(page)" }
        if page + 1 < pages { c["nextHref"] = base + "page=\(page + 2)" }
    }

    // MARK: Groups with errors

    static func groupsWithErrors(_ t: Tenant) -> Context {
        let rows: [Context] = t.groupsWithLicenseErrors().map { g in
            ["href": groupHref(g.objectId), "name": v(g.displayName), "errors": t.membersWithLicenseErrorsCount(groupId: g.objectId),
             "products": g.licenses.map { productName(t, $0.skuId).part }.joined(separator: ", ")]
        }
        return ["title": "Groups with errors", "navErrors": true, "rows": rows,
                "helpText": "the Microsoft 365 admin center shows such groups with the status Errors and issues on the product's Groups tab."]
            .merging(crumbs([("Licenses > Overview", "/")])) { a, _ in a }
    }

    // MARK: Group > Licenses

    static func group(_ t: Tenant, groupId: UUID, page: Int) -> Context? {
        guard let g = t.group(id: groupId) else { return nil }
        let path = groupHref(groupId)
        let errorCount = t.membersWithLicenseErrorsCount(groupId: groupId)
        var c: Context = ["title": v(g.displayName) + " - Licenses", "path": path, "memberCount": g.members.count,
                          "security": g.securityEnabled ? "Yes" : "No",
                          "processing": g.processingState?.rawValue ?? "Not processed yet",
                          "helpText": "the Microsoft 365 admin center shows the same status per group as All licenses assigned, In progress or Errors and issues, with Reprocess on its toolbar."]
        c.merge(crumbs([("Licenses > Overview", "/"), ("Groups with errors", "/portal/groups/errors")])) { a, _ in a }
        let busy = g.processingState == .queuedForProcessing || g.processingState == .processingInProgress
        if busy {
            c["statusKind"] = "info"; c["statusLabel"] = "In progress"
            c["statusText"] = "License changes are being applied to the group's members."
        } else if errorCount > 0 {
            c["statusKind"] = "error"; c["statusLabel"] = "Errors and issues"
            c["statusText"] = errorCount == 1 ? "1 user is in an error state: licenses couldn't be assigned to this user."
                : "\(errorCount) users are in an error state: licenses couldn't be assigned to them."
        } else if g.licenses.isEmpty {
            c["statusKind"] = "info"; c["statusLabel"] = "No licenses"; c["statusText"] = "No products are assigned to this group."
        } else {
            c["statusKind"] = "ok"; c["statusLabel"] = "All licenses assigned"
            c["statusText"] = "Latest license changes have been applied to all users"
        }
        c["hasErrors"] = errorCount > 0
        let catalog = t.catalog
        c["licenses"] = g.licenses.map { l -> Context in
            let (name, part) = productName(t, l.skuId)
            let product = catalog.product(skuId: l.skuId)
            let plans: [Context] = (product?.planIndices ?? []).map { i in
                let plan = catalog.plans[i]
                return ["id": plan.id.lowercasedString, "friendly": v(plan.friendlyName), "planName": v(plan.name),
                        "on": !l.disabledPlans.contains(plan.id)]
            }
            return ["href": productHref(l.skuId), "name": name, "part": part, "skuId": l.skuId.lowercasedString, "plans": plans]
        }
        let addable: [Context] = t.subscribedSkus.filter { s in !g.licenses.contains { $0.skuId == s.skuId } }.map { s in
            let (name, part) = productName(t, s.skuId)
            return ["skuId": s.skuId.lowercasedString, "name": name, "part": part, "available": t.availableUnits(skuId: s.skuId)]
        }
        c["addable"] = addable
        c["hasAddable"] = !addable.isEmpty
        let source = AssignmentSource.group(groupId)
        c["errors"] = t.membersWithLicenseErrors(groupId: groupId, offset: page * pageSize, limit: pageSize).map { u -> Context in
            let failed = u.records.filter { $0.source == source && $0.error != .none }
            // the most frequent error among the user's failed assignments from this group
            var counts: [AssignmentError: Int] = [:]
            for r in failed { counts[r.error, default: 0] += 1 }
            let top = failed.map(\.error).max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .other
            return ["href": userHref(u.objectId), "name": v(u.displayName), "upn": v(u.userPrincipalName),
                    "failed": failed.map { productName(t, $0.skuId).part }.joined(separator: ", "),
                    "reason": LicenseDiagnosis.reason(top), "code": top.rawValue, "whyHref": whyHref(u.objectId)]
        }
        c["errorCountText"] = PortalText.plural(errorCount, "user", "users")
        pager(&c, base: path + "?", page: page, total: errorCount)
        return c
    }

    // MARK: User > Licenses

    static func user(_ t: Tenant, userId: UUID) -> Context? {
        guard let u = t.user(id: userId), !u.isDeleted else { return nil }
        let path = userHref(userId)
        let records: [Context] = u.records.map { r in
            let (name, part) = productName(t, r.skuId)
            let plans = LicenseDiagnosis.names(t, LicenseDiagnosis.enabledPlans(t, r))
            return ["href": productHref(r.skuId), "name": name, "part": part, "path": v(LicenseDiagnosis.path(t, r.source)),
                    "state": stateText(r), "error": r.error != .none, "reason": LicenseDiagnosis.reason(r.error),
                    "code": r.error.rawValue, "whyHref": whyHref(userId),
                    "plans": r.state == .error ? "None: not applied (it would enable \(plans.count) services)"
                        : plans.isEmpty ? "None" : plans.joined(separator: ", ")]
        }
        let location = u.usageLocation.map { v($0) }
            ?? "Not set (group licensing uses the directory's location, \(t.settings.countryLetterCode))"
        var c: Context = ["title": v(u.displayName) + " - Licenses", "path": path, "upn": v(u.userPrincipalName),
                          "location": location, "locationValue": v(u.usageLocation ?? ""),
                          "licensed": t.isLicensed(userId: userId) ? "Yes" : "No", "records": records,
                          "hasErrors": u.records.contains { $0.error != .none }, "whyHref": whyHref(userId),
                          "helpText": "in the Microsoft 365 admin center the same products are on the user's Licenses and apps tab."]
        c.merge(crumbs([("Licenses > Overview", "/")])) { a, _ in a }
        return c
    }

    static func why(_ t: Tenant, userId: UUID) -> Context? {
        guard let u = t.user(id: userId), !u.isDeleted else { return nil }
        let entries: [Context] = LicenseDiagnosis.diagnose(t, user: u).map { d in
            ["heading": v("\(d.productName) (\(d.skuPartNumber)), \(d.path)"), "lines": d.lines.map(v)]
        }
        var c: Context = ["title": "Why? " + v(u.displayName), "entries": entries, "upn": v(u.userPrincipalName),
                          "noneText": "No license assignment of \(v(u.userPrincipalName)) is in error.",
                          "helpText": "the explanations are LicenseLab's, with the article's names for the errors."]
        c.merge(crumbs([("Licenses > Overview", "/"), (v(u.displayName), userHref(userId))])) { a, _ in a }
        return c
    }

    // MARK: Audit log

    /// The Audit log page's rows: the newest records.
    static let auditRows = 200

    static func audit(_ t: Tenant, records: [AuditRecord]) -> Context {
        let shown = records.suffix(auditRows).reversed()
        let rows: [Context] = shown.map { r in
            var row: Context = ["time": PortalText.date(r.time), "category": v(r.category), "activity": v(r.activity),
                                "result": r.result == "failure" ? "Failure" : "Success", "by": v(r.initiatedBy),
                                "target": v(r.targetName), "detail": v(r.detail)]
            if let id = r.targetId {
                if t.group(id: id) != nil { row["href"] = groupHref(id) } else if t.user(id: id) != nil { row["href"] = userHref(id) }
            }
            return row
        }
        return ["title": "Audit log", "navAudit": true, "rows": rows, "shown": rows.count,
                "helpText": "the service keeps these records in the Entra audit log (Core Directory), which Graph serves as auditLogs/directoryAudits."]
            .merging(crumbs([("Licenses > Overview", "/")])) { a, _ in a }
    }
}
