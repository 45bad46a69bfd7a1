import Foundation
import Synchronization
import ZIPFoundation

/// Zips a Word package into `.docx` bytes: content types first, fixed entry dates, deflated.
///
/// Every document of a run shares all its parts but `WordPackage.perDocumentParts` (styles,
/// settings, fonts, footers, relationships: the same bytes each time). Those shared parts are
/// zipped once and kept; each document then adds its own parts, last, to a copy.
public enum DocxArchive {
    /// The DOS epoch, used for every entry unless `SOURCE_DATE_EPOCH` gives a time.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The shared parts last zipped, with the archive made of them.
    private struct SharedArchive {
        let entries: [(name: String, bytes: [UInt8])]
        let date: Date
        let data: Data

        func holds(_ other: [(name: String, bytes: [UInt8])], date otherDate: Date) -> Bool {
            date == otherDate && entries.elementsEqual(other) { $0.name == $1.name && $0.bytes == $1.bytes }
        }
    }

    private static let lastShared = Mutex<SharedArchive?>(nil)

    /// The `.docx` bytes of `package`.
    public static func data(_ package: WordPackage, timestamp: Date? = nil) throws -> Data {
        let date = max(timestamp ?? fixedDate, fixedDate)
        let entries = [("[Content_Types].xml", try package.contentTypes)] + package.parts.map { ($0.name, $0.data) }
        let shared = entries.filter { !WordPackage.perDocumentParts.contains($0.0) }
        let sharedData: Data
        if let kept = lastShared.withLock({ $0 }), kept.holds(shared, date: date) {
            sharedData = kept.data
        } else {
            let archive = try Archive(data: Data(), accessMode: .create)
            try add(shared, to: archive, date: date)
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            lastShared.withLock { $0 = SharedArchive(entries: shared, date: date, data: data) }
            sharedData = data
        }
        let archive = try Archive(data: sharedData, accessMode: .update)
        try add(entries.filter { WordPackage.perDocumentParts.contains($0.0) }, to: archive, date: date)
        guard let result = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return result
    }

    private static func add(_ entries: [(name: String, bytes: [UInt8])], to archive: Archive, date: Date) throws {
        for (name, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: .deflate, bufferSize: max(data.count, 1)
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }
}
