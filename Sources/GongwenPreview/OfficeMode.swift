import Foundation
import Gongwen
import GongwenOffice

/// `gongwen serve --office`: the configuration and the database's parts the server uses.
public struct OfficeMode: Sendable {
    public let configuration: OfficeConfiguration
    let accounts: Accounts
    let sessions: Sessions
    let gate: SignInGate
    let trail: AuditTrail
    let states: DocumentStates
    let issued: IssuedCopies
    let calendars: CalendarFeeds
    /// Whether pages come over HTTPS — directly, or from the trusted proxy, which is taken to hold
    /// the certificate: cookies are then `Secure`.
    public let secure: Bool

    /// The office served from `folder` by `configuration`; `bcryptCost` is lowered by tests only.
    public init(folder: URL, configuration: OfficeConfiguration, secure: Bool, bcryptCost: UInt8 = 12)
        throws(OfficeError)
    {
        let database = try OfficeDatabase(folder: folder)
        self.configuration = configuration
        accounts = Accounts(database, cost: bcryptCost)
        sessions = Sessions(
            database, idle: TimeInterval(configuration.idleMinutes * 60),
            lifetime: TimeInterval(configuration.sessionHours * 3600))
        gate = SignInGate(accounts: accounts, sessions: sessions)
        trail = AuditTrail(database)
        states = DocumentStates(database)
        issued = IssuedCopies(folder: folder)
        calendars = CalendarFeeds(database, accounts: accounts)
        self.secure = secure
        try recordGrants()
    }

    /// The session cookie's name.
    static let cookie = "gongwen_session"

    /// Grants live in `office.yaml`: a start with grants unlike the last recorded ones is an entry.
    private func recordGrants() throws(OfficeError) {
        var lines: [String] = []
        for folder in configuration.folders {
            for role in OfficeRole.allCases {
                let names = folder.grants[role] ?? []
                if !names.isEmpty { lines.append("\(folder.path) \(role.rawValue): \(names.joined(separator: ","))") }
            }
        }
        lines.append("管理员: \(configuration.admins.joined(separator: ","))")
        let text = lines.joined(separator: "; ")
        let last = try trail.last(.grants)
        if last?.detail != text {
            try trail.append(.grants, actor: "gongwen", address: "local", detail: text)
        }
    }

    /// The client's address: the socket's, or a trusted proxy's `X-Forwarded-For` last hop.
    func address(peer: String, forwarded: String?) -> String {
        let forwarded = forwarded.map(AuditEntry.oneLine)
        guard let proxy = configuration.reverseProxy, peer == proxy, let forwarded else { return peer }
        return forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? peer
    }
}
