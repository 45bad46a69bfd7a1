/// One part of a WordprocessingML package: its name inside the package, content type and bytes.
public struct WordPart: Hashable, Sendable {
    /// The part name without the leading slash (`word/document.xml`).
    public let name: String
    /// The part's content type.
    public let contentType: String
    /// The part's XML, with its declaration, or the bytes of a binary part (an embedded workbook).
    public let data: [UInt8]

    /// Whether the part is XML (its content type says so) rather than binary.
    public var isXML: Bool { contentType.hasSuffix("+xml") || contentType == "application/xml" }
}

/// The parts of a Word document, ready to be zipped (`.docx`) or flattened (Flat OPC `.xml`).
public struct WordPackage: Hashable, Sendable {
    /// Every part except `[Content_Types].xml`, which is derived from them.
    public let parts: [WordPart]

    /// `[Content_Types].xml`: a default for relationships and XML, an override for each part.
    public var contentTypes: [UInt8] {
        get throws(XMLProblem) {
            let writer = XMLWriter()
            writer.start("Types")
            writer.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")
            writer.empty("Default", ["Extension": "rels", "ContentType": ContentType.relationships])
            writer.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
            for part in parts where part.contentType != ContentType.relationships {
                writer.empty("Override", ["PartName": "/" + part.name, "ContentType": part.contentType])
            }
            writer.end()
            return try writer.finish()
        }
    }

    /// The part names written in more than one place.
    enum PartName {
        static let document = "word/document.xml"
        static let coreProperties = "docProps/core.xml"
    }

    /// The parts whose bytes come from the document itself; every other part is the same for
    /// every document written with the same options (what `DocxArchive` zips once per run).
    static let perDocumentParts: Set<String> = [PartName.document, PartName.coreProperties]

    /// Whether a part's bytes come from the document: those above, and a chart's parts and workbook.
    static func isPerDocument(_ name: String) -> Bool {
        perDocumentParts.contains(name) || name.hasPrefix("word/charts/") || name.hasPrefix("word/embeddings/")
    }

    /// Content types of the parts Gongwen writes.
    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let fontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        static let header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
    }
}
