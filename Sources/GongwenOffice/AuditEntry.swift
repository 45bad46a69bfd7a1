import Foundation

/// One line of the audit trail: who did what, when, from where, to which file, and the file's
/// fingerprint before and after. Each entry's `hash` covers its fields and the previous entry's
/// hash, so a changed or deleted entry breaks the chain at its place.
public struct AuditEntry: Sendable, Equatable, Codable {
    public var id: Int64
    /// UTC, ISO 8601 to the second.
    public var at: String
    /// The account, or `-` for a sign-in whose name was no account's, or `gongwen` for the command line.
    public var actor: String
    public var address: String
    public var action: AuditAction
    /// The meeting file (relative to the served folder), the account changed, or empty.
    public var file: String
    public var before: String
    public var after: String
    /// A reason, a template, a format: what else the action needs to be understood.
    public var detail: String
    public var previous: String
    public var hash: String

    /// The hash of this entry's fields after `previous`.
    var computedHash: String {
        Digest.sha256(
            [String(id), at, actor, address, action.rawValue, file, before, after, detail, previous].joined(
                separator: "\u{1F}"))
    }
}

/// What an audit entry records.
public enum AuditAction: String, Sendable, Codable, CaseIterable {
    case signIn = "sign-in"
    case signInFailed = "sign-in-failed"
    case signOut = "sign-out"
    case view, download, save, draft, submit
    case returnToClerk = "return"
    case issue, comment
    case accountAdded = "account-add"
    case passwordChanged = "account-passwd"
    case accountDisabled = "account-disable"
    case accountEnabled = "account-enable"
    case grants
    case backup, restore

    /// The action as the trail shows it in Chinese.
    public var chinese: String {
        switch self {
        case .signIn: "登录"
        case .signInFailed: "登录失败"
        case .signOut: "退出"
        case .view: "查看"
        case .download: "下载"
        case .save: "保存"
        case .draft: "存草稿"
        case .submit: "送审"
        case .returnToClerk: "退回"
        case .issue: "签发"
        case .comment: "批注"
        case .accountAdded: "新增账号"
        case .passwordChanged: "修改密码"
        case .accountDisabled: "停用账号"
        case .accountEnabled: "启用账号"
        case .grants: "授权变更"
        case .backup: "备份"
        case .restore: "恢复"
        }
    }
}
