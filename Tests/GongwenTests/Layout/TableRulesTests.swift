import Foundation
import Testing

@testable import Gongwen

/// The table rules of issue 20, on values real offices write: long unit names break only between
/// their words, the task keeps its share, empty columns go, labels and rows hold together.
@Suite("Table rules")
struct TableRulesTests {
    static func cell(_ text: String) -> TableCell { TableCell([.text(text)]) }

    static func taskTable(_ rows: [[String]], header: [String] = ["序号", "任务内容", "牵头单位", "责任人", "配合单位", "完成时限"])
        -> Table
    {
        Table(header: [header.map(cell)], body: rows.map { $0.map(cell) })
    }

    /// Each body cell's lines as the layout set them.
    static func lines(_ layout: TableLayout, column: Int) -> [[String]] {
        layout.table.body.map { row in
            row[column].content.split(separator: .lineBreak).map { [Inline]($0).plainText }
        }
    }

    @Test(arguments: [
        ("城市建设管理与房地产市场监管科", ["城市", "建设", "管理与", "房地产", "市场", "监管科"]),
        ("国土空间规划处", ["国土", "空间", "规划处"]),
        ("不动产登记中心、临江区建设工程质量安全监督站", ["不动产", "登记", "中心、", "临江区", "建设", "工程", "质量", "安全", "监督站"]),
        ("已完成（2026.11.28）", ["已完成", "（2026.11.28）"]),
    ])
    func unitNamesBreakOnlyBetweenWords(text: String, pieces: [String]) {
        #expect(CellLines.pieces(text) == pieces)
        #expect(CellLines.pieces(text).joined() == text)
    }

    @Test func longUnitNamesLeaveTheTaskItsShareAndBreakBetweenWords() {
        let table = Self.taskTable([
            [
                "1", "制定国土空间规划领域廉政风险防控清单，逐项明确防控措施和责任人", "中共江临市临江区住房和城乡建设局党组办公室", "东方雨辰",
                "城市建设管理与房地产市场监管科、临江区建设工程质量安全监督站", "2026年12月15日",
            ],
            ["2", "开展不动产登记窗口作风专项整治", "不动产登记中心", "王强", "", "2026年12月31日"],
        ])
        let layout = TableLayout(table)
        let total = Double(layout.widths.reduce(0, +))
        // The task column is never squeezed to a sliver (it was 11 %, three characters, before): it
        // is at least as wide as any other column, and beside a partner list as long as itself the
        // two share the room by lines.
        #expect(layout.widths.indices.allSatisfy { layout.widths[1] >= layout.widths[$0] }, "\(layout.widths)")
        #expect(Double(layout.widths[1]) / total > 0.18, "\(layout.widths)")
        // Every line of the unit and partner cells is made of whole words.
        for column in [2, 4] {
            for (row, cellLines) in Self.lines(layout, column: column).enumerated() {
                let text = table.body[row][column].content.plainText
                let pieces = CellLines.pieces(text)
                for line in cellLines where !line.isEmpty {
                    var rest = Substring(line)
                    for piece in pieces where rest.hasPrefix(piece) { rest = rest.dropFirst(piece.count) }
                    #expect(
                        rest.isEmpty || pieces.contains { $0.hasPrefix(rest) && line == text }, "\(line) splits a word")
                }
                #expect(cellLines.joined() == text)
            }
        }
        // Names, 序号 and dates stay whole: no line break was put in them.
        #expect(Self.lines(layout, column: 3).allSatisfy { $0.count == 1 })
        #expect(Self.lines(layout, column: 5).allSatisfy { $0.count == 1 })
    }

    @Test func theTaskGetsFortyPercentWhenTheOthersCanGiveIt() {
        let table = Self.taskTable(
            [["1", String(repeating: "把全面从严治党要求落实到各项工作中", count: 3), "组织处", "周婷", "2026年12月31日"]],
            header: ["序号", "任务内容", "牵头单位", "责任人", "完成时限"])
        let layout = TableLayout(table)
        #expect(Double(layout.widths[1]) >= 0.4 * Double(layout.widths.reduce(0, +)), "\(layout.widths)")
    }

    @Test func theTaskColumnLeadsEvenBesideALongerUnitName() {
        let table = Self.taskTable(
            [["1", "组织开展专题学习研讨", "中共江临市临江区住房和城乡建设局党组办公室", "诸葛明", "2026年11月30日"]],
            header: ["序号", "任务内容", "牵头单位", "责任人", "完成时限"])
        let layout = TableLayout(table)
        #expect(layout.widths.indices.allSatisfy { layout.widths[1] >= layout.widths[$0] }, "\(layout.widths)")
    }

    @Test func aColumnEmptyInEveryRowIsLeftOut() {
        let table = Self.taskTable([["1", "任务甲", "组织处", "周婷", "", "2026年12月31日"], ["2", "任务乙", "人事处", "郑洁", "", ""]])
        let layout = TableLayout(table)
        #expect(layout.table.header[0].map(\.content.plainText) == ["序号", "任务内容", "牵头单位", "责任人", "完成时限"])
        #expect(layout.widths.count == 5)
    }

    /// Blank is what Foundation's `.whitespaces` holds: spaces (the ideographic one too), tabs and
    /// the zero-width space, not a line break.
    @Test func aColumnOfSpacesIsEmptyButOneWithALineBreakIsNot() {
        let spaces = Self.taskTable([["1", "任务甲", "组织处", "周婷", " \u{3000}\t\u{200B}", "2026年12月31日"]])
        #expect(TableLayout(spaces).widths.count == 5)
        let lineBreak = Self.taskTable([["1", "任务甲", "组织处", "周婷", "\n", "2026年12月31日"]])
        #expect(TableLayout(lineBreak).widths.count == 6)
    }

    @Test func theNumberColumnIsCentredInWordAndHTML() throws {
        let table = Self.taskTable([["1", "任务甲", "组织处", "周婷", "人事处", "2026年12月31日"]])
        #expect(TableLayout(table).centred == [true, false, false, false, false, false])
        let document = Document(title: "t", blocks: [.table(table)])
        #expect(HTMLWriter().write(document).contains("<td class=\"center\">1</td>"))
        let xml = String(
            decoding: try WordWriter().write(document).parts.first { $0.name == "word/document.xml" }!.data,
            as: UTF8.self)
        #expect(
            xml.contains(
                "<w:pStyle w:val=\"TableText\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1</w:t>"
            ))
    }

    @Test(arguments: [
        ("任务内容（部署会议）", 4), ("牵头单位", 2), ("完成时限", 2), ("（一）任务", 3),
        // A character of two scalars counts as one.
        ("牵头单\u{301}位", 2), ("e\u{301}（备注）", 1), ("责任人A\u{30A}B", 3),
    ])
    func headerLabelsBreakWhereAReaderWould(label: String, split: Int) {
        #expect(TableLayout.headerSplit(label) == split)
        let characters = Array(label)
        #expect(!"（(《【“".contains(characters[split - 1]) && !"）)》】”".contains(characters[split]))
    }

    /// A month's table is measured in slices on every core: the same widths, lines and row pieces,
    /// in the same order, as measuring it row after row.
    @Test func aLongTableMeasuredInSlicesMeasuresAsInOneGo() {
        var generator = SeededGenerator(seed: 2026)
        let units = ["组织部", "市交通运输委员会综合规划处", "国土空间规划处", "Smart City 办公室", "机关党委（人事处）"]
        let tasks = ["完善制度", "推进全面从严治党主体责任落实，按季度报送进展", "开展 ISO9001 复审：逐项整改，形成闭环"]
        let rows = (0..<3001).map { index in
            [
                "\(index + 1)", tasks[Int(generator.next() % UInt64(tasks.count))],
                units[Int(generator.next() % UInt64(units.count))], index % 7 == 0 ? "欧阳明远" : "王强",
                index % 3 == 0 ? "" : units[Int(generator.next() % UInt64(units.count))],
                "2026年\(1 + index % 12)月\(1 + index % 28)日",
            ]
        }
        let table = Self.taskTable(rows)
        let sliced = TableLayout.needs(table, slicedFrom: 1)
        #expect(sliced == TableLayout.needs(table, slicedFrom: .max))
        #expect(sliced.rows.count == 3001)
        #expect(sliced.taskColumn == 1)
        // Its dates written short, the columns that did not change are taken over, not measured
        // again: the result is what measuring the short-dated table from scratch gives.
        let short = table.withShortDates
        #expect(short != table)
        for slicedFrom in [1, Int.max] {
            let reused = TableLayout.needs(short, reusing: (table, sliced), slicedFrom: slicedFrom)
            #expect(reused == TableLayout.needs(short, slicedFrom: .max))
        }
        #expect(TableLayout.needs(short, reusing: (table, sliced)) != sliced)
        // Its cells broken into lines in slices, as in one go.
        let characters = [2.5, 10, 4, 3, 5, 6]
        let broken = TableLayout.bodyLines(table, characters: characters, prose: sliced.prose, slicedFrom: 1)
        #expect(broken == TableLayout.bodyLines(table, characters: characters, prose: sliced.prose, slicedFrom: .max))
        #expect(broken.count == 3001)
        #expect(broken != table.body)
    }

    @Test(arguments: [
        ("2026年12月31日", "2026.12.31"), ("2026年1月5日", "2026.01.05"), ("2026年01月05日", "2026.01.05"),
        ("0026年1月1日", "0026.01.01"), ("2026年12月31", nil), ("26年12月31日", nil), ("2026年123月1日", nil),
        ("2026月12年31日", nil),
        ("2026年12月31日前", nil), ("１２３４年1月1日", nil), ("20260年1月1日", nil), ("2026年月1日", nil),
        ("999999999999999999999年1月1日", nil), ("", nil), ("日", nil),
    ])
    func fullDatesAreWrittenShort(full: String, short: String?) {
        #expect(ShortDate.short(full) == short)
        #expect(ShortDate.short(Substring(full)) == short)
        if let short {
            #expect(ShortDate.isShort(short) && ShortDate.isDate(full) && ShortDate.isDate(short))
        } else {
            #expect(!ShortDate.isDate(full))
        }
    }

    @Test func onlyTenCharactersOfDigitsAndDotsAreAShortDate() {
        #expect(ShortDate.isShort("2026.12.31"))
        for text in ["2026.12.3", "2026.12.310", "2026-12-31", "2026.1.231", "２０２６.12.31", "abcd.ef.gh", "20261231.."] {
            #expect(!ShortDate.isShort(text), "\(text)")
        }
    }

    @Test func aDateInClosingBracketsIsWrittenShortAndATableWithoutDatesIsLeftAlone() {
        let table = Self.taskTable([["1", "任务甲", "组织处", "周婷", "已完成（2026年11月8日）", "2026年12月31日"]])
        let cells = table.shortDated?.body[0].map(\.content.plainText)
        #expect(cells == ["1", "任务甲", "组织处", "周婷", "已完成（2026.11.08）", "2026.12.31"])
        let undated = Self.taskTable([["1", "任务甲", "组织处", "周婷", "已完成（本月）", "年底前"]])
        #expect(undated.shortDated == nil)
        #expect(undated.withShortDates == undated)
    }

    @Test func shortRowsAreKeptWholeAndTallOnesMaySplit() {
        let short = Self.taskTable([["1", "任务甲", "组织处", "周婷", "人事处", "2026年12月31日"]])
        #expect(TableLayout(short).keepsRowTogether == [true])
        // A row a third of a page tall stays whole too: LibreOffice would leave a single line of it.
        let third = Self.taskTable([
            ["1", String(repeating: "持续深化作风建设，", count: 12), "组织处", "周婷", "人事处", "2026年12月31日"]
        ])
        #expect(TableLayout(third).keepsRowTogether == [true])
        // One taller than a page under its header must split.
        let tall = Self.taskTable([["1", String(repeating: "持续深化作风建设，", count: 90), "组织处", "周婷", "人事处", "2026年12月31日"]])
        #expect(TableLayout(tall).keepsRowTogether == [false])
        // Word marks exactly the kept rows (and the header) cantSplit.
        let document = Document(title: "t", blocks: [.table(short), .table(tall)])
        let xml = String(
            decoding: try! WordWriter().write(document).parts.first { $0.name == "word/document.xml" }!.data,
            as: UTF8.self)
        #expect(xml.components(separatedBy: "<w:cantSplit/>").count - 1 == 3)
    }

    @Test func runningTextCountsTheLinesItsPunctuationCosts() {
        // A generated office's task, its meeting below it, in a column of 7.73 characters at 小四:
        // LibreOffice set it in 37 lines, many of six characters where one had to go down with
        // the comma after it (督查检 / 查，). Counting characters alone said 34, so the row was kept
        // whole (a page holds 34.5) and split over two pages anyway.
        let paragraphs = [
            "落实全面从严治党廉政风险防控清单，开展巡察整改专项整治行动，开展ESG信息披露督查检查，落实ESG信息披露廉政风险防控清单，建立城市更新督查检查，推进耕地保护责任清单和任务清单。",
            "推进党风廉政建设专项整治行动，组织5G基站建设专题学习研讨，落实基层党建廉政风险防控清单，完成基层党建隐患排查台账，完成全面从严治党专题学习研讨。",
            "整治ESG信息披露整改方案，制定优化营商环境责任清单和任务清单，开展安全生产隐患排查台账。",
            "（2026年10月14日学习贯彻党的二十届四中全会精神暨党风廉政建设推进会（扩大））",
        ]
        let cell = paragraphs.map(RunningText.pieceWidths)
        for (pieces, text) in zip(cell, paragraphs) { #expect(pieces.reduce(0, +) == TextWidth.guarded(text)) }
        #expect(TableLayout.lineCount(cell, width: 7.73) == 37)
        #expect(
            TableLayout.rowsKeptTogether(
                TableLayout.ColumnNeeds(least: [1], natural: [1], rows: [[cell]]), characters: [7.73], size: .xiaoSi)
                == [false])
        // A comma goes with the character before it, an opening bracket with the one after it,
        // and ESG stays together.
        #expect(RunningText.pieceWidths("督查检查，") == [1, 1, 1, 2])
        #expect(RunningText.pieceWidths("甲（乙") == [1, 2])
        #expect(RunningText.pieceWidths("开展ESG") == [1, 1, 1.75])
    }

    @Test func notesOnProgressWrapAsSentencesAndShareTheRoomWithTheTask() throws {
        // 最新进展 is running text: no breaks between its words, and beside a task as long, the
        // two widen together where neither alone would save a line of the row.
        let note = "10月6日：开展作风建设专项整治行动，建立优化营商环境年度考核办法。"
        let table = Table(
            header: [["序号", "任务内容（部署会议）", "牵头单位", "责任人", "完成时限", "逾期", "最新进展"].map { TableCell([.text($0)]) }],
            body: [
                [
                    "1", "推进耕地保护隐患排查台账，排查全面从严治党年度考核办法。（2026年10月5日理论学习中心组会议）", "纪检监察组",
                    "孙建华", "2026.11.17", "13天", note,
                ].map { TableCell([.text($0)]) }
            ])
        let layout = TableLayout(table)
        #expect(layout.table.body[0][6].content == [.text(note)])
        let characters = layout.widths.map {
            Double($0 - 2 * PageGeometry.cellMargin) / Double(layout.textSize.character)
        }
        #expect(characters[1] >= characters[6])
        #expect(characters[6] >= 5)
        #expect(characters[1] >= 8)
    }

    @Test func unitsBreakBetweenWordsEvenWhereTheyAreTheMainColumn() {
        // 各单位任务落实情况: the unit column has the most text, five columns of figures beside it.
        let unit = "中共青山县青山自然资源和规划局党组机关委员会办公室"
        let table = Self.taskTable(
            [[unit, "1", "0", "3", "2", "0%"]], header: ["牵头单位", "本月部署", "本月完成", "月底未完成", "其中逾期", "完成率"])
        let lines = Self.lines(TableLayout(table), column: 0)[0]
        #expect(lines.count > 1 && lines.joined() == unit)
        #expect(lines.allSatisfy { !$0.hasPrefix("室") && !$0.hasSuffix("办公") })
    }

    @Test func aCrowdedTableIsSetInXiaoSiAndEveryTableOfItsDocumentWithIt() throws {
        let crowded = Self.taskTable([
            [
                "1", "制定全面从严治党主体责任清单和任务清单，开展警示教育活动", "城市建设管理与房地产市场监管科", "司马志国",
                "中共青山县交通运输局办公室、组织人事科、政策法规科、人事处", "2026年12月31日",
            ]
        ])
        #expect(TableLayout(crowded).textSize == .xiaoSi)
        let roomy = Table(
            header: [["任务内容", "完成时限"].map { TableCell([.text($0)]) }],
            body: [[TableCell([.text("排查隐患")]), TableCell([.text("2026年12月31日")])]])
        #expect(TableLayout(roomy).textSize == .siHao)
        let document = Document(title: "t", blocks: [.table(crowded), .table(roomy)])
        let layout = DocumentLayout(document)
        #expect(layout.tableLayout(roomy).textSize == .xiaoSi)
        let xml = String(
            decoding: try WordWriter().write(document).parts.first { $0.name == "word/document.xml" }!.data,
            as: UTF8.self)
        #expect(xml.contains("TableTextSmall") && !xml.contains("\"TableText\""))
        #expect(HTMLWriter().write(document).components(separatedBy: "<table class=\"small\">").count == 3)
    }

    @Test func aDocumentWritesItsDatesOneWay() {
        // One table needs short dates (many columns), the other has room: both print 2026.12.31.
        let crowded = Self.taskTable([
            [
                "1", "制定国土空间规划领域廉政风险防控清单，逐项明确防控措施", "中共江临市临江区住房和城乡建设局党组办公室", "东方雨辰",
                "城市建设管理与房地产市场监管科", "2026年12月31日",
            ]
        ])
        let roomy = Table(header: [["日期", "会议名称"].map(Self.cell)], body: [["2026年11月20日", "党委会"].map(Self.cell)])
        let layout = DocumentLayout(Document(title: "t", blocks: [.table(crowded), .table(roomy)]))
        #expect(layout.tableLayout(crowded).shortDates)
        #expect(layout.tableLayout(roomy).table.body[0][0].content.plainText == "2026.11.20")
        #expect(TableLayout(roomy).table.body[0][0].content.plainText == "2026年11月20日")
        // Laid out again with its dates short, taking over the measures of its other columns, the
        // roomy table is what laying it out short-dated from the start gives.
        let again = layout.tableLayout(roomy)
        let size = layout.tableLayout(crowded).textSize
        #expect(size == .xiaoSi)
        let fresh = TableLayout(roomy, shortDates: true, textSize: size == .xiaoSi ? .xiaoSi : nil)
        #expect(again.table == fresh.table)
        #expect(again.widths == fresh.widths)
        #expect(again.keepsRowTogether == fresh.keepsRowTogether)
        #expect(again.textSize == fresh.textSize)
    }
}

@Suite("Roster lines")
struct RosterLinesTests {
    @Test func aNameNeverStraddlesALineEnd() {
        let names = ["陈婷", "胡红", "林洁雨", "马国", "胡雨", "慕容平", "罗秀桂", "朱磊", "杨平", "高勇霞", "东方雨辰"]
        let lines = RosterLines.lines(names.joined(separator: "、"), first: 23, others: 23)
        #expect(lines.joined() == names.joined(separator: "、"))
        #expect(lines.count == 2)
        for line in lines {
            #expect(TextWidth.guarded(line) <= 23)
            // Every line ends after a 、 or at the list's end: no name is cut.
            let pieces = line.split(separator: "、").map(String.init)
            #expect(pieces.allSatisfy(names.contains), "\(line)")
        }
        #expect(RosterLines.lines("张明、陈刚", first: 23, others: 23) == ["张明、陈刚"])
    }

    @Test func wordBreaksTheRosterWhereItsLineIsFull() throws {
        let names = (1...12).map { "东方雨辰\($0 < 10 ? "" : "")" }.joined(separator: "、")
        let document = Document(title: "t", blocks: [.roster(label: "出席", content: [.text(names)])])
        let xml = String(
            decoding: try WordWriter().write(document).parts.first { $0.name == "word/document.xml" }!.data,
            as: UTF8.self)
        // 出席： and four names (4 × 5 = 20 of the 23 characters after the label), then a break.
        #expect(
            xml.contains("东方雨辰、东方雨辰、东方雨辰、东方雨辰、</w:t></w:r><w:r><w:br/>") || xml.contains("东方雨辰、</w:t><w:br/>"), "\(xml)"
        )
        #expect(!xml.contains("\u{2060}"))
    }
}
