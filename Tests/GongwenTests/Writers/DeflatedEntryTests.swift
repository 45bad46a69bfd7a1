import Foundation
import Testing
import ZIPFoundation

@testable import Gongwen

@Suite("Deflated entries")
struct DeflatedEntryTests {
    /// Rows of a long table's XML, varied as tasks and units vary.
    static func tableXML(bytes count: Int) -> [UInt8] {
        var text = ""
        var row = 0
        while text.utf8.count < count {
            text += "<w:tr><w:tc><w:p><w:r><w:t>\(row * 7919 % 10007)</w:t></w:r></w:p></w:tc>"
            text +=
                "<w:tc><w:p><w:r><w:t>第\(row % 97)项任务由\(["区住房局", "市交通委员会", "县教育局"][row % 3])牵头</w:t></w:r></w:p></w:tc></w:tr>"
            row += 1
        }
        return Array(text.utf8)
    }

    /// Inflated through ZIPFoundation, which checks the CRC as it extracts.
    static func extracted(_ entry: DeflatedEntry) throws -> [UInt8] {
        var writer = ZipWriter()
        try writer.add(entry, date: DOSDateTime(DocxArchive.fixedDate))
        let archive = try Archive(data: try writer.data(), accessMode: .read)
        var bytes = Data()
        _ = try archive.extract(try #require(archive[entry.name])) { bytes.append($0) }
        return Array(bytes)
    }

    /// A part of several slices (a month's summary) is deflated on every core and still comes
    /// back whole, small, and the same each time.
    @Test(arguments: [DeflatedEntry.slice + 1, DeflatedEntry.slice * 7 / 2])
    func aPartOfSeveralSlicesComesBackWhole(size: Int) throws {
        let bytes = Array(Self.tableXML(bytes: size).prefix(size))
        let entry = try DeflatedEntry(name: "word/document.xml", bytes: bytes)
        #expect(try Self.extracted(entry) == bytes)
        #expect(entry.compressed.count < bytes.count / 10)
        #expect(try DeflatedEntry(name: "word/document.xml", bytes: bytes).compressed == entry.compressed)
    }

    /// A meeting's part, up to a whole slice, is one stream with ZIPFoundation's settings: on
    /// Linux, where ZIPFoundation deflates with the same zlib, the bytes its archives held.
    @Test func aPartOfOneSliceIsDeflatedAsZIPFoundationDid() throws {
        let slice = Array(Self.tableXML(bytes: DeflatedEntry.slice).prefix(DeflatedEntry.slice))
        for bytes in [[], Array("<w:document/>".utf8), Self.tableXML(bytes: 200_000), slice] {
            let entry = try DeflatedEntry(name: "word/document.xml", bytes: bytes)
            let data = Data(bytes)
            var theirs = Data()
            let crc = try Data.compress(
                size: Int64(data.count), bufferSize: max(data.count, 1),
                provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) },
                consumer: { theirs.append($0) })
            #if os(Linux)
                #expect(entry.compressed == theirs)
            #endif
            #expect(entry.crc32 == crc)
            #expect(try Self.extracted(entry) == bytes)
        }
    }
}
