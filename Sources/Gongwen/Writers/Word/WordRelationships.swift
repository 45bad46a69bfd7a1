/// The relationship parts: which part points at which, by id.
enum WordRelationships {
    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// The ids `document.xml` uses for its footers.
    static let oddFooterID = "rIdFooterOdd"
    static let evenFooterID = "rIdFooterEven"
    static let headerID = "rIdHeader"
    /// The id a chart part gives its embedded workbook.
    static let workbookID = "rIdWorkbook"

    /// `_rels/.rels`.
    static func package() throws(XMLProblem) -> [UInt8] {
        try relationships([
            ("rIdDocument", officeDocument, WordPackage.PartName.document),
            ("rIdCore", coreProperties, WordPackage.PartName.coreProperties),
        ])
    }

    /// `word/_rels/document.xml.rels`; the header only when the document has one.
    static func document(withHeader: Bool, charts: [WordChart] = []) throws(XMLProblem) -> [UInt8] {
        var list = [
            ("rIdStyles", base + "styles", "styles.xml"),
            ("rIdSettings", base + "settings", "settings.xml"),
            ("rIdFonts", base + "fontTable", "fontTable.xml"),
            (oddFooterID, base + "footer", "footer1.xml"),
            (evenFooterID, base + "footer", "footer2.xml"),
        ]
        if withHeader { list.append((headerID, base + "header", "header1.xml")) }
        for chart in charts {
            list.append((chart.relationshipID, base + "chart", "charts/chart\(chart.number).xml"))
        }
        return try relationships(list)
    }

    /// `word/charts/_rels/chartN.xml.rels`: the chart's embedded workbook.
    static func chart(workbook: String) throws(XMLProblem) -> [UInt8] {
        try relationships([(workbookID, base + "package", workbook)])
    }

    private static func relationships(_ list: [(id: String, type: String, target: String)]) throws(XMLProblem)
        -> [UInt8]
    {
        let writer = XMLWriter()
        writer.start("Relationships")
        writer.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")
        for item in list {
            writer.empty("Relationship", ["Id": item.id, "Type": item.type, "Target": item.target])
        }
        writer.end()
        return try writer.finish()
    }
}
