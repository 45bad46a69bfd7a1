import Foundation
import Gongwen
import GongwenOffice
import HTTPTypes
import Hummingbird

/// In office mode, every request but the sign-in page's needs a valid session: pages without one
/// go to sign-in, other requests get 401. The account found is put into the context for the one
/// access check every route makes (`PreviewServer.current(_:)`).
struct OfficeMiddleware: RouterMiddleware {
    typealias Context = GongwenRequestContext
    let office: OfficeMode
    let language: Language

    /// Open without a session: the sign-in page and its request. (A calendar subscription,
    /// `/calendar/<token>.ics`, is its own key: calendar programs do not sign in.)
    static let open: Set<String> = ["/signin", "/api/signin"]

    /// `/calendar/<40 hex digits>.ics` and nothing else: the one route whose address is its own key.
    static func isSubscription(_ route: String) -> Bool {
        let parts = route.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty, parts[1] == "calendar", parts[2].hasSuffix(".ics") else {
            return false
        }
        let token = parts[2].dropLast(4)
        return token.count == 40 && token.allSatisfy(\.isHexDigit)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let route = "/" + request.uri.path.split(separator: "/").joined(separator: "/")
        if Self.open.contains(route) || Self.isSubscription(route) { return try await next(request, context) }
        var context = context
        if let token = request.cookies[OfficeMode.cookie]?.value, let session = try office.sessions.current(token) {
            let address = office.address(
                peer: context.peer, forwarded: request.headers[HTTPField.Name("X-Forwarded-For")!])
            context.visitor = Visitor(
                access: OfficeAccess(account: session.account, configuration: office.configuration),
                csrf: session.csrf, token: token, address: address)
            return try await next(request, context)
        }
        if request.method == .get, !route.hasPrefix("/api/"), route != "/events" {
            var headers = HTTPFields()
            headers[.location] = "/signin"
            headers[.cacheControl] = "no-store"
            return Response(status: .seeOther, headers: headers)
        }
        return PreviewServer.plain(.unauthorized, Label.signInFirst.text(in: language))
    }
}
