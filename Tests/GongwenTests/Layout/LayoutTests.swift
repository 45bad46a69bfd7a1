import Foundation
import Testing

@testable import Gongwen

/// The page decisions made before any writer: table columns, title lines, the red mark's width,
/// the salutation. (LibreOffice's and Chromium's rendering of them is `Tests/Layout/check_layout.py`.)
@Suite("Layout")
struct LayoutTests {
    static func taskTable(owners: [String], dues: [String], content: String) -> Table {
        Table(
            header: [["序号", "任务内容", "牵头单位", "责任人", "配合单位", "完成时限"].map { TableCell([.text($0)]) }],
            body: owners.enumerated().map { index, owner in
                [
                    "\(index + 1)", content, "国土空间规划编制研究中心", owner, "自然资源执法支队、纪检监察室、各党支部",
                    dues[index],
                ].map { TableCell([.text($0)]) }
            })
    }

    @Test func namesDatesAndNumbersGetTheirWholeWidthAndTheTableFillsTheLine() {
        let table = Self.taskTable(
            owners: ["司马静怡", "欧阳晓峰"], dues: ["2026年12月31日", "2027年3月1日"],
            content: String(repeating: "制定全面从严治党主体责任清单和任务清单", count: 3))
        let layout = TableLayout(table)
        #expect(layout.widths.reduce(0, +) == PageGeometry.textWidth)
        let character = Double(layout.textSize.character)
        func characters(_ column: Int) -> Double {
            Double(layout.widths[column] - 2 * PageGeometry.cellMargin) / character
        }
        // 责任人: four characters; 序号: two; the date whole (written short: the task column would be squeezed).
        #expect(characters(3) >= 4)
        #expect(characters(0) >= 2)
        #expect(layout.table.body[0][5].content == [.text("2026.12.31")])
        #expect(layout.table.body[1][5].content == [.text("2027.03.01")])
        #expect(characters(5) >= TextWidth.guarded("2026.12.31"))
        // The task content gets the most room.
        #expect(layout.widths.indices.max { layout.widths[$0] < layout.widths[$1] } == 1)
    }

    @Test func aTableWithRoomKeepsFullDates() {
        let table = Table(
            header: [["任务内容", "完成时限"].map { TableCell([.text($0)]) }],
            body: [[TableCell([.text("排查隐患")]), TableCell([.text("2026年12月31日")])]])
        #expect(TableLayout(table).table.body[0][1].content == [.text("2026年12月31日")])
    }

    @Test func aTemplatesOwnWidthsAreKept() {
        let table = Table(columnWidths: [1, 3], body: [[TableCell([.text("甲")]), TableCell([.text("乙")])]])
        let widths = TableLayout(table).widths
        #expect(abs(widths[1] - 3 * widths[0]) <= 3)
    }

    @Test func aLongTitleBreaksBetweenWordsIntoEvenLines() throws {
        let title = "中共江临市自然资源和规划局委员会关于学习贯彻全面从严治党工作会议精神暨警示教育大会纪要"
        let lines = try #require(TitleLines.lines(title, capacity: TitleLines.defaultCapacity))
        #expect(lines.joined() == title)
        #expect(lines.count == 3)
        let widths = lines.map { TextWidth.of($0) }
        #expect(widths.max()! <= TitleLines.defaultCapacity && widths.min()! * 2 >= widths.max()!)
        // Never 委员|会, never a tail like 纪要 alone.
        #expect(!zip(lines, lines.dropFirst()).contains { $0.hasSuffix("委员") && $1.hasPrefix("会") })
        #expect(lines.allSatisfy { $0.count > 2 })
    }

    /// Titles of generated meetings (Tests/Layout/generate_meetings.py) that broke a number or a
    /// four-character phrase in two: 第十|一次, 2026年10|月, 2026|年, 意识|形态, 城市|更新, 学习|贯彻.
    @Test(arguments: [
        "在理论学习中心组2026年第十一次集中学习上的讲话",
        "中共海阳市农业农村局党组2026年10月优化营商环境调度会责任清单与任务清单",
        "在理论学习中心组2026年第3次集中学习上的讲话",
        "中共青山县青山自然资源和规划局党支部学习贯彻党的二十届四中全会精神暨意识形态工作工作推进会议（扩大）纪要",
        "中共海阳市交通运输局党组学习贯彻党的二十届四中全会精神暨城市更新工作推进会议（扩大）纪要",
        "中共北湖区教育局党组学习贯彻党的二十届四中全会精神暨安全生产工作推进会议（扩大）纪要",
        "青山县住房和城乡建设局关于作风建设和城市更新的专题会议纪要",
        "在2026年10月优化营商环境调度会上的讲话",
    ])
    func aTitleKeepsNumbersAndFourCharacterPhrasesWhole(title: String) throws {
        let lines = try #require(TitleLines.lines(title, capacity: TitleLines.defaultCapacity))
        #expect(lines.joined() == title)
        let joined = lines.joined(separator: "|")
        for phrase in [
            "第十一次", "2026年10月", "2026年", "第3次", "意识形态", "城市更新", "安全生产", "作风建设", "营商环境", "学习贯彻", "规划局",
        ]
        where title.contains(phrase) {
            #expect(joined.contains(phrase), "\(phrase) broken: \(joined)")
        }
    }

    @Test func aTitleKeepsLatinRunsAndTheClerksOwnBreak() throws {
        let title = "关于推进GB/T 9704-2012党政机关公文格式国家标准全面落地的专题工作会议纪要"
        let lines = try #require(TitleLines.lines(title, capacity: TitleLines.defaultCapacity))
        #expect(lines.contains { $0.contains("GB/T 9704-2012") } || !lines.joined(separator: "|").contains("9704|"))
        #expect(!zip(lines, lines.dropFirst()).contains { $0.last!.isASCII && $1.first!.isASCII })
        let own: [Inline] = [.text("第一行"), .lineBreak, .text("第二行")]
        #expect(TitleLines.broken(own) == own)
        #expect(TitleLines.broken([.text("短标题")]) == [.text("短标题")])
    }

    @Test func aLongOrganisationsMarkStaysOnOneLineCondensed() throws {
        let mark: [Inline] = [.text("中共江临市自然资源和规划局委员会会议纪要")]
        let scale = MarkFit.scale(mark)
        #expect(scale < 100 && scale >= 33)
        #expect(Double(scale) / 100 * 20 * Double(PageGeometry.markCharacter) <= Double(PageGeometry.textWidth))
        #expect(MarkFit.scale([.text("市交通委员会会议纪要")]) == 100)
        let document = Document(title: "t", blocks: [.mark(mark)])
        let xml = String(decoding: try WordBody.write(document, layout: DocumentLayout(document)), as: UTF8.self)
        #expect(xml.contains("<w:w w:val=\"\(scale)\"/>"))
        #expect(HTMLWriter().write(document).contains("scaleX(0.\(scale))"))
    }

    @Test func theSalutationStartsAtTheMargin() throws {
        let meeting = try TestSupport.meeting(
            """
            meeting: {title: 工作会议, date: 2026-11-20}
            speech:
              opening: [同志们：, 今天召开工作会议。]
            """)
        let document = try TestSupport.document(meeting, template: "speech")
        let paragraphs = document.blocks.compactMap { block -> Paragraph? in
            if case .paragraph(let paragraph) = block { paragraph } else { nil }
        }
        #expect(paragraphs.first { $0.content.plainText == "同志们：" }?.role == .plain)
        #expect(paragraphs.first { $0.content.plainText == "今天召开工作会议。" }?.role == .body)
    }
}
