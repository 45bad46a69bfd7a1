/// Where a meeting file stands on its way out: 草稿 → 送审 → 签发, or back to 草稿 with a reason.
public struct DocumentState: Sendable, Equatable {
    public enum Stage: String, Sendable, Codable {
        case draft = "草稿"
        case submitted = "送审"
        case issued = "签发"
    }

    public var path: String
    public var stage: Stage
    /// 1 for the first version; an edit after 签发 starts the next, which needs 签发 again.
    public var version: Int
    /// SHA-256 of the file as sent for review or as signed.
    public var fingerprint: String?
    /// The reason of the last 退回.
    public var reason: String?
    /// Who moved it last, and when (UTC ISO 8601).
    public var actor: String
    public var at: String
    /// Who signed the last issued version, and when.
    public var signedBy: String?
    public var signedAt: String?

    /// The version last signed, whose documents `IssuedCopies` keeps: this one when it stands
    /// signed, the one before while a later version is on its way.
    public var lastIssuedVersion: Int? {
        guard signedBy != nil else { return nil }
        return stage == .issued ? version : version - 1
    }

    /// A file nobody has sent for review: 草稿, version 1.
    public static func fresh(_ path: String) -> DocumentState {
        DocumentState(
            path: path, stage: .draft, version: 1, fingerprint: nil, reason: nil, actor: "", at: "", signedBy: nil,
            signedAt: nil)
    }
}
