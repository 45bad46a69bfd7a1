import Foundation

/// An office served by one `gongwen serve`: its folders, who has which role in each, who keeps the
/// accounts, and how long a sign-in lasts. Read from `office.yaml` (`OfficeConfiguration.read`):
///
/// ```yaml
/// name: 某某区住房和城乡建设局
/// folders:
///   党委办公室:
///     文秘: [zhangli]
///     审核: [wangjianguo]
///     督查: [zhaomin]
///   公路处党支部:
///     文秘: [liqiang]
///     审核: [wangjianguo]
/// admins: [admin]
/// session: {idle_minutes: 120, hours: 12}
/// reverse_proxy: 127.0.0.1
/// ```
public struct OfficeConfiguration: Sendable, Equatable {
    /// One folder under the served folder and its grants.
    public struct Folder: Sendable, Equatable {
        /// The folder's path under the served folder, such as `党委办公室`.
        public var path: String
        /// Account names by role.
        public var grants: [OfficeRole: [String]]

        public init(path: String, grants: [OfficeRole: [String]]) {
            self.path = path
            self.grants = grants
        }
    }

    /// The office's name, shown on the sign-in page.
    public var name: String?
    /// The folders, in the file's order.
    public var folders: [Folder]
    /// The accounts that keep accounts (管理员); no document rights unless granted a role too.
    public var admins: [String]
    /// A session ends after this long without a request.
    public var idleMinutes: Int
    /// A session ends this long after sign-in, whatever happens.
    public var sessionHours: Int
    /// The address of a reverse proxy (nginx) that holds the HTTPS certificate and whose
    /// `X-Forwarded-For` is believed; nil believes no header.
    public var reverseProxy: String?

    /// The file name under the served folder's `.gongwen/` that `serve` finds without `--office`.
    public static let defaultPath = ".gongwen/office.yaml"

    public init(
        name: String? = nil, folders: [Folder], admins: [String] = [], idleMinutes: Int = 120, sessionHours: Int = 12,
        reverseProxy: String? = nil
    ) {
        self.name = name
        self.folders = folders
        self.admins = admins
        self.idleMinutes = idleMinutes
        self.sessionHours = sessionHours
        self.reverseProxy = reverseProxy
    }

    /// The roles `account` has, by folder path.
    public func roles(of account: String) -> [String: Set<OfficeRole>] {
        var result: [String: Set<OfficeRole>] = [:]
        for folder in folders {
            for (role, names) in folder.grants where names.contains(account) {
                result[folder.path, default: []].insert(role)
            }
        }
        return result
    }

    /// An account's roles on one line, folders in order: `党委办公室：文秘、审核；公路处党支部：督查`,
    /// then `administrator` when it keeps the accounts.
    public func roleLine(of account: String, administrator: String) -> String {
        var parts = roles(of: account).sorted(by: { $0.key < $1.key }).map { folder, set in
            "\(folder)：" + set.sorted().map(\.rawValue).joined(separator: "、")
        }
        if admins.contains(account) { parts.append(administrator) }
        return parts.joined(separator: "；")
    }

    /// Every account name the file mentions, admins included, sorted.
    public var accountNames: [String] {
        Set(admins + folders.flatMap { $0.grants.values.flatMap { $0 } }).sorted()
    }

    /// The configured folder that holds `path` (a path relative to the served folder), if any.
    public func folder(holding path: String) -> String? {
        folders.map(\.path).filter { path.hasPrefix($0 + "/") }.max { $0.count < $1.count }
    }
}
