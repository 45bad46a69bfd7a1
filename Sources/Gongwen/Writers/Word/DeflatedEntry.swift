import Foundation
import ZIPFoundation

/// One file of a ZIP archive, deflated: its name, its CRC-32 and both sizes.
///
/// Holds no date, so the same compressed bytes serve every archive whatever its entry date.
struct DeflatedEntry: Sendable {
    let name: String
    /// The bytes it was made from, kept to tell whether a later part is the same.
    let source: [UInt8]
    let compressed: Data
    let crc32: UInt32

    /// Deflates `bytes` with zlib (through ZIPFoundation's stream, as its own archives do).
    init(name: String, bytes: [UInt8]) throws {
        self.name = name
        source = bytes
        let data = Data(bytes)
        var compressed = Data()
        crc32 = try Data.compress(
            size: Int64(data.count), bufferSize: max(data.count, 1),
            provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) },
            consumer: { compressed.append($0) })
        self.compressed = compressed
    }
}
