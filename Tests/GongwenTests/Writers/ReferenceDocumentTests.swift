import Foundation
import Testing
import ZIPFoundation

@testable import Gongwen

@Suite("Reference .docx")
struct ReferenceDocumentTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let r = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// A Word file as Chinese Word saves one: style ids `a` (Normal) and `1` (heading 1), Letter paper, a footer.
    static func makeReference() throws -> URL {
        let parts: [(String, String)] = [
            (
                "word/styles.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles \(w) xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:rPrDefault></w:docDefaults>
                <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="30"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/>
                <w:rPr><w:color w:val="1F3864" w14:themeShade="BF"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Our Own"/></w:style>
                </w:styles>
                """
            ),
            (
                "word/document.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document \(w) \(r)><w:body><w:p/><w:sectPr>
                <w:footerReference w:type="default" r:id="rId9"/>
                <w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="720" w:footer="720" w:gutter="0"/>
                </w:sectPr></w:body></w:document>
                """
            ),
            (
                "word/_rels/document.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer7.xml"/>
                </Relationships>
                """
            ),
            (
                "word/footer7.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:ftr \(w) \(r)><w:p><w:r><w:t>本单位页脚</w:t></w:r></w:p></w:ftr>
                """
            ),
        ]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).docx")
        let archive = try Archive(url: url, accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    @Test func takesTheOrganisationsStylesPageAndFooter() throws {
        let url = try Self.makeReference()
        defer { try? FileManager.default.removeItem(at: url) }
        let reference = try ReferenceDocument.load(contentsOf: url)
        #expect(reference.missingStyles.contains("Title"))
        #expect(reference.missingStyles.contains("Mark"))
        #expect(!reference.missingStyles.contains("Normal"))
        #expect(!reference.missingStyles.contains("Heading1"))

        let document = Document(title: "t", blocks: [.heading(Heading(level: 1, number: "一、", content: [.text("要求")]))])
        let package = try WordWriter(reference: reference).write(document)
        func part(_ name: String) -> String {
            String(decoding: package.parts.first { $0.name == name }!.data, as: UTF8.self)
        }
        let styles = part("word/styles.xml")
        #expect(styles.contains("w:styleId=\"Heading1\""))
        #expect(styles.contains("<w:basedOn w:val=\"Normal\"/>"))
        #expect(styles.contains("1F3864"))
        #expect(styles.contains("w:styleId=\"Custom\""))
        #expect(styles.contains("w:styleId=\"Title\""))
        #expect(styles.contains("仿宋_GB2312"))
        _ = try XMLTree.parse(styles)
        let body = part("word/document.xml")
        #expect(body.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"))
        #expect(body.contains("w:left=\"1800\""))
        #expect(part("word/footer1.xml").contains("本单位页脚"))
        #expect(part("word/footer2.xml").contains("本单位页脚"))
        let docx = try WordParts.docx(DocxArchive.data(package))
        #expect(docx.count == package.parts.count + 1)
    }

    @Test func notAWordFileIsAClearError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("not-\(UUID().uuidString).docx")
        try Data("plain text".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try ReferenceDocument.load(contentsOf: url)
        } throws: { error in
            "\(error)".contains("cannot read it as a Word .docx file")
        }
    }
}
