import Foundation
import Licensing

/// Where the ids of the lab's Graph requests come from. The service gives every request a new
/// `request-id` and the SDK sends its own `client-request-id`; both show in Graph errors (the
/// `Headers:` of an SDK cmdlet's error, the `innerError` of the JSON body, AzureAD's `RequestId:`).
/// A shell uses random ids as the service does; tests fix them (`.sequential()`), as they fix the
/// tenant's clock (`TenantClock.fixed`), so that error output repeats.
public final class RequestIds {
    private let make: (UInt64) -> UUID
    private var count: UInt64 = 0

    private init(_ make: @escaping (UInt64) -> UUID) { self.make = make }

    /// New random (version 4) GUIDs, as the service and the SDK make them. They identify requests
    /// and need not be secret: a generator seeded once from the system's random source makes them
    /// (Foundation's `UUID()` opens, reads and closes /dev/urandom for each, a tenth of a
    /// server's time per request).
    public static func random() -> RequestIds {
        var generator = SplitMix64(seed: UInt64.random(in: .min ... .max))
        return RequestIds { _ in
            var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &bytes) { raw in
                raw.storeBytes(of: generator.next(), toByteOffset: 0, as: UInt64.self)
                raw.storeBytes(of: generator.next(), toByteOffset: 8, as: UInt64.self)
                raw[6] = (raw[6] & 0x0F) | 0x40   // version 4
                raw[8] = (raw[8] & 0x3F) | 0x80   // RFC 4122's variant
            }
            return UUID(uuid: bytes)
        }
    }

    /// `00000000-0000-4000-8000-000000000001`, `…0002`, … in the order they are asked for.
    public static func sequential() -> RequestIds {
        RequestIds { n in
            UUID(uuidString: "00000000-0000-4000-8000-" + String(format: "%012llx", n)) ?? UUID()
        }
    }

    /// The ids of one request: the service's and the client's.
    public func next() -> (requestId: String, clientRequestId: String) {
        count += 2
        return (make(count - 1).lowercasedString, make(count).lowercasedString)
    }
}

