import Foundation
import GRDB
import Gongwen

/// The states of the meeting files, kept in the database beside the files, never inside them; each
/// move is one transaction with its audit entry.
public struct DocumentStates: Sendable {
    let database: OfficeDatabase

    public init(_ database: OfficeDatabase) { self.database = database }

    /// The longest 退回 reason or 批注: a few sentences, never a pasted document.
    public static let longestNote = 500

    /// The state of `path`; 草稿 version 1 when it never moved.
    public func state(of path: String) throws(OfficeError) -> DocumentState {
        try database.read { db in try Self.state(db, path) }
    }

    /// Every recorded state, by path.
    public func all() throws(OfficeError) -> [String: DocumentState] {
        try database.read { db in
            Dictionary(
                try Row.fetchAll(db, sql: "SELECT * FROM state").map { (Self.state($0).path, Self.state($0)) },
                uniquingKeysWith: { first, _ in first })
        }
    }

    /// 送审: the file as it is now (`data`) goes to the leaders.
    public func submit(_ path: String, data: Data, actor: String, address: String) throws(OfficeError)
        -> DocumentState
    {
        let fingerprint = OfficeDigest.sha256(data)
        return try move(path, action: .submit, actor: actor, address: address, detail: "") { state in
            switch state.stage {
            case .submitted: throw OfficeError(.alreadySubmitted)
            case .issued where state.fingerprint == fingerprint: throw OfficeError(.alreadyIssued)
            case .issued: state.version += 1
            case .draft: break
            }
            state.stage = .submitted
            state.fingerprint = fingerprint
            state.reason = nil
            return (fingerprint, fingerprint)
        }
    }

    /// 退回: back to the clerk with `reason`.
    public func returnToClerk(_ path: String, reason: String, actor: String, address: String) throws(OfficeError)
        -> DocumentState
    {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw OfficeError(.returnNeedsReason) }
        guard reason.count <= Self.longestNote else { throw OfficeError(.textTooLong(Self.longestNote)) }
        return try move(path, action: .returnToClerk, actor: actor, address: address, detail: reason) { state in
            guard state.stage == .submitted else { throw OfficeError(.notSubmitted) }
            state.stage = .draft
            state.reason = reason
            return (state.fingerprint ?? "", state.fingerprint ?? "")
        }
    }

    /// 签发: signs the file as sent for review; refused when it changed since (`data` is it now).
    /// `keep` stores the issued documents before the state moves, inside the same transaction.
    public func issue(
        _ path: String, data: Data, actor: String, address: String, keep: (DocumentState) throws -> Void
    ) throws(OfficeError) -> DocumentState {
        let fingerprint = OfficeDigest.sha256(data)
        return try move(path, action: .issue, actor: actor, address: address, detail: "") { state in
            guard state.stage == .submitted else { throw OfficeError(.notSubmitted) }
            guard state.fingerprint == fingerprint else { throw OfficeError(.changedSinceSubmitted) }
            state.stage = .issued
            state.signedBy = actor
            state.signedAt = Date().formatted(.iso8601)
            state.reason = nil
            try keep(state)
            return (fingerprint, fingerprint)
        }
    }

    /// Whether the form may save over `path` now: not while the leaders have it (送审). A save after
    /// 签发 is allowed and starts the next version, which needs 签发 again.
    public func allowsEditing(_ path: String) throws(OfficeError) -> Bool {
        try state(of: path).stage != .submitted
    }

    /// Records a save in the trail, with the file's fingerprints before and after.
    public func recordSave(_ path: String, before: Data?, after: Data, draft: Bool, actor: String, address: String)
        throws(OfficeError)
    {
        try database.write { db in
            _ = try AuditTrail.append(
                db, draft ? .draft : .save, actor, address, path, before.map(OfficeDigest.sha256) ?? "",
                OfficeDigest.sha256(after), "")
        }
    }

    /// 批注: a leader's note on `path`, kept with the file's state.
    public func comment(_ path: String, text: String, actor: String, address: String) throws(OfficeError) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw OfficeError(.commentEmpty) }
        guard text.count <= Self.longestNote else { throw OfficeError(.textTooLong(Self.longestNote)) }
        try database.write { db in
            try db.execute(
                sql: "INSERT INTO comment (path, author, at, text) VALUES (?, ?, ?, ?)",
                arguments: [path, actor, Date().formatted(.iso8601), text])
            _ = try AuditTrail.append(db, .comment, actor, address, path, "", "", text)
        }
    }

    /// The notes on every file, by path, oldest first: author, time, text.
    public func comments() throws(OfficeError) -> [String: [(author: String, at: String, text: String)]] {
        try database.read { db in
            var result: [String: [(author: String, at: String, text: String)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM comment ORDER BY id") {
                result[row["path"], default: []].append((author: row["author"], at: row["at"], text: row["text"]))
            }
            return result
        }
    }

    /// Records that `account` began the draft `name` (a new meeting has no file to say whose it is).
    public func recordDraftOwner(_ name: String, account: String, folder: String) throws(OfficeError) {
        try database.write { db in
            try db.execute(
                // A name is free again once its draft became a file: the new draft is the new owner's.
                sql: "INSERT OR REPLACE INTO draftOwner (name, account, folder) VALUES (?, ?, ?)",
                arguments: [name, account, folder])
        }
    }

    /// Who began each draft, by draft name.
    public func draftOwners() throws(OfficeError) -> [String: String] {
        try database.read { db in
            Dictionary(
                try Row.fetchAll(db, sql: "SELECT name, account FROM draftOwner").map { ($0["name"], $0["account"]) },
                uniquingKeysWith: { first, _ in first })
        }
    }

    private func move(
        _ path: String, action: AuditAction, actor: String, address: String, detail: String,
        change: (inout DocumentState) throws -> (before: String, after: String)
    ) throws(OfficeError) -> DocumentState {
        try database.write { db in
            var state = try Self.state(db, path)
            let (before, after) = try change(&state)
            state.actor = actor
            state.at = Date().formatted(.iso8601)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO state (path, state, version, fingerprint, reason, actor, at, signedBy, signedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    path, state.stage.rawValue, state.version, state.fingerprint, state.reason, state.actor, state.at,
                    state.signedBy, state.signedAt,
                ])
            _ = try AuditTrail.append(db, action, actor, address, path, before, after, detail)
            return state
        }
    }

    private static func state(_ db: Database, _ path: String) throws -> DocumentState {
        try Row.fetchOne(db, sql: "SELECT * FROM state WHERE path = ?", arguments: [path]).map(state) ?? .fresh(path)
    }

    private static func state(_ row: Row) -> DocumentState {
        DocumentState(
            path: row["path"], stage: DocumentState.Stage(rawValue: row["state"]) ?? .draft, version: row["version"],
            fingerprint: row["fingerprint"], reason: row["reason"], actor: row["actor"], at: row["at"],
            signedBy: row["signedBy"], signedAt: row["signedAt"])
    }
}
