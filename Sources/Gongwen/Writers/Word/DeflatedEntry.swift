import Foundation
import Synchronization

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

    /// Deflates `bytes` with zlib itself, with the settings ZIPFoundation's archives use on Linux
    /// (raw deflate, the default level, memory level 9), so there a meeting's parts are the bytes
    /// it gave. Its stream copied the part twice and summed the CRC a byte at a time in Swift.
    init(name: String, bytes: [UInt8]) throws {
        self.name = name
        source = bytes
        guard uInt(exactly: bytes.count) != nil else { throw CocoaError(.fileWriteUnknown) }
        crc32 = bytes.withUnsafeBufferPointer(checksum)
        compressed = try Self.deflated(bytes)
    }

    /// Bytes deflated in one stream up to this size; a longer part (a month's summary holds
    /// tables of thousands of rows: 19 MB of XML) is deflated in slices of it on every core.
    static let slice = 1 << 20

    /// A part of Word XML deflates to a few hundredths of its size: each slice goes out through a
    /// small buffer. The slices join as pigz joins them: every slice but the last ends on a byte
    /// boundary (a sync flush, not the final block) and starts from the 32 KB before it as its
    /// dictionary, so the stream is one deflate stream, nearly as small as deflated whole. Slices
    /// are cut by size, never by the number of cores, so the bytes are the same on every machine.
    private static func deflated(_ bytes: [UInt8]) throws -> Data {
        let slices = max((bytes.count + slice - 1) / slice, 1)
        guard slices > 1 else { return try deflated(bytes, 0..<bytes.count, last: true) }
        let parts = Mutex([Result<Data, CocoaError>?](repeating: nil, count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { index in
            let range = (index * slice)..<min((index + 1) * slice, bytes.count)
            let part = Result { () throws(CocoaError) in try deflated(bytes, range, last: index == slices - 1) }
            parts.withLock { $0[index] = part }
        }
        var compressed = Data()
        for part in parts.withLock({ $0 }) { compressed.append(try part!.get()) }
        return compressed
    }

    /// The deflate stream of `bytes[range]`, primed with the 32 KB before it; final when `last`.
    private static func deflated(_ bytes: [UInt8], _ range: Range<Int>, last: Bool) throws(CocoaError) -> Data {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw CocoaError(.fileWriteUnknown) }
        defer { deflateEnd(&stream) }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let failed = bytes.withUnsafeBufferPointer { input -> Bool in
            let window = max(range.lowerBound - 32 * 1024, 0)..<range.lowerBound
            if !window.isEmpty,
                deflateSetDictionary(&stream, input.baseAddress! + window.lowerBound, uInt(window.count)) != Z_OK
            {
                return true
            }
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress.map { $0 + range.lowerBound })
            stream.avail_in = uInt(range.count)
            let flush = last ? Z_FINISH : Z_SYNC_FLUSH
            // Done when the stream is ended (last) or the input is used and the buffer not filled.
            // With fresh room each call zlib always makes progress: anything but Z_OK is the end
            // or a failure (Z_BUF_ERROR would mean no progress, and so a loop without end).
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return deflate(&stream, flush)
                }
                guard status == Z_OK || status == Z_STREAM_END else { return true }
                output.append(contentsOf: buffer[..<(buffer.count - Int(stream.avail_out))])
                if status == Z_STREAM_END || (!last && stream.avail_in == 0 && stream.avail_out > 0) { return false }
            }
        }
        guard !failed else { throw CocoaError(.fileWriteUnknown) }
        return output
    }
}

/// The CRC-32 a ZIP entry records, zlib's own.
private func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    UInt32(crc32(0, bytes.baseAddress, uInt(bytes.count)))
}
