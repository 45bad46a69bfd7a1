import Foundation
import Gongwen
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// Only GET and HEAD, without a body, from a page of the preview's own host: the preview reads files
/// and never accepts uploads.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = GongwenRequestContext
    let hosts: HostPolicy
    let language: Language
    let editing: EditAccess
    /// Whether pages come over HTTPS: their `Origin` is then `https://…`.
    let secure: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard hosts.allows(request.head.authority) else {
            return PreviewServer.plain(.misdirectedRequest, Label.foreignHost.text(in: language))
        }
        // The router reads `/api/check/` and `//api//check` as `/api/check`: so is the path here.
        let route = "/" + request.uri.path.split(separator: "/").joined(separator: "/")
        if request.method == .post, route.hasPrefix("/api/") {
            // The form's requests: from a page of this server, nothing larger than a meeting. A
            // read-only server still checks; every other request needs editing on.
            let readsOnly = EditAccess.readOnlyRoutes.contains(route)
            // In office mode a signed-in page sends its session's token; the sign-in page the server's.
            if let refusal = editing.refusal(
                request, language: language, writes: !readsOnly, token: context.visitor?.csrf ?? editing.token,
                secure: secure)
            {
                return refusal
            }
            return try await next(request, context)
        }
        guard request.method == .get || request.method == .head else {
            return PreviewServer.plain(.methodNotAllowed, Label.onlyGet.text(in: language))
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > 0 {
            return PreviewServer.plain(.contentTooLarge, Label.noRequestBody.text(in: language))
        }
        if request.head.path.map({ $0.utf8.count > 4096 }) ?? false {
            return PreviewServer.plain(.uriTooLong, Label.addressTooLong.text(in: language))
        }
        return try await next(request, context)
    }
}
