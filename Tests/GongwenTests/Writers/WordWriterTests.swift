import Foundation
import Testing
import ZIPFoundation

@testable import Gongwen

@Suite("Word writer")
struct WordWriterTests {
    private let document = Document(
        title: "纪要",
        blocks: [
            .title([.text("全面从严治党工作会议纪要")]),
            .heading(Heading(level: 1, number: "一、", content: [.text("会议强调")])),
            .paragraph(Paragraph(.body, [.strong([.text("一要")]), .text("a<b>&\tc"), .lineBreak, .text("d")])),
            .table(
                Table(
                    columnWidths: [1, 3],
                    header: [[TableCell([.text("单位")]), TableCell([.text("任务")])]],
                    body: [
                        [TableCell([.text("组织处")], rowSpan: 2), TableCell([.text("甲")])], [TableCell([.text("乙")])],
                    ])),
            .paragraph(Paragraph(.signature, [.text("市交通委员会")])),
            .paragraph(Paragraph(.date, [.text("2026年11月20日")])),
        ])

    private var documentXML: String {
        let part = try! WordWriter().write(document).parts.first { $0.name == "word/document.xml" }!
        return String(decoding: part.data, as: UTF8.self)
    }

    @Test func paragraphsReferToStyles() {
        let xml = documentXML
        #expect(xml.contains("<w:pStyle w:val=\"Title\"/>"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\"/>"))
        #expect(xml.contains("<w:rStyle w:val=\"Strong\"/>"))
        #expect(
            xml.contains("<w:t xml:space=\"preserve\">a&lt;b&gt;&amp;</w:t></w:r>") || xml.contains("a&lt;b&gt;&amp;"))
        #expect(xml.contains("<w:tab/>"))
        #expect(xml.contains("<w:br/>"))
    }

    @Test func tableHasGridHeaderAndVerticalMerge() {
        let xml = documentXML
        #expect(xml.contains("<w:tblGrid><w:gridCol w:w=\"2211\"/><w:gridCol w:w=\"6634\"/></w:tblGrid>"))
        #expect(xml.contains("<w:tblHeader/>"))
        #expect(xml.contains("<w:vMerge w:val=\"restart\"/>"))
        #expect(xml.contains("<w:vMerge/>"))
        #expect(
            !xml.contains(
                "<w:tc><w:tcPr><w:tcW w:w=\"2211\" w:type=\"dxa\"/><w:vMerge/><w:vAlign w:val=\"center\"/></w:tcPr></w:tc>"
            ))
    }

    @Test func sectionFollowsTheStandardAndComesLast() {
        let xml = documentXML
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(xml.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(xml.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"))
        #expect(xml.hasSuffix("</w:sectPr></w:body></w:document>\n"))
    }

    @Test func signatureAndDateAreIndentedTogether() throws {
        // 6-character signature, a date 8¼ characters wide as LibreOffice sets it (a quarter
        // character between each run of digits and the Chinese beside it): the date ends two
        // characters in, the signature starts two characters left of the date's first character.
        let indents = try #require(ClosingIndents(document.blocks))
        #expect(indents.signature == 2 + 8.25 + 2 - 6 && indents.date == 2)
        let xml = documentXML
        #expect(xml.contains("<w:ind w:right=\"\(Int((6.25 * Double(PageGeometry.character)).rounded()))\""))
        let html = HTMLWriter().write(document)
        #expect(html.contains("<p class=\"signature\" style=\"padding-right:6.25em\">"))
        #expect(html.contains("<p class=\"date\" style=\"padding-right:2.00em\">"))
    }

    @Test(arguments: [
        // A signature longer than the date keeps two characters; the date starts two in from it.
        ("中共江临市自然资源和规划局委员会", "2026年11月20日"),
        // One shorter than the date moves left of it.
        ("市交通委", "2026年1月5日"),
    ])
    func theDateStartsTwoCharactersRightOfTheSignature(signature: String, date: String) {
        let indents = ClosingIndents(signatureWidth: TextWidth.guarded(signature), dateWidth: TextWidth.guarded(date))
        let signatureStart = indents.signature + TextWidth.guarded(signature)
        let dateStart = indents.date + TextWidth.guarded(date)
        #expect(abs(signatureStart - dateStart - 2) < 0.001, "signature from \(signatureStart), date from \(dateStart)")
        #expect(min(indents.signature, indents.date) == 2)
    }

    @Test func everyRelationshipResolvesAndEveryPartHasAType() throws {
        let package = try WordWriter().write(document)
        let names = Set(package.parts.map(\.name))
        let documentRels = String(
            decoding: package.parts.first { $0.name == "word/_rels/document.xml.rels" }!.data, as: UTF8.self)
        for target in ["styles.xml", "settings.xml", "fontTable.xml", "footer1.xml", "footer2.xml"] {
            #expect(documentRels.contains("Target=\"\(target)\""))
            #expect(names.contains("word/" + target))
        }
        for id in [WordRelationships.oddFooterID, WordRelationships.evenFooterID] {
            #expect(documentXML.contains("r:id=\"\(id)\""))
            #expect(documentRels.contains("Id=\"\(id)\""))
        }
        let types = String(decoding: try package.contentTypes, as: UTF8.self)
        for part in package.parts where !part.name.hasSuffix(".rels") {
            #expect(types.contains("PartName=\"/\(part.name)\""))
        }
        for part in package.parts {
            let text = String(decoding: part.data, as: UTF8.self)
            #expect(
                text.contains("xmlns:r=") || part.name.hasSuffix(".rels") || part.name.hasPrefix("docProps"),
                "\(part.name) lacks xmlns:r")
        }
    }

    @Test func noTimestampUnlessAsked() throws {
        let plain = String(decoding: try WordWriter().write(document).parts[1].data, as: UTF8.self)
        #expect(!plain.contains("dcterms:created"))
        let stamped = String(
            decoding: try WordWriter(timestamp: Date(timeIntervalSince1970: 1_700_000_000)).write(document).parts[1]
                .data,
            as: UTF8.self)
        #expect(stamped.contains("2023-11-14T22:13:20Z"))
        #expect(
            try DocxArchive.data(try WordWriter().write(document)) == DocxArchive.data(try WordWriter().write(document))
        )
    }

    @Test func flatOPCHoldsTheSamePartsAsTheDocx() throws {
        let package = try WordWriter().write(document)
        let docx = try WordParts.docx(DocxArchive.data(package))
        let flat = WordParts.flat(Data(try FlatOPCWriter.write(package)))
        #expect(Set(flat.keys) == Set(docx.keys).subtracting(["[Content_Types].xml"]))
        let types = String(decoding: docx["[Content_Types].xml"]!, as: UTF8.self)
        for (name, part) in flat {
            #expect(part.xml == WordParts.root(of: docx[name]!), "\(name) differs")
            #expect(
                types.contains("PartName=\"/\(name)\" ContentType=\"\(part.contentType)\"") || name.hasSuffix(".rels"))
        }
    }

    @Test func sharedPartsZippedOnceStillMatchEachPackage() async throws {
        // The shared parts are zipped once and reused; packages whose shared parts differ (an
        // organisation's styles and footers, another entry date) must each get exactly their own
        // bytes and dates, also when built at the same time on several threads.
        let url = try ReferenceDocumentTests.makeReference()
        defer { try? FileManager.default.removeItem(at: url) }
        let reference = try ReferenceDocument.load(contentsOf: url)
        let other = Document(title: "另一份", blocks: [.paragraph(Paragraph(.body, [.text("正文")]))])
        let stamp = Date(timeIntervalSince1970: 1_700_000_000)
        let first = document
        let cases: [(Document, Date?, ReferenceDocument?)] = [
            (first, nil, nil), (other, nil, reference), (first, stamp, nil), (other, stamp, reference),
        ]
        func package(_ round: Int) throws -> (WordPackage, Date?) {
            let (doc, time, reference) = cases[round % cases.count]
            return (try WordWriter(timestamp: time, reference: reference).write(doc), time)
        }
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for round in 0..<1_000 {
                group.addTask {
                    let (package, time) = try package(round)
                    return (round, try DocxArchive.data(package, timestamp: time))
                }
            }
            return try await group.reduce(into: [Int: Data]()) { $0[$1.0] = $1.1 }
        }
        for (round, data) in results {
            let (package, time) = try package(round)
            let parts = try WordParts.docx(data)
            #expect(parts.count == package.parts.count + 1)
            for part in package.parts { #expect(parts[part.name] == Data(part.data), "\(part.name) in round \(round)") }
            let dates = try Set(
                Archive(data: data, accessMode: .read).map { $0.fileAttributes[.modificationDate] as? Date })
            #expect(dates == [time ?? DocxArchive.fixedDate], "round \(round)")
        }
    }

    @Test func aSentenceThatIntroducesAListKeepsWithItsFirstItem() throws {
        let document = Document(
            title: "t",
            blocks: [
                .paragraph(Paragraph(.body, [.text("2026年12月到期任务：")])),
                .list([[.text("完成甲。")], [.text("完成乙。")]]),
            ])
        let xml = String(
            decoding: try WordWriter().write(document).parts.first { $0.name == "word/document.xml" }!.data,
            as: UTF8.self)
        let leadIn = try #require(xml.range(of: "2026年12月到期任务："))
        let paragraphStart = try #require(
            xml.range(of: "<w:p>", options: .backwards, range: xml.startIndex..<leadIn.lowerBound))
        #expect(xml[paragraphStart.lowerBound..<leadIn.lowerBound].contains("<w:keepNext/>"))
        #expect(HTMLWriter().write(document).contains("p:not(.item):has(+ p.item)"))
    }
}

@Suite("Word tables written in slices")
struct WordTableSliceTests {
    /// A table of thousands of rows is written on every core; joined, its slices are the very
    /// bytes written in one go, merged cells and kept rows included.
    @Test func slicesJoinToTheTableWrittenInOneGo() throws {
        var body: [[TableCell]] = []
        for row in 0..<300 {
            if row == 150 {
                // Taller than a page: a row that may split, among rows kept whole.
                body.append([TableCell([.text("单位")]), TableCell([.text(String(repeating: "推进落实工作任务。", count: 300))])])
            } else if row % 7 == 0 {
                body.append([TableCell([.text("第\(row)组")], rowSpan: 2), TableCell([.text("任务\(row)")])])
                body.append([TableCell([.text("任务\(row)续")])])
            } else {
                body.append([
                    TableCell([.text("单位\(row % 13)")]), TableCell([.text(String(repeating: "落实", count: row % 40))]),
                ])
            }
        }
        let table = Table(header: [[TableCell([.text("单位")]), TableCell([.text("任务")])]], body: body)
        let document = Document(title: "表", blocks: [.table(table)])
        let settings = WordBody.CellSettings(layout: DocumentLayout(document), breakBefore: false)
        let kept = settings.layout.tableLayout(table).keepsRowTogether
        #expect(kept.contains(true) && kept.contains(false))
        func written(slicedFrom rows: Int) -> [UInt8] {
            let writer = WordBody(cells: settings)
            var wordTable = WordTable(layout: settings.layout.tableLayout(table), keepsWithNext: true)
            wordTable.rowsSliced = rows
            wordTable.write(in: writer)
            return writer.xml.fragment().bytes
        }
        let whole = written(slicedFrom: .max)
        #expect(whole.count > 10_000)
        #expect(written(slicedFrom: 1) == whole)
        #expect(written(slicedFrom: 100) == whole)
    }
}

@Suite("XML fragments")
struct XMLFragmentTests {
    /// A fragment is the bytes a document writer gives for the same elements, a Chinese attribute
    /// value included (a writer that never started a document writes it as character references).
    @Test func aFragmentWritesAsTheDocumentWould() throws {
        func write(_ xml: XMLWriter) {
            xml.start("w:docPr")
            xml.attribute("descr", "图表 1")
            xml.text("任务 <1> & 完成")
            xml.end()
        }
        let document = XMLWriter()
        document.start("w:body")
        write(document)
        document.end()
        let fragment = XMLWriter.forFragment()
        write(fragment)
        let part = fragment.fragment()
        #expect(part.failure == nil)
        let whole = String(decoding: try document.finish(), as: UTF8.self)
        #expect(whole.contains(String(decoding: part.bytes, as: UTF8.self)))
        #expect(String(decoding: part.bytes, as: UTF8.self).hasPrefix("<w:docPr descr=\"图表 1\">"))
    }

    /// An element left open in a fragment fails the document it is appended to.
    @Test func anOpenElementFailsTheDocument() {
        let fragment = XMLWriter.forFragment()
        fragment.start("w:tr")
        let document = XMLWriter()
        document.start("w:tbl")
        document.append(fragment.fragment())
        document.end()
        #expect(throws: XMLProblem.self) { try document.finish() }
    }
}
