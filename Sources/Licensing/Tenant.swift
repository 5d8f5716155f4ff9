/// The simulated Microsoft 365 tenant (filled in by the licensing core work).
public struct TenantName: Hashable, Sendable {
    public var name: String
    public init(_ name: String) { self.name = name }
}
