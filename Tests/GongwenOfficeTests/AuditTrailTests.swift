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
