import Foundation
import ZIPFoundation

/// Zips a Word package into `.docx` bytes: content types first, fixed entry dates, deflated.
public enum DocxArchive {
    /// The DOS epoch, used for every entry unless `SOURCE_DATE_EPOCH` gives a time.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The `.docx` bytes of `package`.
    public static func data(_ package: WordPackage, timestamp: Date? = nil) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = max(timestamp ?? fixedDate, fixedDate)
        let entries = [("[Content_Types].xml", package.contentTypes)] + package.parts.map { ($0.name, $0.data) }
        for (name, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let result = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return result
    }
}
