import Foundation
import Gongwen

@testable import GongwenOffice

/// A served folder in a temporary directory with two organisations' folders and a database.
struct OfficeFixture {
    let folder: URL
    let database: OfficeDatabase

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-office-\(UUID().uuidString)")
        for name in ["党委办公室", "公路处党支部"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        database = try OfficeDatabase(folder: folder)
    }

    /// bcrypt at its lowest cost: the rules are the same, the tests fast.
    var accounts: Accounts { Accounts(database, cost: 4) }
    var sessions: Sessions { Sessions(database, idle: 600, lifetime: 3600) }
    var gate: SignInGate { SignInGate(accounts: accounts, sessions: sessions) }
    var trail: AuditTrail { AuditTrail(database) }
    var states: DocumentStates { DocumentStates(database) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
