/// The body's section properties: footers (and a header), page size, margins and the document grid.
///
/// Gongwen's figures come from `PageGeometry`; a reference document's page setup replaces them.
struct WordSection {
    var pageSize: [(String, String)] = [("w", String(PageGeometry.width)), ("h", String(PageGeometry.height))]
    var margins: [(String, String)] = [
        ("top", String(PageGeometry.top)), ("right", String(PageGeometry.right)),
        ("bottom", String(PageGeometry.bottom)),
        ("left", String(PageGeometry.left)), ("header", String(PageGeometry.header)),
        ("footer", String(PageGeometry.footer)),
        ("gutter", "0"),
    ]
    var grid: [(String, String)] = [("type", "lines"), ("linePitch", String(PageGeometry.linePitch))]
    var hasHeader = false

    init() {}

    /// Gongwen's section with a reference document's page setup.
    init(reference: ReferenceDocument?) {
        guard let reference else { return }
        if let size = reference.pageSetup["pgSz"] { pageSize = size }
        if let margins = reference.pageSetup["pgMar"] { self.margins = margins }
        if let grid = reference.pageSetup["docGrid"] { self.grid = grid }
        hasHeader = reference.header != nil
    }

    func write(to xml: XMLWriter) {
        xml.start("w:sectPr")
        if hasHeader {
            xml.empty("w:headerReference", ["w:type": "default", "r:id": WordRelationships.headerID])
        }
        xml.empty("w:footerReference", ["w:type": "default", "r:id": WordRelationships.oddFooterID])
        xml.empty("w:footerReference", ["w:type": "even", "r:id": WordRelationships.evenFooterID])
        element("w:pgSz", pageSize, xml)
        element("w:pgMar", margins, xml)
        xml.empty("w:pgNumType", ["w:fmt": "decimal"])
        xml.empty("w:cols", ["w:space": "425"])
        element("w:docGrid", grid, xml)
        xml.end()
    }

    private func element(_ name: String, _ attributes: [(String, String)], _ xml: XMLWriter) {
        xml.start(name)
        for (key, value) in attributes { xml.attribute("w:" + key, value) }
        xml.end()
    }
}
