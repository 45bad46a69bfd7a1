import Foundation
import Synchronization

/// Zips a Word package into `.docx` bytes: content types first, fixed entry dates, deflated.
///
/// Every document of a run shares all its parts but `WordPackage.perDocumentParts` (styles,
/// settings, fonts, footers, relationships: the same bytes each time). Those parts are deflated
/// once and kept; each archive is then laid out from kept and new entries by `ZipWriter`, which
/// dates entries without libc's shared `gmtime` buffer, so archives written on several threads
/// at once each get exactly their own dates.
public enum DocxArchive {
    /// The DOS epoch, used for every entry unless `SOURCE_DATE_EPOCH` gives a time.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The shared parts last deflated, by part name.
    private static let sharedEntries = Mutex<[String: DeflatedEntry]>([:])

    /// The `.docx` bytes of `package`.
    public static func data(_ package: WordPackage, timestamp: Date? = nil) throws -> Data {
        let date = DOSDateTime(max(timestamp ?? fixedDate, fixedDate))
        let parts = [("[Content_Types].xml", try package.contentTypes)] + package.parts.map { ($0.name, $0.data) }
        var writer = ZipWriter()
        // Shared parts first, then the document's own: the order the archive has always had.
        for (name, bytes) in parts where !WordPackage.isPerDocument(name) {
            try writer.add(try shared(name, bytes), date: date)
        }
        for (name, bytes) in parts where WordPackage.isPerDocument(name) {
            try writer.add(try DeflatedEntry(name: name, bytes: bytes), date: date)
        }
        return try writer.data()
    }

    /// The kept entry for a shared part when its bytes are unchanged, else a new one, kept.
    private static func shared(_ name: String, _ bytes: [UInt8]) throws -> DeflatedEntry {
        if let kept = sharedEntries.withLock({ $0[name] }), kept.source == bytes { return kept }
        let entry = try DeflatedEntry(name: name, bytes: bytes)
        sharedEntries.withLock { $0[name] = entry }
        return entry
    }
}
