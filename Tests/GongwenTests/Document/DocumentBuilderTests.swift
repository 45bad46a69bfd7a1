import Testing

@testable import Gongwen

@Suite("Building the document tree")
struct DocumentBuilderTests {
    @Test func headingsAreNumberedPerLevelAndRestart() throws {
        let document = try TestSupport.document(
            templateText: """
                <html><body>
                <h2>甲</h2><h3>子</h3><h3>丑</h3><h4>细</h4><h5>末</h5>
                <h2>乙</h2><h3>寅</h3><h4>细</h4>
                <h2 class="unnumbered">附</h2>
                </body></html>
                """)
        let numbers = document.blocks.compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.number ?? "-" }
            return nil
        }
        #expect(numbers == ["一、", "（一）", "（二）", "1.", "（1）", "二、", "（一）", "1.", "-"])
    }

    @Test func templateLineWrapsAreNotText() throws {
        let document = try TestSupport.document(
            templateText: """
                <html><body>
                  <p>
                    第一句，
                    第二句。<strong>加粗</strong>
                  </p>
                  <p class="field"><span class="label">出席</span>  张明、陈刚</p>
                </body></html>
                """)
        #expect(
            document.blocks == [
                .paragraph(Paragraph(.body, [.text("第一句，第二句。"), .strong([.text("加粗")])])),
                .field(label: "出席", content: [.text("张明、陈刚")]),
            ])
    }

    @Test func userTextKeepsItsSpacesAndBreaks() throws {
        let view = ["v": TextView("a  b\tc\n第二行")]
        let document = try TestSupport.document(
            templateText: "<html><body><p>{{#v}}{{>lines}}{{/v}}</p></body></html>", view: view)
        #expect(document.blocks == [.paragraph(Paragraph(.body, [.text("a  b\tc"), .lineBreak, .text("第二行")]))])
    }

    @Test func markupInDataIsText() throws {
        let view = ["v": "<b>&amp;</b> {{x}} ]]>"]
        let document = try TestSupport.document(templateText: "<html><body><p>{{v}}</p></body></html>", view: view)
        #expect(document.blocks == [.paragraph(Paragraph(.body, [.text("<b>&amp;</b> {{x}} ]]>")]))])
    }

    @Test func tableSpansMakeTheGrid() throws {
        let document = try TestSupport.document(
            templateText: """
                <html><body><table>
                <colgroup><col width="1"/><col width="2"/><col width="3"/></colgroup>
                <thead><tr><th>单位</th><th colspan="2">任务</th></tr></thead>
                <tbody>
                <tr><td rowspan="2">组织处</td><td>甲</td><td>周婷</td></tr>
                <tr><td>乙</td><td>周婷</td></tr>
                </tbody></table></body></html>
                """)
        guard case .table(let table) = document.blocks.first else {
            Issue.record("no table")
            return
        }
        #expect(table.columnCount == 3)
        #expect(table.columnWidths == [1, 2, 3])
        let grid = table.grid(table.body)
        #expect(grid[0].count == 3)
        #expect(grid[1][0] == .continued(TableCell([.text("组织处")], rowSpan: 2)))
        #expect(grid[1][1] == .start(TableCell([.text("乙")])))
        #expect(table.grid(table.header)[0][2] == .spanned)
    }

    @Test func dumperShowsEveryNodeKind() throws {
        let meeting = try MeetingLoader().load(
            contentsOf: TestSupport.samples.appendingPathComponent("party-discipline-meeting.yaml"))
        let dump = TreeDumper.dump(try TestSupport.document(meeting))
        for kind in [
            "Mark", "Number", "RedRule", "Title", "Heading1 [一、]", "Heading2 [（一）]", "Heading3 [1.]",
            "Paragraph(body)", "Paragraph(signature)", "Paragraph(date)", "Roster \"出席\"", "List", "Table", "Strong(",
            "LineBreak",
        ] {
            #expect(dump.contains(kind), "missing \(kind)")
        }
    }

    // MARK: Numbers from templates and line breaks from data (issue 11)

    @Test(arguments: [
        #"<col width="9999999999999999"/>"#, #"<col width="0"/>"#, #"<col width="-3"/>"#,
    ])
    func outOfRangeWidthsAreTheTemplatesErrorAtItsLine(column: String) {
        let text = """
            <html><body>
            <table>
            <colgroup>\(column)</colgroup>
            <tbody><tr><td>甲</td></tr></tbody>
            </table>
            </body></html>
            """
        #expect {
            try TestSupport.document(templateText: text)
        } throws: { error in
            guard case GongwenError.invalidTemplate(let problems) = error else { return false }
            // Zero and negatives break the vocabulary's positiveInteger; the rest, Gongwen's bound.
            return problems.first?.location.line == 3
        }
    }

    @Test func aHugeSpanIsRefusedNotLoopedOver() {
        let text = """
            <html><body>
            <table><tbody>
            <tr><td colspan="4000000000">甲</td></tr>
            </tbody></table>
            </body></html>
            """
        #expect(throws: GongwenError.self) { try TestSupport.document(templateText: text) }
    }

    /// A chart takes its figures from the table before it: categories, the named columns, the label
    /// column, the 合计 row left out.
    @Test func aChartReadsTheTableBeforeIt() throws {
        let document = try TestSupport.document(
            templateText: """
                <html><body>
                <table><thead><tr><th>单位</th><th>部署</th><th>完成</th><th>完成率</th></tr></thead><tbody>
                <tr><td>组织处</td><td>3</td><td>1</td><td>33%</td></tr>
                <tr><td>办公室</td><td>2</td><td>2</td><td>100%</td></tr>
                <tr class="total"><td>合计</td><td>5</td><td>3</td><td>60%</td></tr>
                </tbody></table>
                <figure class="chart" data-type="bar" data-series="2 3" data-label="4"><figcaption>图</figcaption></figure>
                </body></html>
                """)
        guard case .chart(let chart)? = document.blocks.last else {
            Issue.record("no chart")
            return
        }
        #expect(chart.categories == ["组织处", "办公室"] && chart.categoryName == "单位")
        #expect(chart.series == [ChartSeries(name: "部署", values: [3, 2]), ChartSeries(name: "完成", values: [1, 2])])
        #expect(chart.labels == ["33%", "100%"] && chart.labelName == "完成率" && chart.caption == "图")
    }

    @Test(arguments: [
        // Not a count, a negative count, one past the limit, a column no row has, no table before it.
        ("<td>三</td>", "data-series=\"2\""), ("<td>-1</td>", "data-series=\"2\""),
        ("<td>1000000001</td>", "data-series=\"2\""), ("<td>1</td>", "data-series=\"5\""),
        ("<td>1</td>", "data-series=\"0\""),
    ])
    func aChartOfCellsThatAreNoCountsIsATemplateError(cell: String, series: String) {
        let text = """
            <html><body>
            <table><tbody><tr><td>组织处</td>\(cell)</tr></tbody></table>
            <figure class="chart" data-type="bar" \(series)><figcaption>图</figcaption></figure>
            </body></html>
            """
        #expect(throws: GongwenError.self) { try TestSupport.document(templateText: text) }
        let orphan =
            "<html><body><p>甲</p><figure class=\"chart\" data-type=\"line\" data-series=\"2\">"
            + "<figcaption>图</figcaption></figure></body></html>"
        #expect(throws: GongwenError.self) { try TestSupport.document(templateText: orphan) }
    }

    @Test func everyFieldKeepsTheDatasLineBreaks() throws {
        let meeting = try TestSupport.meeting(
            """
            meeting:
              title: "第一行\\n第二行"
              date: 2026-11-20
              location: "甲楼\\n三楼"
            reports:
              - unit: 公路处
                reporter: 张三
                topic: "一\\n二"
            tasks:
              - id: T-1
                content: "任务第一行\\n\\n任务第二行\\n"
            """)
        let document = try TestSupport.document(meeting)
        let dump = TreeDumper.dump(document)
        #expect(dump.contains("第一行"), "\(dump)")
        let title = document.blocks.compactMap { if case .title(let content) = $0 { content } else { nil } }.first
        #expect(title?.plainText == "第一行\n第二行纪要")
        let markdown = MarkdownWriter().write(document)
        let classic = MarkdownWriter().write(try TestSupport.document(meeting, template: "minutes-classic"))
        #expect(classic.contains("**地点**：甲楼\\\n三楼"))
        #expect(markdown.contains("任务第一行<br><br>任务第二行 |"))
        #expect(!markdown.contains("第一行第二行纪要"))
        // A sentence that quotes the title or place runs them together: the break belongs to the title block.
        #expect(markdown.contains("第一行第二行于2026年11月20日在甲楼三楼召开。"))
    }
}
