import Testing

@testable import Gongwen

@Suite("Markdown writer")
struct MarkdownWriterTests {
    private func markdown(_ blocks: [Block]) -> String {
        MarkdownWriter().write(Document(title: "t", blocks: blocks))
    }

    @Test(arguments: [
        ("*星号* _下划线_", "\\*星号\\* \\_下划线\\_"),
        ("# 不是标题", "\\# 不是标题"),
        ("1. 不是列表", "1\\. 不是列表"),
        ("2026) 不是列表", "2026\\) 不是列表"),
        ("- 不是列表", "\\- 不是列表"),
        ("+ 不是列表", "\\+ 不是列表"),
        ("a|b <c> `d` [e](f) ~g~ &amp; \\", "a\\|b \\<c\\> \\`d\\` \\[e\\](f) \\~g\\~ \\&amp; \\\\"),
        ("  前导空格", "&#32;&#32;前导空格"),
        ("2026.11 不变", "2026\\.11 不变"),
        ("统一思想，聚焦重点！", "统一思想，聚焦重点！"),
        ("完成率100%!", "完成率100%\\!"),
        ("\t缩进", "&#9;缩进"),
        ("=号开头", "\\=号开头"),
    ])
    func userTextStaysLiteral(text: String, expected: String) {
        #expect(markdown([.paragraph(Paragraph(.body, [.text(text)]))]) == expected + "\n")
    }

    @Test func headingsCarryTheirNumbers() {
        let output = markdown([
            .title([.text("标题")]),
            .heading(Heading(level: 1, number: "一、", content: [.text("统一思想")])),
            .heading(Heading(level: 2, number: "（一）", content: [.text("#要点")])),
        ])
        #expect(output == "# 标题\n\n## 一、统一思想\n\n### （一）\\#要点\n")
    }

    @Test func boldLeadBeforeChineseTextStillCloses() {
        let output = markdown([.paragraph(Paragraph(.body, [.strong([.text("一要学懂弄通。")]), .text("坚持学习。")]))])
        #expect(output == "**一要学懂弄通**。坚持学习。\n")
    }

    @Test func lineBreaksAreHardBreaks() {
        let output = markdown([.paragraph(Paragraph(.body, [.text("第一行"), .lineBreak, .text("1. 第二行")]))])
        #expect(output == "第一行\\\n1\\. 第二行\n")
    }

    @Test func listsAreNumberedAndTablesRepeatNoCell() {
        let table = Table(
            header: [[TableCell([.text("单位")]), TableCell([.text("任务")])]],
            body: [
                [TableCell([.text("组织处")], rowSpan: 2), TableCell([.text("甲|乙")])],
                [TableCell([.text("丙")])],
            ])
        let output = markdown([.list([[.text("一")], [.text("二")]]), .table(table)])
        #expect(output == "1. 一\n2. 二\n\n| 单位 | 任务 |\n| --- | --- |\n| 组织处 | 甲\\|乙 |\n|  | 丙 |\n")
    }
}
