import Foundation
import GRDB
import Gongwen

/// Sign-in: the password check, with failures counted per account name and per address. After
/// five in a row a name waits, one minute, then two, four… up to a day; an address waits after
/// twenty (an office behind one router shares one, and a clerk who mistypes must not lock out
/// the others), and a right password from it starts its count over. Names that are no account's
/// count the same way, so neither the answer nor the lock tells whether an account exists.
public struct SignInGate: Sendable {
    let accounts: Accounts
    let sessions: Sessions

    public init(accounts: Accounts, sessions: Sessions) {
        self.accounts = accounts
        self.sessions = sessions
    }

    /// Failures allowed before a wait: per account name, and per address.
    public static let allowedFailures = 5
    public static let allowedAddressFailures = 20
    /// A count of failures is forgotten after this long without another.
    static let forgetAfter: TimeInterval = 3600

    /// What a sign-in attempt came to.
    public enum Outcome: Sendable, Equatable {
        case signedIn(Sessions.Started)
        /// Wrong name or password, the same words either way.
        case refused
        /// Too many failures: try again after this many seconds.
        case waiting(seconds: Int)
    }

    static func accountKey(_ name: String) -> String { "account:" + name }
    static func addressKey(_ address: String) -> String { "address:" + address }

    /// Checks `name` and `password` from `address`; records the attempt in the trail either way.
    public func signIn(_ name: String, password: String, address: String, now: Date = Date()) throws(OfficeError)
        -> Outcome
    {
        let keys = [Self.accountKey(name), Self.addressKey(address)]
        let wait = try database.read { db in
            try keys.compactMap { key in
                try Double.fetchOne(db, sql: "SELECT lockedUntil FROM failure WHERE key = ?", arguments: [key])
            }.max() ?? 0
        }
        // The name is written to the trail only when it is an account's: a password typed into
        // the name box must not be kept.
        let known = try accounts.hash(of: name) != nil
        let actor = known ? name : "-"
        if wait > now.timeIntervalSince1970 {
            try database.write { db in
                _ = try AuditTrail.append(db, .signInFailed, actor, address, "", "", "", "locked", now)
            }
            return .waiting(seconds: Int((wait - now.timeIntervalSince1970).rounded(.up)))
        }
        guard try accounts.verify(name, password: password) else {
            try database.write { db in
                try Self.fail(db, keys[0], allowed: Self.allowedFailures, now: now)
                try Self.fail(db, keys[1], allowed: Self.allowedAddressFailures, now: now)
                _ = try AuditTrail.append(db, .signInFailed, actor, address, "", "", "", "", now)
            }
            return .refused
        }
        let started = try sessions.start(for: name, address: address, now: now) { db in
            try db.execute(sql: "DELETE FROM failure WHERE key IN (?, ?)", arguments: StatementArguments(keys))
            _ = try AuditTrail.append(db, .signIn, name, address, "", "", "", "", now)
        }
        return .signedIn(started)
    }

    private var database: OfficeDatabase { accounts.database }

    private static func fail(_ db: Database, _ key: String, allowed: Int, now: Date) throws {
        let time = now.timeIntervalSince1970
        let row = try Row.fetchOne(db, sql: "SELECT count, last FROM failure WHERE key = ?", arguments: [key])
        var count = (row?["count"] as Int? ?? 0)
        if let last = row?["last"] as Double?, time - last > forgetAfter { count = 0 }
        count += 1
        let locked = count >= allowed ? time + min(60 * pow(2, Double(count - allowed)), 86_400) : 0
        try db.execute(
            sql: "INSERT OR REPLACE INTO failure (key, count, last, lockedUntil) VALUES (?, ?, ?, ?)",
            arguments: [key, count, time, locked])
    }
}
