import Foundation

/// Writes a document as WordprocessingML parts after GB/T 9704: styles, A4 page, footers with `— N —`.
///
/// The writer only makes parts; `DocxArchive` zips them and `FlatOPCWriter` flattens them.
public struct WordWriter: Sendable {
    /// The time written into core properties, or nil for none (reproducible output).
    public var timestamp: Date?
    /// An organisation's Word file whose styles, page setup, header and footers replace Gongwen's.
    public var reference: ReferenceDocument?

    /// Creates the writer; pass `timestamp` only when `SOURCE_DATE_EPOCH` asks for one.
    public init(timestamp: Date? = nil, reference: ReferenceDocument? = nil) {
        self.timestamp = timestamp
        self.reference = reference
    }

    /// The package of `document`.
    /// `layout` is the document's page decisions, made once for every writer (`DocumentLayout`).
    public func write(_ document: Document, layout: DocumentLayout? = nil) throws -> WordPackage {
        typealias T = WordPackage.ContentType
        func fixed(_ path: String) -> [UInt8] { Array(BuiltInFiles.text(path).utf8) }
        let section = WordSection(reference: reference)
        let charts = document.blocks.compactMap { block -> Chart? in
            if case .chart(let chart) = block { chart } else { nil }
        }.enumerated().map { WordChart(chart: $0.element, number: $0.offset + 1) }
        var parts = [
            WordPart(name: "_rels/.rels", contentType: T.relationships, data: try WordRelationships.package()),
            WordPart(
                name: WordPackage.PartName.coreProperties, contentType: T.coreProperties,
                data: try coreProperties(document)
            ),
            WordPart(
                name: WordPackage.PartName.document, contentType: T.document,
                data: try WordBody.write(document, layout: layout ?? DocumentLayout(document), section: section)),
            WordPart(
                name: "word/_rels/document.xml.rels", contentType: T.relationships,
                data: try WordRelationships.document(withHeader: section.hasHeader, charts: charts)),
            WordPart(
                name: "word/styles.xml", contentType: T.styles, data: reference?.styles ?? fixed("word/styles.xml")),
            WordPart(name: "word/settings.xml", contentType: T.settings, data: fixed("word/settings.xml")),
            WordPart(name: "word/fontTable.xml", contentType: T.fontTable, data: fixed("word/fontTable.xml")),
            WordPart(
                name: "word/footer1.xml", contentType: T.footer,
                data: reference?.footers?.odd ?? fixed("word/footer-odd.xml")),
            WordPart(
                name: "word/footer2.xml", contentType: T.footer,
                data: reference?.footers?.even ?? fixed("word/footer-even.xml")),
        ]
        if let header = reference?.header {
            parts.append(WordPart(name: "word/header1.xml", contentType: T.header, data: header))
        }
        for chart in charts { parts += try chart.parts() }
        return WordPackage(parts: parts)
    }

    private func coreProperties(_ document: Document) throws(XMLProblem) -> [UInt8] {
        let writer = XMLWriter()
        writer.start("cp:coreProperties")
        writer.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        writer.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        writer.attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
        writer.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        writer.start("dc:title")
        writer.text(document.title)
        writer.end()
        writer.start("dc:creator")
        writer.text("Gongwen")
        writer.end()
        writer.start("dc:language")
        writer.text("zh-CN")
        writer.end()
        if let timestamp {
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            for name in ["dcterms:created", "dcterms:modified"] {
                writer.start(name)
                writer.attribute("xsi:type", "dcterms:W3CDTF")
                writer.text(formatter.string(from: timestamp))
                writer.end()
            }
        }
        writer.end()
        return try writer.finish()
    }
}
