import Foundation
import GRDB
import Gongwen

/// The office's SQLite database, `.gongwen/office.sqlite` under the served folder: accounts,
/// sessions, sign-in failures, document states and the audit trail.
///
/// GRDB, because its `DatabasePool` serves many readers beside one writer in WAL mode (the server
/// reads on every request while `gongwen user` writes from another process), its migrations keep
/// the schema in one place, and its `backup(to:)` is SQLite's online backup, which `gongwen backup`
/// needs while the server runs.
public struct OfficeDatabase: Sendable {
    /// The database file's path under the served folder.
    public static let path = ".gongwen/office.sqlite"

    let pool: DatabasePool

    /// Opens (creating when missing) the database of the office served from `folder`.
    public init(folder: URL) throws(OfficeError) {
        let url = folder.appendingPathComponent(Self.path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try self.init(path: url.path)
            // The folder holds the database's journal files too: for the server's user only.
            chmod(url.deletingLastPathComponent().path, 0o700)
        } catch let error as OfficeError {
            throw error
        } catch {
            throw OfficeError(.officeDatabase(path: url.path, reason: "\(error)"))
        }
    }

    /// Opens the database file at `path`.
    public init(path: String) throws(OfficeError) {
        var configuration = Configuration()
        // `gongwen user` and `gongwen backup` write while the server does: wait for the lock.
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw OfficeError(.officeDatabase(path: path, reason: "\(error)"))
        }
        // The file holds password hashes and sessions: readable by the server's user only.
        chmod(path, 0o600)
        for suffix in ["-wal", "-shm"] { chmod(path + suffix, 0o600) }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("office-1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account (
                        name TEXT PRIMARY KEY NOT NULL, hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
                        created TEXT NOT NULL);
                    CREATE TABLE failure (
                        key TEXT PRIMARY KEY NOT NULL, count INTEGER NOT NULL, last REAL NOT NULL,
                        lockedUntil REAL NOT NULL DEFAULT 0);
                    CREATE TABLE session (
                        tokenHash TEXT PRIMARY KEY NOT NULL, account TEXT NOT NULL, csrf TEXT NOT NULL,
                        created REAL NOT NULL, seen REAL NOT NULL, address TEXT NOT NULL);
                    CREATE TABLE state (
                        path TEXT PRIMARY KEY NOT NULL, state TEXT NOT NULL, version INTEGER NOT NULL,
                        fingerprint TEXT, reason TEXT, actor TEXT NOT NULL, at TEXT NOT NULL,
                        signedBy TEXT, signedAt TEXT);
                    CREATE TABLE comment (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, author TEXT NOT NULL,
                        at TEXT NOT NULL, text TEXT NOT NULL);
                    CREATE TABLE draftOwner (name TEXT PRIMARY KEY NOT NULL, account TEXT NOT NULL, folder TEXT NOT NULL);
                    CREATE TABLE audit (
                        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, address TEXT NOT NULL,
                        action TEXT NOT NULL, file TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL,
                        detail TEXT NOT NULL, previous TEXT NOT NULL, hash TEXT NOT NULL);
                    -- The trail is append-only for the program; the hash chain shows what a hand
                    -- that drops these triggers changed.
                    CREATE TRIGGER auditNoUpdate BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
                    CREATE TRIGGER auditNoDelete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
                    """)
        }
        // Calendar subscription addresses are signed with a secret of this office's own.
        migrator.registerMigration("office-2-calendar") { db in
            try db.execute(sql: "CREATE TABLE secret (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
            try db.execute(
                sql: "INSERT INTO secret (name, value) VALUES ('calendar', ?)",
                arguments: [OfficeDigest.randomHex(bytes: 32)])
        }
        return migrator
    }

    /// Runs `work` in one immediate transaction, so that reads and writes of it see no other writer.
    func write<T>(_ work: (Database) throws -> T) throws(OfficeError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    return .commit
                }
                return result!
            }
        } catch let error as OfficeError {
            throw error
        } catch {
            throw OfficeError(.officeDatabase(path: pool.path, reason: "\(error)"))
        }
    }

    func read<T>(_ work: (Database) throws -> T) throws(OfficeError) -> T {
        do {
            return try pool.read(work)
        } catch let error as OfficeError {
            throw error
        } catch {
            throw OfficeError(.officeDatabase(path: pool.path, reason: "\(error)"))
        }
    }

    /// A consistent copy of the database at `path` (SQLite's online backup), taken while others write.
    public func backup(to path: String) throws(OfficeError) {
        do {
            let copy = try DatabaseQueue(path: path)
            try pool.backup(to: copy)
            try copy.close()
        } catch {
            throw OfficeError(.officeDatabase(path: path, reason: "\(error)"))
        }
    }
}
