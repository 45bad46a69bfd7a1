import Testing

@testable import Gongwen

@Suite("Text inventory")
struct TextInventoryTests {
    private func inventory(_ text: String) throws -> TextInventory {
        TextInventory(try YAMLComposer.compose(text, file: "t.yaml"))
    }

    @Test func pathsAreSpelledAsMessagesSpellThem() throws {
        let inventory = try inventory(
            """
            meeting:
              title: 第一次会议
              attendees: [张明, 陈刚]
            reports:
              - reporter: {name: 王强, unit: 办公室}
                achievements: [完成了学习, 开展了检查]
            decisions: [会议决定一]
            """)
        let paths = inventory.values.map { (inventory.path(of: $0), $0.text, $0.isName) }
        #expect(
            paths.map(\.0) == [
                "meeting.title", "meeting.attendees[0]", "meeting.attendees[1]", "reports[0].reporter.name",
                "reports[0].reporter.unit", "reports[0].achievements[0]", "reports[0].achievements[1]", "decisions[0]",
            ])
        #expect(paths.map(\.1) == ["第一次会议", "张明", "陈刚", "王强", "办公室", "完成了学习", "开展了检查", "会议决定一"])
        #expect(paths.map(\.2) == [false, true, true, true, true, false, false, false])
        #expect(inventory.values.map { inventory.keys(of: $0) }[5] == ["reports", "achievements"])
        #expect(inventory.values.map { inventory.keys(of: $0) }[7] == ["decisions"])
    }

    @Test func aFileThatIsAListHasPathsFromItsItems() throws {
        let inventory = try inventory("- title: 会议\n  decisions: [一]\n")
        #expect(inventory.values.map { inventory.path(of: $0) } == ["[0].title", "[0].decisions[0]"])
        #expect(inventory.values.map { inventory.keys(of: $0) } == [["title"], ["decisions"]])
    }

    @Test(arguments: [
        (["speech", "key_points", "minutes"], true),
        (["speech", "key_points", "paragraphs"], false),
        (["speech", "key_points", "sections", "heading"], true),
        (["speech", "key_points", "sections", "paragraphs"], false),
        (["speech", "key_points", "sections", "points", "lead"], true),
        (["speech", "key_points", "sections", "points", "text"], false),
        (["speech", "opening"], false),
        (["reports", "achievements"], true),
        (["reports", "reporter", "name"], false),
        (["comments", "text"], true),
        (["decisions"], true),
        (["tasks", "content"], true),
        (["tasks", "lead_unit"], false),
        (["task_updates", "note"], true),
        ([], false),
    ])
    func whatTheMinutesPrint(keys: [String], printed: Bool) {
        #expect(FirstPersonRule.printedInMinutes(keys) == printed)
    }
}
