import Foundation

/// The workbook embedded with a Word chart: the chart's table on one sheet (categories in column A,
/// a series per column, then the label column), as Word's 编辑数据 opens it.
struct ChartWorkbook {
    let chart: Chart

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// `A`, `B`, … `Z`, `AA`…: the letters of a column, 0 being `A`.
    static func column(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    /// The `.xlsx` bytes, dated like the Word file's own entries.
    func data() throws -> [UInt8] {
        let typeBase = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        let parts: [(String, [UInt8])] = [
            (
                "[Content_Types].xml",
                try xml("Types", namespace: "http://schemas.openxmlformats.org/package/2006/content-types") { xml in
                    xml.empty("Default", ["Extension": "rels", "ContentType": WordPackage.ContentType.relationships])
                    xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
                    xml.empty("Override", ["PartName": "/xl/workbook.xml", "ContentType": typeBase + "sheet.main+xml"])
                    xml.empty(
                        "Override",
                        ["PartName": "/xl/worksheets/sheet1.xml", "ContentType": typeBase + "worksheet+xml"])
                }
            ),
            ("_rels/.rels", try relationships("officeDocument", "xl/workbook.xml")),
            (
                "xl/workbook.xml",
                try xml("workbook", namespace: Self.main) { xml in
                    xml.attribute("xmlns:r", WordBody.relationshipNamespace)
                    xml.start("sheets")
                    xml.empty("sheet", ["name": "Sheet1", "sheetId": "1", "r:id": "rId1"])
                    xml.end()
                }
            ),
            ("xl/_rels/workbook.xml.rels", try relationships("worksheet", "worksheets/sheet1.xml")),
            ("xl/worksheets/sheet1.xml", try sheet()),
        ]
        var writer = ZipWriter()
        for (name, bytes) in parts {
            try writer.add(try DeflatedEntry(name: name, bytes: bytes), date: DOSDateTime(DocxArchive.fixedDate))
        }
        return [UInt8](try writer.data())
    }

    private func sheet() throws(XMLProblem) -> [UInt8] {
        try xml("worksheet", namespace: Self.main) { xml in
            xml.start("sheetData")
            let header =
                [chart.categoryName] + chart.series.map(\.name) + (chart.labels.isEmpty ? [] : [chart.labelName])
            row(xml, 1, header.map { .text($0) })
            for (index, category) in chart.categories.enumerated() {
                let values = chart.series.map { Cell.number($0.values[index]) }
                let label = index < chart.labels.count ? [Cell.text(chart.labels[index])] : []
                row(xml, index + 2, [.text(category)] + values + label)
            }
            xml.end()
        }
    }

    private enum Cell {
        case text(String)
        case number(Int)
    }

    private func row(_ xml: XMLWriter, _ number: Int, _ cells: [Cell]) {
        xml.start("row")
        xml.attribute("r", String(number))
        for (index, cell) in cells.enumerated() {
            xml.start("c")
            xml.attribute("r", Self.column(index) + String(number))
            switch cell {
            case .text(let text):
                xml.attribute("t", "inlineStr")
                xml.start("is")
                xml.start("t")
                xml.text(text)
                xml.end()
                xml.end()
            case .number(let value):
                xml.start("v")
                xml.text(String(value))
                xml.end()
            }
            xml.end()
        }
        xml.end()
    }

    private func relationships(_ type: String, _ target: String) throws(XMLProblem) -> [UInt8] {
        try xml("Relationships", namespace: "http://schemas.openxmlformats.org/package/2006/relationships") { xml in
            xml.empty("Relationship", ["Id": "rId1", "Type": WordRelationships.base + type, "Target": target])
        }
    }

    private func xml(_ root: String, namespace: String, _ body: (XMLWriter) -> Void) throws(XMLProblem) -> [UInt8] {
        let xml = XMLWriter()
        xml.start(root)
        xml.attribute("xmlns", namespace)
        body(xml)
        xml.end()
        return try xml.finish()
    }
}
