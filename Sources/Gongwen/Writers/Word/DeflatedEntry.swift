import Foundation

#if canImport(CZlib)
    // ZIPFoundation's module for the system zlib, which it brings on Linux.
    import CZlib
#else
    import zlib
#endif

/// One file of a ZIP archive, deflated: its name, its CRC-32 and both sizes.
///
/// Holds no date, so the same compressed bytes serve every archive whatever its entry date.
struct DeflatedEntry: Sendable {
    let name: String
    /// The bytes it was made from, kept to tell whether a later part is the same.
    let source: [UInt8]
    let compressed: Data
    let crc32: UInt32

    /// Deflates `bytes` with zlib itself, with the settings ZIPFoundation's archives use (raw
    /// deflate, the default level, memory level 9), so the bytes are those it gave. Its stream
    /// copied the part twice and summed the CRC a byte at a time in Swift: a tenth of a
    /// summary's last, single-core second went there.
    init(name: String, bytes: [UInt8]) throws {
        self.name = name
        source = bytes
        guard let count = uInt(exactly: bytes.count) else { throw CocoaError(.fileWriteUnknown) }
        crc32 = bytes.withUnsafeBufferPointer(checksum)
        compressed = try Self.deflated(bytes, count: count)
    }

    private static func deflated(_ bytes: [UInt8], count: uInt) throws -> Data {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw CocoaError(.fileWriteUnknown) }
        defer { deflateEnd(&stream) }
        // A part of Word XML deflates to a few hundredths of its size: out through a small buffer.
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        try bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = count
            var status = Z_OK
            while status != Z_STREAM_END {
                status = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return deflate(&stream, Z_FINISH)
                }
                guard status == Z_OK || status == Z_STREAM_END else { throw CocoaError(.fileWriteUnknown) }
                output.append(contentsOf: buffer[..<(buffer.count - Int(stream.avail_out))])
            }
        }
        return output
    }
}

/// The CRC-32 a ZIP entry records, zlib's own.
private func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    UInt32(crc32(0, bytes.baseAddress, uInt(bytes.count)))
}
