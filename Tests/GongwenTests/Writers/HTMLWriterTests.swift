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
}
