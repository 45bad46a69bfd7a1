import Foundation

/// Writes a ZIP archive (APPNOTE 6.3) of deflated entries in memory.
///
/// Only what a Word package needs: no ZIP64, no encryption, no data descriptors. Entry dates
/// come from `DOSDateTime`, so no libc time function with shared state is called.
struct ZipWriter {
    private var body = Data()
    private var directory = Data()
    private var count = 0

    /// Appends `entry`, dated `date`, as a regular file readable by all (0644).
    mutating func add(_ entry: DeflatedEntry, date: DOSDateTime) throws {
        let name = Data(entry.name.utf8)
        guard let compressedSize = UInt32(exactly: entry.compressed.count),
            let size = UInt32(exactly: entry.source.count), let offset = UInt32(exactly: body.count),
            let nameLength = UInt16(exactly: name.count), count < Int(UInt16.max)
        else { throw CocoaError(.fileWriteUnknown) }
        // Fields shared by the local header and the central directory record, from
        // "version needed" (2.0, for deflate) to the name's length.
        var common = Data()
        common.append(little: UInt16(20))
        common.append(little: UInt16(0))  // flags
        common.append(little: UInt16(8))  // deflate
        common.append(little: date.time)
        common.append(little: date.date)
        common.append(little: entry.crc32)
        common.append(little: compressedSize)
        common.append(little: size)
        common.append(little: nameLength)
        common.append(little: UInt16(0))  // extra field length

        body.append(little: UInt32(0x0403_4b50))
        body.append(common)
        body.append(name)
        body.append(entry.compressed)

        directory.append(little: UInt32(0x0201_4b50))
        directory.append(little: UInt16(0x031e))  // made by: UNIX, APPNOTE 3.0 (for the mode bits)
        directory.append(common)
        directory.append(little: UInt16(0))  // comment length
        directory.append(little: UInt16(0))  // disk number
        directory.append(little: UInt16(0))  // internal attributes
        directory.append(little: UInt32(0o100644) << 16)  // a regular file, rw-r--r--
        directory.append(little: offset)
        directory.append(name)
        count += 1
    }

    /// The archive: the entries, their central directory and its end record.
    func data() throws -> Data {
        guard let directorySize = UInt32(exactly: directory.count), let directoryOffset = UInt32(exactly: body.count)
        else { throw CocoaError(.fileWriteUnknown) }
        var result = body
        result.append(directory)
        result.append(little: UInt32(0x0605_4b50))
        result.append(little: UInt16(0))  // this disk
        result.append(little: UInt16(0))  // the directory's disk
        result.append(little: UInt16(count))
        result.append(little: UInt16(count))
        result.append(little: directorySize)
        result.append(little: directoryOffset)
        result.append(little: UInt16(0))  // comment length
        return result
    }
}

extension Data {
    fileprivate mutating func append<Integer: FixedWidthInteger>(little value: Integer) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
