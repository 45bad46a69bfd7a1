import Foundation
import GRDB

/// Per-account calendar subscription addresses (`/calendar/<token>.ics`): calendar programs fetch
/// without signing in, so the address itself is the key.
///
/// A token is a digest of the office's secret, the account and its password hash: it needs no
/// table of its own, a password change gives the account a new address (the old one stops), and a
/// disabled account's address answers nothing.
public struct CalendarFeeds: Sendable {
    let database: OfficeDatabase
    let accounts: Accounts

    /// The feeds of `database`'s accounts.
    public init(_ database: OfficeDatabase, accounts: Accounts) {
        self.database = database
        self.accounts = accounts
    }

    /// `name`'s token, or nil for an account that does not exist or is disabled.
    public func token(for name: String) throws(OfficeError) -> String? {
        guard let hash = try accounts.hash(of: name) else { return nil }
        let secret = try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM secret WHERE name = 'calendar'")
        }
        guard let secret else { return nil }
        return String(OfficeDigest.sha256("\(secret)\n\(name)\n\(hash)").prefix(40))
    }

    /// The enabled account whose token `token` is, or nil.
    public func account(for token: String) throws(OfficeError) -> String? {
        guard token.count == 40, token.allSatisfy(\.isHexDigit) else { return nil }
        for account in try accounts.list() where !account.disabled {
            if let expected = try self.token(for: account.name), constantTimeEqual(expected, token) {
                return account.name
            }
        }
        return nil
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
