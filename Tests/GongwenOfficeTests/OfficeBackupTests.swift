import Foundation
import Testing

@testable import GongwenOffice

@Suite struct OfficeBackupTests {
    /// A backup taken while entries and files are being written restores elsewhere with every file,
    /// account, state and entry it held, and its chain verifies.
    @Test func aBackupTakenUnderLoadRestoresWhole() async throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        try office.accounts.add("zhangli", password: "correct horse", actor: "gongwen", address: "local")
        let file = "党委办公室/2026-12-01-党委会.yaml"
        let data = Data("meeting: {title: 党委会, date: 2026-12-01}\n".utf8)
        try data.write(to: office.folder.appendingPathComponent(file))
        _ = try office.states.submit(file, data: data, actor: "zhangli", address: "10.0.0.1")
        let archive = office.folder.deletingLastPathComponent().appendingPathComponent("backup-\(UUID()).tar.gz")
        defer { try? FileManager.default.removeItem(at: archive) }
        let trail = office.trail
        let folder = office.folder
        // Writers keep going while the backup runs.
        let load = Task.detached {
            for index in 0..<200 {
                try trail.append(.view, actor: "zhangli", address: "10.0.0.1", file: file)
                try Data("meeting: {title: 第\(index)次}\n".utf8).write(
                    to: folder.appendingPathComponent("公路处党支部/\(index % 5).yaml"), options: .atomic)
            }
        }
        // The backup starts once the writers have written some files (a deadline, not a guess at
        // how long they take): a run where the backup came first found two files and failed.
        let first = folder.appendingPathComponent("公路处党支部/4.yaml")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: first.path), Date() < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        let count = try OfficeBackup.write(folder: office.folder, to: archive)
        try await load.value
        // The meeting file, the five files written, the database.
        #expect(count >= 7)
        // A second backup of the same name takes the first one's place.
        try OfficeBackup.write(folder: office.folder, to: archive)
        let restored = office.folder.deletingLastPathComponent().appendingPathComponent("restored-\(UUID())")
        defer { try? FileManager.default.removeItem(at: restored) }
        let breaks = try OfficeBackup.restore(archive, into: restored)
        #expect(breaks.isEmpty)
        let database = try OfficeDatabase(folder: restored)
        #expect(try Accounts(database).list().map(\.name) == ["zhangli"])
        #expect(try DocumentStates(database).state(of: file).stage == .submitted)
        #expect(try Data(contentsOf: restored.appendingPathComponent(file)) == data)
        let entries = try AuditTrail(database).entries()
        #expect(entries.contains { $0.action == .backup } && entries.last?.action == .restore)
        #expect(try AuditTrail(database).verify().isEmpty)
        // Restoring over a folder with files in it is refused: nothing is written over.
        #expect(throws: OfficeError.self) { _ = try OfficeBackup.restore(archive, into: office.folder) }
    }
}
