import Foundation
import Testing

@testable import Gongwen

@Suite("Templates")
struct DocumentTemplateTests {
    private func problems(_ text: String, view: Any = [String: Any]()) -> [Diagnostic] {
        do {
            _ = try TestSupport.document(templateText: text, view: view)
            return []
        } catch let error as GongwenError {
            guard case .invalidTemplate(let problems) = error else {
                Issue.record("expected problems with the template, got: \(error)")
                return error.asDiagnostics
            }
            return problems
        } catch {
            Issue.record("expected problems with the template, got: \(error)")
            return []
        }
    }

    @Test func malformedMarkupIsReportedAtTheTemplateLine() {
        let found = problems(
            """
            <html><body>
            {{#items}}
            <p>{{name}}</p>
            {{/items}}
            <p>unclosed
            </body></html>
            """)
        #expect(found.count == 1)
        #expect(found[0].location.file == "test.mustache")
        #expect(found[0].location.line == 6)
        #expect(found[0].message.contains("not well-formed"))
    }

    @Test func mustacheSyntaxErrorsHaveLineAndColumn() {
        // A section never closed is found where the template ends; a closing tag that closes
        // nothing open, at the tag.
        let unclosed = problems("<html><body>\n<p>{{#a}}x</p>\n</body></html>\n")
        #expect(unclosed.count == 1)
        #expect(unclosed.first?.message.contains("never closed") == true)
        #expect(unclosed.first.map { [$0.location.line, $0.location.column] } == [4, 1])
        let stray = problems("<html><body>\n<p>{{#a}}x{{/b}}</p>\n</body></html>\n")
        #expect(stray.first?.message.contains("does not match") == true)
        #expect(stray.first.map { [$0.location.line, $0.location.column] } == [2, 11])
        let onTheFirstLine = problems("<html><body>{{#a}}x{{/b}}\n</body></html>\n")
        #expect(onTheFirstLine.first.map { [$0.location.line, $0.location.column] } == [1, 20])
    }

    @Test func vocabularyViolationsPointAtTheTemplateLine() {
        let found = problems(
            """
            <html><body>
            <h1>标题</h1>
            <div class="x">不在词汇表里</div>
            </body></html>
            """)
        #expect(!found.isEmpty)
        #expect(found[0].location.line == 3)
        #expect(found[0].message.contains("vocabulary"))
        let badClass = problems("<html><body>\n\n<p class=\"shout\">x</p>\n</body></html>")
        #expect(badClass.first?.location.line == 3)
    }

    @Test func userTemplateFromAPathWithItsFileName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notice.mustache")
        try "<html><body>\n<h1>{{title}}通知</h1>\n<p>{{date}}</p>\n</body></html>\n".write(
            to: file, atomically: true, encoding: .utf8)
        let template = try TemplateCatalog().template(file.path)
        #expect(template.name == "notice")
        let meeting = try TestSupport.meeting(TestSupport.minimal)
        let document = try template.render(MeetingView(meeting))
        #expect(document.blocks.first == .title([.text("测试会议通知")]))

        try "<html><body>\n<h1>{{title}}</h2>\n</body></html>\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: GongwenError.self) { try TemplateCatalog().template(file.path) }
        do {
            _ = try TemplateCatalog().template(file.path)
        } catch {
            #expect(error.diagnostics.first?.location.file == file.path)
            #expect(error.diagnostics.first?.location.line == 2)
        }
    }

    @Test func overrideFolderWinsByName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<html><body><h1>本单位的纪要格式</h1></body></html>".write(
            to: folder.appendingPathComponent("minutes.mustache"), atomically: true, encoding: .utf8)
        let template = try TemplateCatalog(overrideFolder: folder).template("minutes")
        let document = try template.render(MeetingView(try TestSupport.meeting(TestSupport.minimal)))
        #expect(document.blocks == [.title([.text("本单位的纪要格式")])])
    }

    @Test func unknownTemplateNamesTheBuiltIns() {
        #expect {
            try TemplateCatalog().template("minute")
        } throws: { error in
            "\(error)".contains("minutes, minutes-classic, speech")
        }
    }

    @Test func sectionsWithoutDataAreLeftOut() throws {
        let document = try TestSupport.document(try TestSupport.meeting(TestSupport.minimal))
        let dump = TreeDumper.dump(document)
        #expect(!dump.contains("Heading"))
        #expect(!dump.contains("Table"))
        #expect(!dump.contains("Field \"地点\""))
        #expect(dump.contains("Title \"测试会议纪要\""))
    }

    @Test func speechPointsAreNumberedAndBold() throws {
        let meeting = try TestSupport.meeting(
            TestSupport.minimal + """
                speech:
                  key_points:
                    points:
                      - lead: 学懂弄通
                        text: 坚持学习。
                      - lead: 狠抓落实！
                """)
        let document = try TestSupport.document(meeting, template: "speech")
        #expect(document.blocks.contains(.heading(Heading(level: 1, number: "一、", content: [.text("聚焦重点，落实各项任务")]))))
        #expect(document.blocks.contains(.paragraph(Paragraph(.body, [.strong([.text("一要学懂弄通。")]), .text("坚持学习。")]))))
        #expect(document.blocks.contains(.paragraph(Paragraph(.body, [.strong([.text("二要狠抓落实！")])]))))
    }

    /// `{{>lines}}` writes `{{paragraph}}`; a template that spells the lines out with `<br/>`
    /// gets the same document, whatever the lines hold.
    @Test(arguments: [
        "一行。", "第一行\n第二行", "  前后有空格  \n\t第二行\t", "A & B <c> \"d\" 'e'\n二",
        "第一段\n续行\n\n第二段\n\n\n第三段", "\n\n开头空行\n", "x\r\ny",
    ])
    func aParagraphWritesWhatItsLinesWrite(text: String) throws {
        let view = ["x": TextView(text)]
        let partial = try TestSupport.document(
            templateText:
                "<html><body><p>{{#x}}{{>lines}}{{/x}}</p>{{#x.more}}<p>{{>lines}}</p>{{/x.more}}</body></html>",
            view: view)
        let spelled = try TestSupport.document(
            templateText: """
                <html><body><p>{{#x}}{{#lines}}{{#br}}<br/>{{/br}}{{value}}{{/lines}}{{/x}}</p>\
                {{#x.more}}<p>{{#lines}}{{#br}}<br/>{{/br}}{{value}}{{/lines}}</p>{{/x.more}}</body></html>
                """,
            view: view)
        #expect(partial == spelled)
        #expect(!partial.blocks.isEmpty)
    }
}
