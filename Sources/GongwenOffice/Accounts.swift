import Foundation
import GRDB
import Gongwen
import HummingbirdBcrypt

/// The office's accounts: made, re-keyed and disabled from the command line or the admin page,
/// every change in the audit trail. Passwords are kept as bcrypt hashes only.
public struct Accounts: Sendable {
    let database: OfficeDatabase
    /// bcrypt's cost: 12 in use (a quarter second a sign-in); tests pass 4.
    let cost: UInt8

    public init(_ database: OfficeDatabase, cost: UInt8 = 12) {
        self.database = database
        self.cost = cost
    }

    /// The fewest characters a password may have.
    public static let shortestPassword = 8

    /// Refuses a password that is too short or is the account's own name.
    public static func check(password: String, for name: String) throws(OfficeError) {
        guard password.count >= shortestPassword else { throw OfficeError(.passwordTooShort(shortestPassword)) }
        guard password != name else { throw OfficeError(.passwordIsName) }
    }

    /// Makes account `name`; `actor` and `address` say who did it, for the trail.
    public func add(_ name: String, password: String, actor: String, address: String) throws(OfficeError) {
        guard OfficeConfiguration.isAccountName(name) else { throw OfficeError(.accountName(name)) }
        try Self.check(password: password, for: name)
        let hash = Bcrypt.hash(password, cost: cost)
        try database.write { db in
            guard try !exists(db, name) else { throw OfficeError(.accountExists(name)) }
            try db.execute(
                sql: "INSERT INTO account (name, hash, created) VALUES (?, ?, ?)",
                arguments: [name, hash, Date().formatted(.iso8601)])
            _ = try AuditTrail.append(db, .accountAdded, actor, address, name, "", "", "")
        }
    }

    /// Gives `name` a new password, ends its sessions and lifts a lock.
    public func setPassword(_ name: String, password: String, actor: String, address: String) throws(OfficeError) {
        try Self.check(password: password, for: name)
        let hash = Bcrypt.hash(password, cost: cost)
        try database.write { db in
            guard try exists(db, name) else { throw OfficeError(.noSuchAccount(name)) }
            try db.execute(sql: "UPDATE account SET hash = ? WHERE name = ?", arguments: [hash, name])
            try db.execute(sql: "DELETE FROM session WHERE account = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM failure WHERE key = ?", arguments: [SignInGate.accountKey(name)])
            _ = try AuditTrail.append(db, .passwordChanged, actor, address, name, "", "", "")
        }
    }

    /// Disables (or enables again) `name`; disabling ends its sessions at once.
    public func setDisabled(_ name: String, _ disabled: Bool, actor: String, address: String) throws(OfficeError) {
        try database.write { db in
            guard try exists(db, name) else { throw OfficeError(.noSuchAccount(name)) }
            try db.execute(
                sql: "UPDATE account SET disabled = ? WHERE name = ?", arguments: [disabled ? 1 : 0, name])
            if disabled { try db.execute(sql: "DELETE FROM session WHERE account = ?", arguments: [name]) }
            _ = try AuditTrail.append(
                db, disabled ? .accountDisabled : .accountEnabled, actor, address, name, "", "", "")
        }
    }

    /// Every account, by name.
    public func list(now: Date = Date()) throws(OfficeError) -> [Account] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT account.name, account.disabled, account.created FROM account
                    ORDER BY account.name
                    """
            ).map { row in
                let name: String = row["name"]
                let locked = try Double.fetchOne(
                    db, sql: "SELECT lockedUntil FROM failure WHERE key = ?", arguments: [SignInGate.accountKey(name)])
                return Account(
                    name: name, disabled: row["disabled"] as Int64 != 0, created: row["created"],
                    locked: (locked ?? 0) > now.timeIntervalSince1970)
            }
        }
    }

    private func exists(_ db: Database, _ name: String) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE name = ?", arguments: [name]) == 1
    }

    /// The stored hash of an enabled account, or nil.
    func hash(of name: String) throws(OfficeError) -> String? {
        try database.read { db in
            try String.fetchOne(
                db, sql: "SELECT hash FROM account WHERE name = ? AND disabled = 0", arguments: [name])
        }
    }

    /// Whether `password` is `name`'s, in bcrypt's time whether or not the account exists, so that
    /// the time taken tells nothing either.
    func verify(_ name: String, password: String) throws(OfficeError) -> Bool {
        guard let hash = try hash(of: name) else {
            // As long as a check would take.
            _ = Bcrypt.hash(password, cost: cost)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }
}
