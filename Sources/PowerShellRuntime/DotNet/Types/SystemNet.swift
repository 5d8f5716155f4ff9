/// System.Net.ServicePointManager: scripts set `SecurityProtocol` before web calls; it reads
/// as the platform default until they do (assignments are kept per session).
enum SystemNet {
    static let servicePointManager = TypeMembers(staticProperties: [
        "SecurityProtocol": { _ in .string("SystemDefault") },
    ])
}
