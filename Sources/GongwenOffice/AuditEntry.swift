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

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A field
    /// a spreadsheet would take for a formula (`=`, `+`, `-`, `@`) starts with `'`.
    public static func csvField(_ field: String) -> String {
        var field = field
        if let first = field.first, "=+-@\t\r".contains(first) { field = "'" + field }
        guard field.contains(where: { ",\"\n\r".contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text of the trail on one terminal line: a line break or a control character (an escape
    /// that would clear the screen) is shown as `\n`, `\u{1B}`, never acted on.
    public static func oneLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The hash of this entry's fields after `previous`.
    var computedHash: String {
        OfficeDigest.sha256(
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
    /// The office's directory of people and units (人员与单位) was saved.
    case directory
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
        case .directory: "修改人员与单位"
        case .backup: "备份"
        case .restore: "恢复"
        }
    }
}
