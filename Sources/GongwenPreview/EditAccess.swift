import Foundation
import Gongwen
import GongwenOffice
import HTTPTypes
import Hummingbird

/// Who may write through the form: editing on or off, and the per-server token that a page of this
/// server carries and a page of any other site cannot read (CSRF), with a same-origin `Origin`.
public struct EditAccess: Sendable {
    /// Whether the form may save.
    public let enabled: Bool
    /// Random for each server start; pages embed it, writing requests send it back.
    public let token: String
    /// The form's requests that write nothing, which a read-only server answers too.
    static let readOnlyRoutes: Set<String> = [
        "/api/check", "/api/task-id", "/api/people", "/api/signin", "/api/signout",
    ]

    /// The largest request body: a meeting is a few kilobytes; a megabyte is a thousand pages of text.
    public static let bodyLimit = 1 << 20

    /// Editing `enabled`, with a fresh random token (or `token`, for tests).
    public init(enabled: Bool, token: String? = nil) {
        self.enabled = enabled
        self.token = token ?? OfficeDigest.randomHex(bytes: 16)
    }

    /// Whether editing is on, by the rule `gongwen serve` states: on loopback unless `--read-only`;
    /// on another address only with `--edit`.
    public static func allowed(host: String, edit: Bool, readOnly: Bool) -> Bool {
        guard !readOnly else { return false }
        return edit || isLoopback(host)
    }

    /// Whether a connection's peer address is this computer (127.0.0.0/8, ::1, or IPv4 mapped into IPv6).
    public static func isLoopbackPeer(_ address: String) -> Bool {
        address == "::1" || address.hasPrefix("127.") || address.hasPrefix("::ffff:127.")
    }

    /// Whether `host` is this computer only, where nothing said reaches another.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    /// The response refusing a request of the form, or nil when it may go on; one that `writes`
    /// needs editing on.
    func refusal(_ request: Request, language: Language, writes: Bool, token: String, secure: Bool) -> Response? {
        guard enabled || !writes else { return PreviewServer.plain(.forbidden, Label.editingOff.text(in: language)) }
        let authority = request.head.authority ?? ""
        guard let origin = request.headers[.origin], origin == "\(secure ? "https" : "http")://\(authority)" else {
            return PreviewServer.plain(.forbidden, Label.foreignOrigin.text(in: language))
        }
        guard request.headers[HTTPField.Name("X-Gongwen-Token")!] == token else {
            return PreviewServer.plain(.forbidden, Label.foreignOrigin.text(in: language))
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.bodyLimit {
            return PreviewServer.plain(.contentTooLarge, Label.bodyTooLarge.text(in: language))
        }
        return nil
    }
}
