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
    typealias Context = BasicRequestContext
    let hosts: HostPolicy
    let language: Language
    let editing: EditAccess

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard hosts.allows(request.head.authority) else {
            return PreviewServer.plain(.misdirectedRequest, Label.foreignHost.text(in: language))
        }
        if request.method == .post, request.uri.path.hasPrefix("/api/") {
            // The form's requests: from a page of this server, nothing larger than a meeting; only a
            // save writes, and only a save needs editing on (a read-only server still checks).
            if let refusal = editing.refusal(
                request, language: language, writes: ["/api/save", "/api/directory"].contains(request.uri.path))
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
