/// The delegated permissions that allow each Graph operation (any one of a list suffices). They
/// are only checked when the caller asks for it (`Set-LabTenant -EnforceGraphScopes $true`);
/// otherwise any connection may do anything.
enum GraphPermissions {
    static let readUsers = ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"]
    static let writeUsers = ["User.ReadWrite.All", "Directory.ReadWrite.All"]
    static let assignUserLicenses = ["LicenseAssignment.ReadWrite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"]
    static let readGroups = ["Group.Read.All", "Group.ReadWrite.All", "GroupMember.Read.All", "GroupMember.ReadWrite.All",
                             "Directory.Read.All", "Directory.ReadWrite.All"]
    static let writeGroups = ["Group.ReadWrite.All", "Directory.ReadWrite.All"]
    static let writeMembers = ["GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"]
    static let assignGroupLicenses = ["LicenseAssignment.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"]
    static let readSkus = ["Organization.Read.All", "Organization.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All",
                           "LicenseAssignment.Read.All", "LicenseAssignment.ReadWrite.All"]
    static let readOrganization = ["Organization.Read.All", "Organization.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All",
                                   "User.Read"]
    /// Sending mail as a user (`Mail.Send`, delegated or application).
    static let sendMail = ["Mail.Send"]

    /// What an app-only connection (`Connect-MgGraph -ClientId ...` without -Scopes) is granted in the lab.
    static let appOnly = ["User.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All", "LicenseAssignment.ReadWrite.All",
                          "Organization.Read.All", "Mail.Send"]
}
