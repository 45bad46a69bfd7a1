import Foundation
import Testing

@testable import Gongwen

@Suite("HTML writer")
struct HTMLWriterTests {
    private let page = HTMLWriter().write(
        Document(
            title: "<标题>",
            blocks: [
                .title([.text("a & b")]),
                .paragraph(Paragraph(.signature, [.text("<script>alert(1)</script>")])),
                .field(label: "出席", content: [.text("张明\"")]),
                .table(Table(body: [[TableCell([.text("x")], columnSpan: 2)]])),
            ]))

    @Test func everythingIsEscaped() {
        #expect(page.contains("<title>&lt;标题&gt;</title>"))
        #expect(page.contains("<h1>a &amp; b</h1>"))
        #expect(page.contains("<p class=\"signature\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"))
        #expect(page.contains("张明&quot;"))
        #expect(!page.contains("<script"))
    }

    @Test func selfContainedPrintablePage() {
        #expect(page.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        #expect(page.contains("width: 156mm"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(page.contains("<td colspan=\"2\">x</td>"))
    }

    @Test func theLastRowOfATableBeforeTheSignatureStandsInOneBoxWithIt() {
        func row(_ number: Int) -> [TableCell] {
            ["\(number)", "任务\(number)", "组织处"].map { TableCell([.text($0)]) }
        }
        let table = Table(header: [["序号", "任务内容", "牵头单位"].map { TableCell([.text($0)]) }], body: (1...3).map(row))
        let closing: [Block] = [
            .paragraph(Paragraph(.signature, [.text("市交通委员会")])), .paragraph(Paragraph(.date, [.text("2026年11月30日")])),
        ]
        let html = HTMLWriter().write(Document(title: "t", blocks: [.table(table)] + closing))
        // Rows 1 and 2 in the table; row 3 in a table of its own, boxed with the signature and date.
        let box = html.components(separatedBy: "<div class=\"closing\">")
        #expect(box.count == 2)
        #expect(
            box[0].contains("<table class=\"before-closing\">") && box[0].contains(">任务2<") && !box[0].contains(">任务3<")
        )
        let inside = box[1].components(separatedBy: "</div>")[0]
        #expect(inside.contains("<table class=\"last-row\">") && inside.contains(">任务3<"))
        #expect(inside.contains("市交通委员会") && inside.contains("2026年11月30日"))
        // Without a signature after it, the table is one table.
        let plain = HTMLWriter().write(Document(title: "t", blocks: [.table(table)]))
        #expect(!plain.contains("<div class=\"closing\">"))
        #expect(plain.components(separatedBy: "<table").count == 2)
    }
}
