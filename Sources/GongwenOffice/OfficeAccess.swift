import Gongwen

/// What one signed-in account may do where: the one place every route, the index, downloads,
/// summaries and the change feed ask. A file outside every folder granted is, to that account,
/// a file that does not exist.
public struct OfficeAccess: Sendable, Equatable {
    public let account: String
    /// Roles by configured folder.
    public let roles: [String: Set<OfficeRole>]
    public let isAdmin: Bool
    let configuration: OfficeConfiguration

    public init(account: String, configuration: OfficeConfiguration) {
        self.account = account
        self.configuration = configuration
        roles = configuration.roles(of: account)
        isAdmin = configuration.admins.contains(account)
    }

    /// The roles the account has over the file or folder `path` (relative to the served folder).
    public func roles(over path: String) -> Set<OfficeRole> {
        configuration.folder(holding: path).flatMap { roles[$0] } ?? []
    }

    /// Whether the account may read the meeting file `path`: any role in its folder.
    public func canRead(_ path: String) -> Bool { !roles(over: path).isEmpty }

    /// Whether the account may write `path` and send it for review (文秘).
    public func canEdit(_ path: String) -> Bool { roles(over: path).contains(.clerk) }

    /// Whether the account may return or sign `path` (审核).
    public func canReview(_ path: String) -> Bool { roles(over: path).contains(.reviewer) }

    /// The folders where the account is 文秘, where its new meetings go, in the file's order.
    public var clerkFolders: [String] {
        configuration.folders.map(\.path).filter { roles[$0]?.contains(.clerk) == true }
    }

    /// The account's roles on one line (`OfficeConfiguration.roleLine`).
    public func roleLine(administrator: String) -> String {
        configuration.roleLine(of: account, administrator: administrator)
    }

    /// Whether the account sees the audit trail: 管理员 and 督查.
    public var seesAudit: Bool { isAdmin || roles.values.contains { $0.contains(.inspector) } }
}
