import Foundation

/// A chart as Word keeps it: a DrawingML chart part (`c:chartSpace`) whose figures are cached in
/// the part and held in an embedded workbook, so that Word's and WPS's 编辑数据 opens them.
///
/// Element order follows ECMA-376's `dml-chart.xsd` (checked in `Tests/Conformance/`).
struct WordChart {
    let chart: Chart
    /// 1, 2…: the part's number in the package.
    let number: Int

    static let namespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let contentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    static let workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    var partName: String { "word/charts/chart\(number).xml" }
    var workbookName: String { "word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx" }
    /// The id `document.xml` refers to the chart by.
    var relationshipID: String { "rIdChart\(number)" }

    /// The chart part, its relationships and the workbook.
    func parts() throws -> [WordPart] {
        [
            WordPart(name: partName, contentType: Self.contentType, data: try chartSpace()),
            WordPart(
                name: "word/charts/_rels/chart\(number).xml.rels",
                contentType: WordPackage.ContentType.relationships,
                data: try WordRelationships.chart(workbook: "../embeddings/Microsoft_Excel_Worksheet\(number).xlsx")),
            WordPart(
                name: workbookName, contentType: Self.workbookType, data: try ChartWorkbook(chart: chart).data()),
        ]
    }

    private func chartSpace() throws(XMLProblem) -> [UInt8] {
        let xml = XMLWriter()
        xml.start("c:chartSpace")
        xml.attribute("xmlns:c", Self.namespace)
        xml.attribute("xmlns:a", Self.drawingNamespace)
        xml.attribute("xmlns:r", WordBody.relationshipNamespace)
        xml.empty("c:date1904", ["val": "0"])
        xml.empty("c:lang", ["val": "zh-CN"])
        xml.empty("c:roundedCorners", ["val": "0"])
        xml.start("c:chart")
        // The caption stands above the chart in the document, as a 图题 does.
        xml.empty("c:autoTitleDeleted", ["val": "1"])
        xml.start("c:plotArea")
        xml.start("c:layout")
        xml.end()
        switch chart.kind {
        case .bar: bars(xml)
        case .line: lines(xml)
        }
        categoryAxis(xml)
        valueAxis(xml)
        xml.end()
        xml.start("c:legend")
        xml.empty("c:legendPos", ["val": "b"])
        xml.empty("c:overlay", ["val": "0"])
        xml.end()
        xml.empty("c:plotVisOnly", ["val": "1"])
        xml.empty("c:dispBlanksAs", ["val": "gap"])
        xml.end()
        textProperties(xml, size: 1000)
        xml.start("c:externalData")
        xml.attribute("r:id", WordRelationships.workbookID)
        xml.empty("c:autoUpdate", ["val": "0"])
        xml.end()
        xml.end()
        return try xml.finish()
    }

    private func bars(_ xml: XMLWriter) {
        xml.start("c:barChart")
        xml.empty("c:barDir", ["val": "bar"])
        xml.empty("c:grouping", ["val": "clustered"])
        xml.empty("c:varyColors", ["val": "0"])
        for (index, series) in chart.series.enumerated() {
            xml.start("c:ser")
            seriesStart(xml, index: index, series: series)
            xml.empty("c:invertIfNegative", ["val": "0"])
            // Every bar shows its figure; the completed bar adds the unit's 完成率 (the label column).
            xml.start("c:dLbls")
            if index == labelledSeries {
                for (point, label) in chart.labels.enumerated() where label != "—" && !label.isEmpty {
                    let value = series.values[point]
                    xml.start("c:dLbl")
                    xml.empty("c:idx", ["val": String(point)])
                    xml.start("c:tx")
                    xml.start("c:rich")
                    xml.empty("a:bodyPr")
                    xml.start("a:p")
                    xml.start("a:r")
                    xml.start("a:t")
                    // The figure, then the rate; a bar of 0 shows the rate alone, as the zero labels are hidden.
                    xml.text((value == 0 ? "" : "\(value)  ") + chart.labelName + label)
                    xml.end()
                    xml.end()
                    xml.end()
                    xml.end()
                    xml.end()
                    dataLabelFlags(xml)
                    xml.end()
                }
            }
            dataLabelFlags(xml)
            xml.end()
            categories(xml)
            values(xml, index: index, series: series)
            xml.end()
        }
        xml.empty("c:gapWidth", ["val": "60"])
        xml.empty("c:axId", ["val": "1001"])
        xml.empty("c:axId", ["val": "1002"])
        xml.end()
    }

    /// The series the label column belongs to: the one named 完成, else the first.
    private var labelledSeries: Int {
        chart.series.firstIndex { $0.name.contains("完成") && !$0.name.contains("未完成") } ?? 0
    }

    private func lines(_ xml: XMLWriter) {
        xml.start("c:lineChart")
        xml.empty("c:grouping", ["val": "standard"])
        xml.empty("c:varyColors", ["val": "0"])
        for (index, series) in chart.series.enumerated() {
            xml.start("c:ser")
            seriesStart(xml, index: index, series: series, line: true)
            xml.start("c:marker")
            xml.empty("c:symbol", ["val": "circle"])
            xml.empty("c:size", ["val": "5"])
            xml.end()
            categories(xml)
            values(xml, index: index, series: series)
            xml.empty("c:smooth", ["val": "0"])
            xml.end()
        }
        xml.empty("c:marker", ["val": "1"])
        xml.empty("c:axId", ["val": "1001"])
        xml.empty("c:axId", ["val": "1002"])
        xml.end()
    }

    /// idx, order, the name (the workbook's header cell) and the colour.
    private func seriesStart(_ xml: XMLWriter, index: Int, series: ChartSeries, line: Bool = false) {
        xml.empty("c:idx", ["val": String(index)])
        xml.empty("c:order", ["val": String(index)])
        xml.start("c:tx")
        stringReference(xml, formula: "Sheet1!$\(ChartWorkbook.column(index + 1))$1", [series.name])
        xml.end()
        xml.start("c:spPr")
        let colour = String(SVGChart.colours[index % SVGChart.colours.count].dropFirst()).uppercased()
        if line {
            xml.start("a:ln")
            xml.attribute("w", "25400")
            solidFill(xml, colour)
            xml.end()
        } else {
            solidFill(xml, colour)
        }
        xml.end()
    }

    private func solidFill(_ xml: XMLWriter, _ colour: String) {
        xml.start("a:solidFill")
        xml.empty("a:srgbClr", ["val": colour])
        xml.end()
    }

    /// Labels with their figure, zeros left out (`0;-0;;@`: nothing for zero) so that the empty bars
    /// of a unit do not pile up 0s.
    private func dataLabelFlags(_ xml: XMLWriter, position: String = "outEnd") {
        xml.empty("c:numFmt", ["formatCode": "0;-0;;@", "sourceLinked": "0"])
        xml.empty("c:dLblPos", ["val": position])
        xml.empty("c:showLegendKey", ["val": "0"])
        xml.empty("c:showVal", ["val": "1"])
        xml.empty("c:showCatName", ["val": "0"])
        xml.empty("c:showSerName", ["val": "0"])
        xml.empty("c:showPercent", ["val": "0"])
        xml.empty("c:showBubbleSize", ["val": "0"])
    }

    private func categories(_ xml: XMLWriter) {
        xml.start("c:cat")
        stringReference(xml, formula: "Sheet1!$A$2:$A$\(chart.categories.count + 1)", chart.categories)
        xml.end()
    }

    private func values(_ xml: XMLWriter, index: Int, series: ChartSeries) {
        let column = ChartWorkbook.column(index + 1)
        xml.start("c:val")
        xml.start("c:numRef")
        xml.start("c:f")
        xml.text("Sheet1!$\(column)$2:$\(column)$\(series.values.count + 1)")
        xml.end()
        xml.start("c:numCache")
        xml.start("c:formatCode")
        xml.text("General")
        xml.end()
        xml.empty("c:ptCount", ["val": String(series.values.count)])
        for (point, value) in series.values.enumerated() {
            xml.start("c:pt")
            xml.attribute("idx", String(point))
            xml.start("c:v")
            xml.text(String(value))
            xml.end()
            xml.end()
        }
        xml.end()
        xml.end()
        xml.end()
    }

    private func stringReference(_ xml: XMLWriter, formula: String, _ texts: [String]) {
        xml.start("c:strRef")
        xml.start("c:f")
        xml.text(formula)
        xml.end()
        xml.start("c:strCache")
        xml.empty("c:ptCount", ["val": String(texts.count)])
        for (point, text) in texts.enumerated() {
            xml.start("c:pt")
            xml.attribute("idx", String(point))
            xml.start("c:v")
            xml.text(text)
            xml.end()
            xml.end()
        }
        xml.end()
        xml.end()
    }

    /// The categories down the left for bars (first at the top, as in the table), along the bottom for lines.
    private func categoryAxis(_ xml: XMLWriter) {
        xml.start("c:catAx")
        xml.empty("c:axId", ["val": "1001"])
        xml.start("c:scaling")
        xml.empty("c:orientation", ["val": chart.kind == .bar ? "maxMin" : "minMax"])
        xml.end()
        xml.empty("c:delete", ["val": "0"])
        xml.empty("c:axPos", ["val": chart.kind == .bar ? "l" : "b"])
        xml.empty("c:numFmt", ["formatCode": "General", "sourceLinked": "1"])
        xml.empty("c:majorTickMark", ["val": "none"])
        xml.empty("c:minorTickMark", ["val": "none"])
        xml.empty("c:tickLblPos", ["val": "nextTo"])
        xml.empty("c:crossAx", ["val": "1002"])
        xml.empty("c:crosses", ["val": "autoZero"])
        xml.empty("c:auto", ["val": "1"])
        xml.empty("c:lblAlgn", ["val": "ctr"])
        xml.empty("c:lblOffset", ["val": "100"])
        xml.empty("c:noMultiLvlLbl", ["val": "0"])
        xml.end()
    }

    private func valueAxis(_ xml: XMLWriter) {
        let step = ChartGeometry.step(for: chart.maximum)
        xml.start("c:valAx")
        xml.empty("c:axId", ["val": "1002"])
        xml.start("c:scaling")
        xml.empty("c:orientation", ["val": "minMax"])
        xml.empty("c:max", ["val": String(((chart.maximum + step - 1) / step) * step)])
        xml.empty("c:min", ["val": "0"])
        xml.end()
        xml.empty("c:delete", ["val": "0"])
        // Bars run rightwards with the figures along the bottom; a reversed category axis would put
        // them at the top unless the value axis crosses at the maximum.
        xml.empty("c:axPos", ["val": chart.kind == .bar ? "b" : "l"])
        xml.start("c:majorGridlines")
        xml.start("c:spPr")
        xml.start("a:ln")
        xml.attribute("w", "6350")
        solidFill(xml, "BFBFBF")
        xml.end()
        xml.end()
        xml.end()
        xml.empty("c:numFmt", ["formatCode": "0", "sourceLinked": "0"])
        xml.empty("c:majorTickMark", ["val": "none"])
        xml.empty("c:minorTickMark", ["val": "none"])
        xml.empty("c:tickLblPos", ["val": "nextTo"])
        xml.empty("c:crossAx", ["val": "1001"])
        xml.empty("c:crosses", ["val": chart.kind == .bar ? "max" : "autoZero"])
        xml.empty("c:crossBetween", ["val": "between"])
        xml.empty("c:majorUnit", ["val": String(step)])
        xml.end()
    }

    /// The chart's text in the document's faces: 仿宋 for Chinese, Times New Roman for figures.
    private func textProperties(_ xml: XMLWriter, size: Int) {
        xml.start("c:txPr")
        xml.empty("a:bodyPr")
        xml.empty("a:lstStyle")
        xml.start("a:p")
        xml.start("a:pPr")
        xml.start("a:defRPr")
        xml.attribute("sz", String(size))
        xml.empty("a:latin", ["typeface": "Times New Roman"])
        xml.empty("a:ea", ["typeface": "仿宋"])
        xml.end()
        xml.end()
        xml.empty("a:endParaRPr", ["lang": "zh-CN"])
        xml.end()
        xml.end()
    }
}
