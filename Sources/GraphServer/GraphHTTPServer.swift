import Foundation
import Hummingbird
import HummingbirdCore
import HTTPTypes
import Logging
import M365Cmdlets
import NIOCore
import Portal

/// The HTTP side of `licenselab serve` (docs/graph-server.md): Hummingbird's HTTP/1.1 server on
/// one address, every request handed whole to `GraphService`, which answers as Graph does. The
/// server bounds what one client can hold: bodies over `GraphService.maxBodySize` get 413 and
/// at most `maxConnections` connections are accepted at once (more wait in the listen backlog).
public enum GraphHTTPServer {
    /// Connections served at once; more wait until one closes.
    public static let maxConnections = 2048

    /// Serves until SIGINT or SIGTERM; `onStart` is told the port actually bound (`port` 0 picks one).
    public static func run(service: GraphService, portal: Portal? = nil, host: String, port: Int,
                           onStart: @escaping @Sendable (Int) -> Void) async throws {
        var logger = Logger(label: "licenselab.serve")
        logger.logLevel = .critical
        let app = Application(
            responder: Responder(service: service, portal: portal),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil, backlog: 4096,
                                                    availableConnectionsDelegate: MaximumAvailableConnections(maxConnections)),
            onServerRunning: { channel in onStart(channel.localAddress?.port ?? port) },
            logger: logger)
        // the request log reaches the tenant file within a second, even when requests stop
        let flusher = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 1_000_000_000)
                service.flushLog()
            }
        }
        defer {
            flusher.cancel()
            service.flushLog()
        }
        do {
            try await app.runService()
        } catch let error as IOError {
            throw ServeFailure(error, host: host, port: port)
        } catch is SocketAddressError.UnknownHost {
            throw ServeFailure("\(host) is not an address, nor a name this machine can resolve: --listen takes an address such as 127.0.0.1")
        }
    }

    /// Why the server could not serve, in words: a port in use, an address not on this machine.
    public struct ServeFailure: Error, CustomStringConvertible {
        public let description: String

        init(_ description: String) { self.description = description }

        init(_ error: IOError, host: String, port: Int) {
            let reason = String(cString: strerror(error.errnoCode))
            switch error.errnoCode {
            case EADDRINUSE:
                description = "port \(port) on \(host) is in use (\(reason)): name another with --port, or --port 0 for any free one"
            case EADDRNOTAVAIL:
                description = "\(host) is not an address of this machine (\(reason)): --listen takes one of its addresses, such as 127.0.0.1"
            case EACCES:
                description = "port \(port) on \(host) may not be used by this user (\(reason)): ports under 1024 need privileges"
            default:
                description = "\(host):\(port): \(reason)"
            }
        }
    }

    struct Responder: HTTPResponder {
        typealias Context = BasicRequestContext
        let service: GraphService
        /// `/` and `/portal/...` (docs/portal.md); everything else is Graph's.
        let portal: Portal?

        func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
            var request = request
            let head = request.head
            var headers = head.headerFields.map { (name: $0.name.canonicalName, value: $0.value) }
            // HTTP/1.1's Host header arrives as the authority (the portal checks it: DNS rebinding)
            if let authority = head.authority { headers.append((name: "Host", value: authority)) }
            let target = head.path ?? "/"
            let body: [UInt8]
            do {
                var buffer = try await request.collectBody(upTo: GraphService.maxBodySize)
                body = buffer.readBytes(length: buffer.readableBytes) ?? []
            } catch is NIOTooManyBytesError {
                return Self.response(service.tooLarge(GraphServerRequest(method: head.method.rawValue, target: target, headers: headers)))
            } catch {
                // a body that did not arrive whole (a broken chunked encoding, a client gone)
                return Self.response(service.unreadable(GraphServerRequest(method: head.method.rawValue, target: target, headers: headers)))
            }
            let received = GraphServerRequest(method: head.method.rawValue, target: target, headers: headers, body: body)
            if let portal, Portal.serves(target) { return Self.response(portal.handle(received)) }
            let answer = service.handle(received)
            return Self.response(answer)
        }

        /// The names every answer carries, checked once (`HTTPField.Name` validates its text).
        static let knownNames: [String: HTTPField.Name] = Dictionary(uniqueKeysWithValues: [
            "Cache-Control", "request-id", "client-request-id", "x-ms-ags-diagnostic", "Content-Type", "x-ms-resource-unit", "Location",
        ].compactMap { name in HTTPField.Name(name).map { (name, $0) } })

        static func response(_ answer: GraphServerResponse) -> Response {
            var fields = HTTPFields()
            fields.reserveCapacity(answer.headers.count + 2)
            for (name, value) in answer.headers {
                if let field = knownNames[name] ?? HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
            }
            var buffer = ByteBuffer()
            buffer.writeBytes(answer.body)
            return Response(status: HTTPResponse.Status(code: answer.status), headers: fields, body: ResponseBody(byteBuffer: buffer))
        }
    }
}
