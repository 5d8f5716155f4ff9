import Foundation
import Licensing

extension GraphAPI {
    /// GET /groups (`$filter`; paging is the caller's).
    func groups(_ query: GraphListQuery = GraphListQuery()) throws(GraphError) -> [Licensing.Group] {
        try authorize(GraphPermissions.readGroups)
        guard let filter = try query.parsedFilter(resource: "Group") else { return tenant.groups }
        return tenant.groups.filter { filter.matches(GraphFilterEntity.group(tenant, $0)) }
    }

    /// GET /groups/{id}
    func group(_ id: String) throws(GraphError) -> Licensing.Group {
        try authorize(GraphPermissions.readGroups)
        return try findGroup(id)
    }

    /// POST /groups: a security group (`securityEnabled`) or a mail-enabled one.
    func createGroup(_ request: NewGroupRequest) throws(GraphError) -> Licensing.Group {
        try authorize(GraphPermissions.writeGroups)
        let g = try core { () throws(LicensingError) in
            try tenant.createGroup(displayName: request.displayName, description: request.description,
                                   securityEnabled: request.securityEnabled, mailEnabled: request.mailEnabled,
                                   mailNickname: request.mailNickname, objectId: newObjectId(request.displayName),
                                   groupTypes: request.groupTypes, membershipRule: request.membershipRule,
                                   membershipRuleProcessingState: request.membershipRuleProcessingState)
        }
        return current(g)
    }

    /// PATCH /groups/{id}: name, description, and a dynamic group's types, rule and processing
    /// state — all or nothing.
    func updateGroup(_ id: String, _ changes: GroupChangesRequest) throws(GraphError) {
        try authorize(GraphPermissions.writeGroups)
        let g = try findGroup(id)
        let t = tenant
        var failure: LicensingError?
        let before = g
        t.changing {
            do throws(LicensingError) {
                if let name = changes.displayName { try t.setGroupDisplayName(groupId: g.objectId, name) }
                if let description = changes.description { try t.setGroupDescription(groupId: g.objectId, description) }
                if changes.groupTypes != nil || changes.membershipRule != nil || changes.membershipRuleProcessingState != nil {
                    try t.setMembershipRule(groupId: g.objectId, groupTypes: changes.groupTypes, rule: changes.membershipRule,
                                            processingState: changes.membershipRuleProcessingState)
                }
            } catch {
                failure = error
                t.revertGroupProperties(to: before)
            }
        }
        if let failure { throw GraphError.licensing(failure, catalog: t.catalog) }
    }

    /// DELETE /groups/{id}: a group that still carries licenses cannot be deleted.
    func deleteGroup(_ id: String) throws(GraphError) {
        try authorize(GraphPermissions.writeGroups)
        let g = try findGroup(id)
        try core { () throws(LicensingError) in try tenant.deleteGroup(groupId: g.objectId) }
    }

    /// GET /groups/{id}/members (direct members; users only in the lab).
    func members(ofGroup id: String) throws(GraphError) -> [Licensing.User] {
        try authorize(GraphPermissions.readGroups)
        return tenant.members(ofGroup: try findGroup(id).objectId)
    }

    /// POST /groups/{id}/members/$ref: the group is queued for license processing.
    func addMember(toGroup id: String, _ reference: MemberReferenceRequest) throws(GraphError) {
        try authorize(GraphPermissions.writeMembers)
        let g = try findGroup(id)
        let u = try findUser(reference.memberId)
        try core { () throws(LicensingError) in try tenant.addMember(groupId: g.objectId, userId: u.objectId) }
    }

    /// DELETE /groups/{id}/members/{memberId}/$ref
    func removeMember(_ memberId: String, fromGroup id: String) throws(GraphError) {
        try authorize(GraphPermissions.writeMembers)
        let g = try findGroup(id)
        let u = try findUser(memberId)
        try core { () throws(LicensingError) in try tenant.removeMember(groupId: g.objectId, userId: u.objectId) }
    }

    /// GET /groups/{id}/membersWithLicenseErrors: members holding an error state from this group.
    func membersWithLicenseErrors(ofGroup id: String) throws(GraphError) -> [Licensing.User] {
        try authorize(GraphPermissions.readGroups)
        return tenant.membersWithLicenseErrors(groupId: try findGroup(id).objectId)
    }

    /// POST /groups/{id}/assignLicense (202 Accepted): only the group is validated now (the
    /// products exist; add-ons have their prerequisite in the group); members are processed later.
    func assignLicense(toGroup id: String, _ request: AssignLicenseRequest) throws(GraphError) -> Licensing.Group {
        try authorize(GraphPermissions.assignGroupLicenses)
        let g = try findGroup(id)
        if request.isEmpty { throw GraphError.noLicenseChanges }
        try core { () throws(LicensingError) in
            try tenant.setGroupLicenses(groupId: g.objectId, add: request.coreAdds, remove: request.coreRemoves)
        }
        return current(g)
    }
}

// MARK: directoryObjects

extension GraphAPI {
    /// GET /directoryObjects/{id}: a user or a group by id, whichever it is.
    func directoryObject(_ id: String) throws(GraphError) -> DirectoryObjectResult {
        let text = id.trimmingCharacters(in: .whitespaces)
        if let uuid = UUID(uuidString: text) {
            if let u = tenant.user(id: uuid), !u.isDeleted {
                try authorize(GraphPermissions.readUsers)
                return .user(u)
            }
            if let g = tenant.group(id: uuid) {
                try authorize(GraphPermissions.readGroups)
                return .group(g)
            }
        }
        throw GraphError.resourceNotFound(id)
    }

    enum DirectoryObjectResult {
        case user(Licensing.User)
        case group(Licensing.Group)
    }
}
