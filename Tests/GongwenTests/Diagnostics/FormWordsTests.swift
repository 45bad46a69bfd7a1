import Testing

@testable import Gongwen

@Suite("The form's words")
struct FormWordsTests {
    static func required(_ path: String) -> Diagnostic {
        let key = String(path.split(separator: ".").last!)
        return Diagnostic(at: SourceLocation(file: "f.yaml", line: 1, column: 1), path: path, .required(key: key))
    }

    /// The clerk reads the label beside the box, never the key: a meeting's title is its name, a
    /// person's title their post.
    @Test(arguments: [
        ("meeting.title", "会议名称"), ("meeting.host.title", "职务"), ("reports[0].reporter.unit", "单位"),
        ("reports[1].unit", "汇报单位"), ("tasks[2].content", "任务内容"), ("task_updates[0].id", "任务编号"),
    ])
    func aMissingValueIsNamedByItsLabel(path: String, label: String) {
        let text = FormWords.text(of: Self.required(path), in: .zh)
        #expect(text == "这里必须填写“\(label)”，且不能为空")
    }

    @Test func everyOtherMessageIsTheCatalogues() {
        let diagnostic = Diagnostic(
            at: SourceLocation(file: "f.yaml", line: 1, column: 1), path: "meeting.date", .notADate("2026-11-5"))
        #expect(FormWords.text(of: diagnostic, in: .zh) == diagnostic.content.text(in: .zh))
    }

    @Test(arguments: [
        ("tasks[2].content", "任务分工 第3项 · 任务内容"), ("reports[0].reporter.title", "汇报单位与汇报人 第1项 · 汇报人 · 职务"),
        ("meeting.title", "会议基本信息 · 会议名称"), ("decisions[1]", "议定事项 第2项"),
    ])
    func aPlaceIsNamedInTheFormsWords(path: String, place: String) {
        #expect(FormWords.place(of: path, in: .zh) == place)
    }
}
