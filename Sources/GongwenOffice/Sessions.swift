import Foundation
import GRDB
import Gongwen

/// Signed-in sessions, kept in the database so that they outlive a restart. The browser holds a
/// random token; the database holds only its SHA-256, so a copy of the database signs no one in.
public struct Sessions: Sendable {
    let database: OfficeDatabase
    /// A session ends after this long without a request…
    public let idle: TimeInterval
    /// …and this long after sign-in, whatever happens.
    public let lifetime: TimeInterval

    public init(_ database: OfficeDatabase, idle: TimeInterval, lifetime: TimeInterval) {
        self.database = database
        self.idle = idle
        self.lifetime = lifetime
    }

    /// A new session: the cookie's token and the token its pages send back with every write.
    public struct Started: Sendable, Equatable {
        public let token: String
        public let csrf: String
    }

    /// A session found by its token.
    public struct Current: Sendable, Equatable {
        public let account: String
        /// Pages embed it; a writing request sends it back (`X-Gongwen-Token`).
        public let csrf: String
    }

    /// Starts a session for `account`, running `also` in the same transaction.
    func start(for account: String, address: String, now: Date, also: (Database) throws -> Void) throws(OfficeError)
        -> Started
    {
        let started = Started(token: OfficeDigest.randomHex(bytes: 32), csrf: OfficeDigest.randomHex(bytes: 16))
        try database.write { db in
            let time = now.timeIntervalSince1970
            // Sessions long over are removed here, at the rate people sign in.
            try db.execute(
                sql: "DELETE FROM session WHERE created < ? OR seen < ?",
                arguments: [time - lifetime, time - idle])
            try db.execute(
                sql: "INSERT INTO session (tokenHash, account, csrf, created, seen, address) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [OfficeDigest.sha256(started.token), account, started.csrf, time, time, address])
            try also(db)
        }
        return started
    }

    /// The session of `token` when it is still valid and its account enabled; its idle time starts over.
    public func current(_ token: String, now: Date = Date()) throws(OfficeError) -> Current? {
        let key = OfficeDigest.sha256(token)
        let time = now.timeIntervalSince1970
        let row = try database.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT session.account, session.csrf, session.created, session.seen FROM session
                    JOIN account ON account.name = session.account AND account.disabled = 0
                    WHERE session.tokenHash = ?
                    """, arguments: [key])
        }
        guard let row, time - (row["created"] as Double) < lifetime, time - (row["seen"] as Double) < idle else {
            return nil
        }
        // A write a minute at most per session, not one per request.
        if time - (row["seen"] as Double) > 60 {
            try database.write { db in
                try db.execute(sql: "UPDATE session SET seen = ? WHERE tokenHash = ?", arguments: [time, key])
            }
        }
        return Current(account: row["account"], csrf: row["csrf"])
    }

    /// Ends the session of `token` (sign-out): the same cookie never signs in again.
    public func end(_ token: String, address: String) throws(OfficeError) {
        try database.write { db in
            let key = OfficeDigest.sha256(token)
            if let account = try String.fetchOne(
                db, sql: "SELECT account FROM session WHERE tokenHash = ?", arguments: [key])
            {
                try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [key])
                _ = try AuditTrail.append(db, .signOut, account, address, "", "", "", "")
            }
        }
    }
}
