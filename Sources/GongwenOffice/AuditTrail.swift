import Foundation
import GRDB
import Gongwen

/// The append-only audit trail in the office database, each entry chained to the one before.
public struct AuditTrail: Sendable {
    let database: OfficeDatabase

    public init(_ database: OfficeDatabase) { self.database = database }

    /// What a check of the chain found wrong at one place.
    public struct Break: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: String, Sendable { case changed, missing, reordered, unguarded, anchorMissing }
        public let id: Int64
        public let kind: Kind
        /// For `missing`: the first id that is gone before `id`.
        public let from: Int64?

        public var description: String { message.text(in: .en) }

        /// What is wrong, in the catalogue's words.
        public var message: Message {
            switch kind {
            case .changed: .auditChanged(id: Int(id))
            case .missing: .auditMissing(from: Int(from ?? id), before: Int(id))
            case .reordered: .auditReordered(id: Int(id))
            case .unguarded: .auditUnguarded
            case .anchorMissing: .auditAnchorMissing
            }
        }
    }

    /// Appends an entry; the time is now unless `at` is given.
    @discardableResult
    public func append(
        _ action: AuditAction, actor: String, address: String, file: String = "", before: String = "",
        after: String = "", detail: String = "", at date: Date = Date()
    ) throws(OfficeError) -> AuditEntry {
        try database.write { db in try Self.append(db, action, actor, address, file, before, after, detail, date) }
    }

    /// Appends inside a transaction already open, so that an action and its entry are one write.
    static func append(
        _ db: Database, _ action: AuditAction, _ actor: String, _ address: String, _ file: String, _ before: String,
        _ after: String, _ detail: String, _ date: Date = Date()
    ) throws -> AuditEntry {
        let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
        var entry = AuditEntry(
            id: (last?["id"] as Int64? ?? 0) + 1, at: date.formatted(.iso8601), actor: actor, address: address,
            action: action, file: file, before: before, after: after, detail: detail,
            previous: last?["hash"] ?? "", hash: "")
        entry.hash = entry.computedHash
        try db.execute(
            sql: """
                INSERT INTO audit (id, at, actor, address, action, file, before, after, detail, previous, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.id, entry.at, entry.actor, entry.address, entry.action.rawValue, entry.file, entry.before,
                entry.after, entry.detail, entry.previous, entry.hash,
            ])
        return entry
    }

    /// The entries, oldest first, from `since` (an ISO date or time), by `actor`, about `file`.
    public func entries(since: String? = nil, actor: String? = nil, file: String? = nil) throws(OfficeError)
        -> [AuditEntry]
    {
        try database.read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let since { conditions.append("at >= ?"); arguments.append(since) }
            if let actor { conditions.append("actor = ?"); arguments.append(actor) }
            if let file { conditions.append("file = ?"); arguments.append(file) }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(
                db, sql: "SELECT * FROM audit\(filter) ORDER BY id", arguments: StatementArguments(arguments)
            ).map(Self.entry)
        }
    }

    /// The newest entry of `action`, if any.
    public func last(_ action: AuditAction) throws(OfficeError) -> AuditEntry? {
        try database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1", arguments: [action.rawValue]
            ).map(Self.entry)
        }
    }

    /// Every place where the chain is broken; empty when the trail is whole. A chain recomputed
    /// from start to end by someone with the database file is whole again: `anchors`, hashes noted
    /// elsewhere earlier (`gongwen audit --verify` prints the last), must still be found in it.
    public func verify(anchors: [String] = []) throws(OfficeError) -> [Break] {
        let all = try entries()
        var breaks: [Break] = []
        let guards = try database.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")
        }
        if !Set(["auditNoUpdate", "auditNoDelete"]).isSubset(of: guards) {
            breaks.append(Break(id: 0, kind: .unguarded, from: nil))
        }
        let hashes = Set(all.map(\.hash))
        for anchor in anchors where !hashes.contains(anchor) {
            breaks.append(Break(id: 0, kind: .anchorMissing, from: nil))
        }
        var previousHash = ""
        var previousId: Int64 = 0
        for entry in all {
            if entry.id != previousId + 1 {
                breaks.append(Break(id: entry.id, kind: .missing, from: previousId + 1))
            } else if entry.previous != previousHash {
                breaks.append(Break(id: entry.id, kind: .reordered, from: nil))
            }
            if entry.computedHash != entry.hash {
                breaks.append(Break(id: entry.id, kind: .changed, from: nil))
            }
            previousHash = entry.hash
            previousId = entry.id
        }
        return breaks
    }

    static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(
            id: row["id"], at: row["at"], actor: row["actor"], address: row["address"],
            action: AuditAction(rawValue: row["action"]) ?? .view, file: row["file"], before: row["before"],
            after: row["after"], detail: row["detail"], previous: row["previous"], hash: row["hash"])
    }
}
