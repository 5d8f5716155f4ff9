import Crypto
import Foundation
import Licensing

/// The lab's Graph access tokens (docs/graph-server.md): JWTs shaped like Microsoft identity
/// platform v1.0 access tokens for Graph (`aud`, `iss`, `tid`, `scp` or `roles`, `oid`, `upn`),
/// signed with HS256 and the tenant file's own key, so that clients which insist on parsing a
/// JWT (Graph PowerShell's `Connect-MgGraph -AccessToken`) accept them and `licenselab serve`
/// can tell its tokens from anything else. Real tokens are RS256-signed by Entra ID; a lab token
/// is valid only against the tenant file whose key signed it.
public struct GraphToken: Equatable, Sendable {
    /// Delegated permissions (`scp`), for a token that acts as a user.
    public var scopes: [String]
    /// Application permissions (`roles`), for an app-only token.
    public var roles: [String]
    public var tenantId: UUID
    /// The signed-in user (delegated tokens); nil for app-only.
    public var userPrincipalName: String?
    public var objectId: UUID?
    public var appId: UUID
    public var appDisplayName: String
    public var issuedAt: Date
    public var expiresAt: Date

    /// The application the lab's tokens name when none is given.
    public static let labAppId = UUID(uuidString: "4c9a1d3e-1b7f-4f5e-9e2a-6c4b1a0d7e11")!

    public init(scopes: [String] = [], roles: [String] = [], tenantId: UUID, userPrincipalName: String? = nil, objectId: UUID? = nil,
                appId: UUID = GraphToken.labAppId, appDisplayName: String = "LicenseLab", issuedAt: Date, expiresAt: Date) {
        self.scopes = scopes
        self.roles = roles
        self.tenantId = tenantId
        self.userPrincipalName = userPrincipalName
        self.objectId = objectId
        self.appId = appId
        self.appDisplayName = appDisplayName
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }

    /// What the token grants: its delegated scopes and its application roles.
    public var permissions: [String] { scopes + roles }

    /// The compact JWT (`header.payload.signature`, base64url without padding).
    public func encoded(key: [UInt8]) -> String {
        let tid = tenantId.uuidString.lowercased()
        var claims: [String: Any] = [
            "aud": "https://graph.microsoft.com",
            "iss": "https://sts.windows.net/\(tid)/",
            "iat": Int(issuedAt.timeIntervalSince1970),
            "nbf": Int(issuedAt.timeIntervalSince1970),
            "exp": Int(expiresAt.timeIntervalSince1970),
            "appid": appId.uuidString.lowercased(),
            "app_displayname": appDisplayName,
            "tid": tid,
            "ver": "1.0",
            "idtyp": userPrincipalName == nil ? "app" : "user",
        ]
        if !scopes.isEmpty || userPrincipalName != nil { claims["scp"] = scopes.joined(separator: " ") }
        if !roles.isEmpty { claims["roles"] = roles }
        if let userPrincipalName { claims["upn"] = userPrincipalName; claims["unique_name"] = userPrincipalName }
        if let objectId { claims["oid"] = objectId.uuidString.lowercased(); claims["sub"] = objectId.uuidString.lowercased() }
        let header = Self.base64URL(Data(#"{"typ":"JWT","alg":"HS256"}"#.utf8))
        let payloadData = (try? JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys])) ?? Data("{}".utf8)
        let signingInput = header + "." + Self.base64URL(payloadData)
        return signingInput + "." + Self.base64URL(Self.signature(signingInput, key: key))
    }

    /// Why a presented token is refused: Graph's 401 texts.
    public enum Refusal: Error, Equatable, Sendable {
        /// No token at all (`Authorization` missing, or `Bearer` with nothing after it).
        case empty
        /// Not a JWT (no dots, not base64url, not JSON).
        case malformed
        /// A JWT, but not one this tenant file signed, or not for Graph and this tenant.
        case invalid
        case expired
        case notYetValid

        public var message: String {
            switch self {
            case .empty: return "Access token is empty."
            case .malformed: return "CompactToken parsing failed with error code: 80049217"
            case .invalid: return "Access token validation failure."
            case .expired: return "Lifetime validation failed, the token is expired."
            case .notYetValid: return "Lifetime validation failed, the token is not yet valid."
            }
        }
    }

    /// Reads and checks a token: signature (HS256 with `key`), audience, tenant and lifetime
    /// (five minutes of clock skew allowed, as the identity platform's validators allow).
    public static func verify(_ token: String, key: [UInt8], tenantId: UUID, now: Date) throws(Refusal) -> GraphToken {
        let text = token.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { throw .empty }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerData = base64URLDecode(parts[0]), let payloadData = base64URLDecode(parts[1]),
              let signature = base64URLDecode(parts[2]),
              let header = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any],
              let claims = try? JSONSerialization.jsonObject(with: payloadData) as? [String: Any]
        else { throw .malformed }
        guard header["alg"] as? String == "HS256" else { throw .invalid }
        let expected = Self.signature(String(parts[0]) + "." + String(parts[1]), key: key)
        guard constantTimeEqual(expected, signature) else { throw .invalid }
        guard let aud = claims["aud"] as? String, ["https://graph.microsoft.com", "https://graph.microsoft.com/", "00000003-0000-0000-c000-000000000000"].contains(aud),
              let tid = (claims["tid"] as? String).flatMap(UUID.init(uuidString:)), tid == tenantId
        else { throw .invalid }
        let skew = clockSkew
        let exp = (claims["exp"] as? NSNumber)?.doubleValue ?? 0
        let nbf = (claims["nbf"] as? NSNumber)?.doubleValue ?? 0
        if now.timeIntervalSince1970 > exp + skew { throw .expired }
        if now.timeIntervalSince1970 + skew < nbf { throw .notYetValid }
        let scopes = (claims["scp"] as? String)?.split(separator: " ").map(String.init) ?? []
        let roles = (claims["roles"] as? [Any])?.compactMap { $0 as? String } ?? []
        return GraphToken(scopes: scopes, roles: roles, tenantId: tid, userPrincipalName: claims["upn"] as? String,
                          objectId: (claims["oid"] as? String).flatMap(UUID.init(uuidString:)),
                          appId: (claims["appid"] as? String).flatMap(UUID.init(uuidString:)) ?? labAppId,
                          appDisplayName: claims["app_displayname"] as? String ?? "",
                          issuedAt: Date(timeIntervalSince1970: (claims["iat"] as? NSNumber)?.doubleValue ?? nbf),
                          expiresAt: Date(timeIntervalSince1970: exp))
    }

    /// How far a token's lifetime may be off (the identity platform's validators allow five minutes).
    public static let clockSkew: TimeInterval = 300

    /// The name under which the tenant file keeps the signing key (`TenantStore.secret(named:)`).
    public static let keyName = "graph-token-key"

    static func signature(_ input: String, key: [UInt8]) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: SymmetricKey(data: key)))
    }

    static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for (x, y) in zip(a, b) { diff |= x ^ y }
        return diff == 0
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func base64URLDecode(_ text: Substring) -> Data? {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        return Data(base64Encoded: s)
    }
}
