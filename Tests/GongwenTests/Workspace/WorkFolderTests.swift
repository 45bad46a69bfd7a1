import Foundation
import Testing

@testable import Gongwen

@Suite("Work folder")
struct WorkFolderTests {
    /// A kept file of several pieces comes back whole and in order; a missing or empty one is none.
    @Test func aLargeFileIsReadWholeOnEveryCore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // More than four pieces' worth (4 MB each), not a multiple of one, and a pattern whose
        // period (a prime) does not divide a piece: pieces put back in the wrong place would show.
        let period = Data((0..<65_537).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
        var bytes = Data()
        while bytes.count < 18 << 20 { bytes.append(period) }
        bytes.append(period.prefix(12_345))
        let file = folder.appendingPathComponent("kept.bin")
        try bytes.write(to: file)
        #expect(WorkFolder.read(file) == bytes)
        #expect(WorkFolder.read(folder.appendingPathComponent("missing.bin")) == nil)
        let empty = folder.appendingPathComponent("empty.bin")
        try Data().write(to: empty)
        #expect(WorkFolder.read(empty) == nil)
    }
}
