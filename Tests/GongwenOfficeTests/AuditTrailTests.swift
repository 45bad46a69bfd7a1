import Foundation
import GRDB
import Testing

@testable import GongwenOffice

@Suite struct AuditTrailTests {
    @Test func aWholeTrailVerifies() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        for index in 0..<20 {
            try office.trail.append(.view, actor: "zhangli", address: "10.0.0.1", file: "党委办公室/\(index).yaml")
        }
        #expect(try office.trail.verify().isEmpty)
        #expect(try office.trail.entries(file: "党委办公室/3.yaml").count == 1)
    }

    @Test func theProgramCannotChangeOrDeleteAnEntry() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        try office.trail.append(.issue, actor: "wangjianguo", address: "10.0.0.2", file: "a.yaml")
        #expect(throws: (any Error).self) {
            try office.database.pool.write { db in try db.execute(sql: "UPDATE audit SET actor = 'x'") }
        }
        #expect(throws: (any Error).self) {
            try office.database.pool.write { db in try db.execute(sql: "DELETE FROM audit") }
        }
    }

    /// An insider who drops the triggers and edits, deletes or forges an entry is found at the place.
    @Test func anEditedDeletedOrForgedEntryIsReportedAtItsPlace() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        for index in 0..<6 {
            try office.trail.append(.save, actor: "zhangli", address: "10.0.0.1", file: "\(index).yaml")
        }
        try office.database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER auditNoUpdate; DROP TRIGGER auditNoDelete")
            try db.execute(sql: "UPDATE audit SET actor = 'someone' WHERE id = 2")
            try db.execute(sql: "DELETE FROM audit WHERE id = 4")
        }
        let breaks = try office.trail.verify()
        #expect(breaks.contains(AuditTrail.Break(id: 2, kind: .changed, from: nil)))
        #expect(breaks.contains(AuditTrail.Break(id: 5, kind: .missing, from: 4)))
        // A forged entry with a recomputed hash of its own still does not follow its predecessor.
        try office.database.pool.write { db in
            var forged = try AuditTrail.entry(#require(try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE id = 6")))
            forged.detail = "forged"
            forged.previous = "0"
            forged.hash = forged.computedHash
            try db.execute(
                sql: "UPDATE audit SET detail = ?, previous = ?, hash = ? WHERE id = 6",
                arguments: [forged.detail, forged.previous, forged.hash])
        }
        #expect(try office.trail.verify().contains(AuditTrail.Break(id: 6, kind: .reordered, from: nil)))
    }
}

@Suite struct AuditTamperingTests {
    /// Someone with the database file who removes the guard and recomputes every hash has a whole
    /// chain again: the removed guard says so, and a hash noted earlier is no longer found.
    @Test func aRecomputedChainIsFoundByItsMissingGuardAndAnAnchor() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        for index in 0..<4 {
            try office.trail.append(.issue, actor: "wangjianguo", address: "a", file: "\(index).yaml")
        }
        let anchor = try office.trail.entries().last!.hash
        #expect(try office.trail.verify(anchors: [anchor]).isEmpty)
        try office.database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER auditNoUpdate; DROP TRIGGER auditNoDelete")
            var previous = ""
            for var entry in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map(AuditTrail.entry) {
                if entry.id == 2 { entry.actor = "zhaomin" }
                entry.previous = previous
                entry.hash = entry.computedHash
                previous = entry.hash
                try db.execute(
                    sql: "UPDATE audit SET actor = ?, previous = ?, hash = ? WHERE id = ?",
                    arguments: [entry.actor, entry.previous, entry.hash, entry.id])
            }
        }
        let kinds = try office.trail.verify(anchors: [anchor]).map(\.kind)
        #expect(kinds.contains(.unguarded) && kinds.contains(.anchorMissing))
        #expect(!kinds.contains(.changed))
    }

    @Test func anIssuedCopyChangedOnDiskOrWithItsManifestIsFound() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        let file = "党委办公室/会议.yaml"
        let data = Data("meeting: {title: 党委会}\n".utf8)
        _ = try office.states.submit(file, data: data, actor: "zhangli", address: "a")
        let copies = IssuedCopies(folder: office.folder)
        _ = try office.states.issue(file, data: data, actor: "wangjianguo", address: "b") { state in
            try copies.keep([("会议.yaml", data), ("会议.minutes.docx", Data([1, 2]))], of: state)
        }
        #expect(copies.changed(trail: try office.trail.entries()).isEmpty)
        let kept = copies.location(of: file, version: 1)
        let yaml = kept.appendingPathComponent("会议.yaml")
        // Read-only on disk; a hand that makes it writable and edits it is found…
        #expect(!FileManager.default.isWritableFile(atPath: yaml.path) || getuid() == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: yaml.path)
        try Data("meeting: {title: 改过}\n".utf8).write(to: yaml)
        #expect(copies.changed(trail: try office.trail.entries()) == ["\(file)/v1"])
        // …and so is one who rewrites the manifest to match.
        let manifest = kept.appendingPathComponent("manifest.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: manifest.path)
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as! [String: Any]
        var sums = object["sha256"] as! [String: String]
        sums["会议.yaml"] = OfficeDigest.sha256(try Data(contentsOf: yaml))
        object["sha256"] = sums
        try JSONSerialization.data(withJSONObject: object).write(to: manifest)
        #expect(copies.changed(trail: try office.trail.entries()) == ["\(file)/v1"])
    }

    @Test func trailTextsCannotForgeLinesOrFormulas() {
        #expect(AuditEntry.oneLine("同意\n99\t签发\u{1B}[2J") == "同意\\n99\\t签发\\u{1B}[2J")
        #expect(AuditEntry.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(AuditEntry.csvField("普通") == "普通")
    }
}
