import Foundation
import GRDB
import Gongwen

/// Sign-in: the password check, with failures counted per account name and per address. After
/// five in a row a name waits, one minute, then two, four… up to a day; an address waits after
/// twenty (an office behind one router shares one, and a clerk who mistypes must not lock out
/// the others). Names that are no account's count the same way, so neither the answer nor the
/// lock tells whether an account exists; they are kept only as hashes (a name typed may be a
/// password).
///
/// An attempt is counted as a failure before the password is checked, in the transaction that
/// reads the lock, and forgiven when it was right: attempts sent at once cannot each slip past
/// the count while bcrypt runs.
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

    static func accountKey(_ name: String) -> String { "account:" + OfficeDigest.sha256(name) }
    static func addressKey(_ address: String) -> String { "address:" + address }

    /// Checks `name` and `password` from `address`; records the attempt in the trail either way.
    public func signIn(_ name: String, password: String, address: String, now: Date = Date()) throws(OfficeError)
        -> Outcome
    {
        let keys = [Self.accountKey(name), Self.addressKey(address)]
        // The name is written to the trail only when it is an account's: a password typed into
        // the name box must not be kept.
        let known = try accounts.hash(of: name) != nil
        let actor = known ? name : "-"
        let time = now.timeIntervalSince1970
        let wait = try database.write { db -> Double in
            let wait =
                try keys.compactMap { key in
                    try Double.fetchOne(db, sql: "SELECT lockedUntil FROM failure WHERE key = ?", arguments: [key])
                }.max() ?? 0
            if wait > time {
                _ = try AuditTrail.append(db, .signInFailed, actor, address, "", "", "", "locked", now)
            } else {
                try Self.count(db, keys[0], allowed: Self.allowedFailures, now: now)
                try Self.count(db, keys[1], allowed: Self.allowedAddressFailures, now: now)
            }
            return wait
        }
        if wait > time { return .waiting(seconds: Int((wait - time).rounded(.up))) }
        guard try accounts.verify(name, password: password) else {
            try database.write { db in
                _ = try AuditTrail.append(db, .signInFailed, actor, address, "", "", "", "", now)
            }
            return .refused
        }
        let started = try sessions.start(for: name, address: address, now: now) { db in
            // Right: the name starts over, and the address's count loses this attempt.
            try db.execute(sql: "DELETE FROM failure WHERE key = ?", arguments: [keys[0]])
            try db.execute(
                sql: "UPDATE failure SET count = max(count - 1, 0) WHERE key = ? AND lockedUntil <= ?",
                arguments: [keys[1], time])
            _ = try AuditTrail.append(db, .signIn, name, address, "", "", "", "", now)
        }
        return .signedIn(started)
    }

    private var database: OfficeDatabase { accounts.database }

    /// Counts an attempt against `key`; the `allowed`-th in a row starts a wait. Counts long over
    /// are removed here, at the rate people sign in.
    private static func count(_ db: Database, _ key: String, allowed: Int, now: Date) throws {
        let time = now.timeIntervalSince1970
        try db.execute(
            sql: "DELETE FROM failure WHERE last < ? AND lockedUntil < ?", arguments: [time - 86_400, time])
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
