import Foundation
import Licensing
import PowerShellRuntime

/// An Exchange proxy address (`SMTP:user@x`): its string form is the prefixed address, so `-match`,
/// `-like` and string conversion see `SMTP:user@x` (docs/sources.md "Exchange proxy addresses").
final class ProxyAddressObject: NativeObject {
    let address: ProxyAddress
    init(_ address: ProxyAddress) { self.address = address }

    var typeName: String { address.isSmtp ? "Microsoft.Exchange.Data.SmtpProxyAddress" : "Microsoft.Exchange.Data.CustomProxyAddress" }
    var typeNames: [String] { [typeName, "Microsoft.Exchange.Data.ProxyAddress", "Microsoft.Exchange.Data.ProxyAddressBase", "System.Object"] }
    var propertyNames: [String] {
        address.isSmtp ? ["SmtpAddress", "AddressString", "ProxyAddressString", "Prefix", "IsPrimaryAddress", "PrefixString"]
                       : ["AddressString", "ProxyAddressString", "Prefix", "IsPrimaryAddress", "PrefixString"]
    }

    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "smtpaddress" where address.isSmtp: return .string(address.address)
        case "addressstring": return .string(address.address)
        case "proxyaddressstring": return .string(address.description)
        case "prefix": return .string(address.prefix.uppercased())
        case "prefixstring": return .string(address.prefix)
        case "isprimaryaddress": return .bool(address.isSmtp ? address.isPrimarySmtp : address.prefix == address.prefix.uppercased())
        default: return nil
        }
    }

    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "tostring": return .string(address.description)
        case "equals": return .bool(args.first.map { LanguagePrimitives.toString($0).lowercased() == address.description.lowercased() } ?? false)
        default: return nil
        }
    }

    func toString() -> String { address.description }
}

/// Exchange Online recipients, mailboxes, contacts and users as the EXO cmdlets show them.
enum ExchangeObjects {
    static let recipientType = "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"
    static let mailboxType = "Microsoft.Exchange.Data.Directory.Management.Mailbox"
    static let mailContactType = "Microsoft.Exchange.Data.Directory.Management.MailContact"
    static let userType = "Microsoft.Exchange.Data.Directory.Management.User"
    static let distributionGroupType = "Microsoft.Exchange.Data.Directory.Management.DistributionGroup"

    static func emailAddresses(_ r: Recipient) -> Value {
        .native(PSList(r.emailAddresses.map { .native(ProxyAddressObject($0)) },
                       elementType: PSTypeInfo(fullName: "Microsoft.Exchange.Data.ProxyAddress"), isArrayList: false))
    }

    static func common(_ r: Recipient) -> [(String, Value)] {
        [
            ("Name", .string(r.name)),
            ("DisplayName", .string(r.displayName)),
            ("Alias", .string(r.alias)),
            ("RecipientType", .string(r.recipientType.rawValue)),
            ("RecipientTypeDetails", .string(r.recipientTypeDetails.rawValue)),
            ("PrimarySmtpAddress", Emit.string(r.primarySmtpAddress)),
            ("EmailAddresses", emailAddresses(r)),
            ("ExternalEmailAddress", Emit.string(r.externalEmailAddress)),
            ("ExternalDirectoryObjectId", Emit.string(r.externalDirectoryObjectId?.lowercasedGraphString)),
            ("Identity", .string(r.name)),
            ("Guid", .guid(r.id)),
            ("ExchangeObjectId", .guid(r.id)),
            ("Id", .string(r.name)),
            ("DistinguishedName", .string("CN=\(r.name),OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=NAMPR00A001,DC=PROD,DC=OUTLOOK,DC=COM")),
        ]
    }

    static func recipient(_ r: Recipient) -> Value {
        Emit.object(recipientType, common(r), toString: r.name)
    }

    static func mailbox(_ tenant: Tenant, _ r: Recipient) -> Value {
        let upn = r.externalDirectoryObjectId.flatMap { tenant.user(id: $0)?.userPrincipalName }
        return Emit.object(mailboxType, common(r) + [
            ("UserPrincipalName", Emit.string(upn)),
            ("WindowsEmailAddress", Emit.string(r.primarySmtpAddress)),
            ("IsMailboxEnabled", .bool(true)),
            ("IsShared", .bool(r.recipientTypeDetails == .sharedMailbox)),
            ("IsResource", .bool(r.recipientTypeDetails == .roomMailbox || r.recipientTypeDetails == .equipmentMailbox)),
            ("ResourceType", r.recipientTypeDetails == .roomMailbox ? .string("Room") : r.recipientTypeDetails == .equipmentMailbox ? .string("Equipment") : .null),
            ("Database", .string("NAMPR00DG001-db001")),
            // shared, room and equipment mailboxes need no license: they have the 50 GB quotas
            ("ProhibitSendQuota", .string(r.recipientTypeDetails.isUnlicensedMailboxKind ? "49.5 GB (53,150,220,288 bytes)" : "99 GB (106,300,440,576 bytes)")),
            ("ProhibitSendReceiveQuota", .string(r.recipientTypeDetails.isUnlicensedMailboxKind ? "50 GB (53,687,091,200 bytes)" : "100 GB (107,374,182,400 bytes)")),
        ], toString: r.name)
    }

    static func distributionGroup(_ r: Recipient) -> Value {
        Emit.object(distributionGroupType, common(r) + [
            ("GroupType", .string(r.recipientType == .mailUniversalSecurityGroup ? "Universal, SecurityEnabled" : "Universal")),
            ("ManagedBy", Emit.array([], of: "System.String")),
        ], toString: r.name)
    }

    /// A directory user without a mailbox, as a group member listing shows it.
    static func userRecipient(_ u: Licensing.User) -> Value {
        Emit.object(recipientType, [
            ("Name", .string(u.alias)), ("DisplayName", .string(u.displayName)), ("Alias", .string(u.alias)),
            ("RecipientType", .string("User")), ("RecipientTypeDetails", .string("User")),
            ("PrimarySmtpAddress", .null), ("EmailAddresses", .native(PSList([], elementType: PSTypeInfo(fullName: "Microsoft.Exchange.Data.ProxyAddress"), isArrayList: false))),
            ("ExternalEmailAddress", .null), ("ExternalDirectoryObjectId", .string(u.objectId.lowercasedGraphString)),
            ("Identity", .string(u.alias)), ("Guid", .guid(u.objectId)),
        ], toString: u.alias)
    }

    static func mailContact(_ r: Recipient) -> Value {
        Emit.object(mailContactType, common(r), toString: r.name)
    }

    static func user(_ tenant: Tenant, _ u: Licensing.User) -> Value {
        let r = tenant.recipient(ofObject: u.objectId)
        let details = r?.recipientTypeDetails.rawValue ?? "User"
        return Emit.object(userType, [
            ("Name", .string(u.alias)),
            ("DisplayName", .string(u.displayName)),
            ("UserPrincipalName", .string(u.userPrincipalName)),
            ("RecipientType", .string(r == nil ? "User" : "UserMailbox")),
            ("RecipientTypeDetails", .string(details)),
            ("UsageLocation", Emit.string(u.usageLocation)),
            ("AccountDisabled", .bool(!u.accountEnabled)),
            ("ExternalDirectoryObjectId", .string(u.objectId.lowercasedGraphString)),
            ("Identity", .string(u.alias)),
            ("Guid", .guid(u.objectId)),
        ], toString: u.alias)
    }
}
