import Foundation
import GongwenOffice
import Hummingbird
import NIOCore

/// A request's context: Hummingbird's own, the peer's address, and in office mode who signed in.
public struct GongwenRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The address the connection comes from, as the socket says; `unknown` in in-memory tests.
    public let peer: String
    /// The signed-in account, set by `OfficeMiddleware`; nil without office mode.
    public var visitor: Visitor?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}

/// Who is signed in, and what they may do.
public struct Visitor: Sendable {
    public let access: OfficeAccess
    /// The session's token for writing requests (CSRF).
    public let csrf: String
    /// The session's cookie value, to end it on sign-out.
    let token: String
    /// The client's address, as the trail records it.
    public let address: String
}
