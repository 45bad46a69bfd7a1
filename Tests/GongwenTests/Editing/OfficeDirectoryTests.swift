import Foundation
import Testing

@testable import Gongwen

@Suite("The office's directory")
struct OfficeDirectoryTests {
    /// Pasted from a spreadsheet: tabs between the columns; — for a post not known.
    @Test func linesPastedFromASpreadsheetBecomePeopleAndUnits() throws {
        let directory = OfficeDirectory(
            peopleLines: "王建国\t党委书记、局长\t区住房和城乡建设局\n李敏 副局长\n\n陈静\t—\t局办公室\n", unitLines: "城建科\n住房保障科\n")
        #expect(
            directory.people == [
                Person(name: "王建国", title: "党委书记、局长", unit: "区住房和城乡建设局"), Person(name: "李敏", title: "副局长"),
                Person(name: "陈静", unit: "局办公室"),
            ])
        #expect(directory.units == ["城建科", "住房保障科"])
        // The page shows the same lines back, and the file reads back the same directory.
        #expect(OfficeDirectory(peopleLines: directory.peopleLines, unitLines: "城建科\n住房保障科") == directory)
        #expect(try OfficeDirectory(yaml: try directory.yaml, file: OfficeDirectory.path) == directory)
    }

    /// An empty cell stays empty (王建国, no post, 城建科); a padded name stays one name.
    @Test func emptyCellsAndPaddedNamesKeepTheirPlace() {
        let directory = OfficeDirectory(peopleLines: "王建国\t\t城建科\n李　敏\t——\t局办公室\n", unitLines: "")
        #expect(directory.people == [Person(name: "王建国", unit: "城建科"), Person(name: "李　敏", unit: "局办公室")])
        #expect(OfficeDirectory(peopleLines: directory.peopleLines, unitLines: "") == directory)
    }

    @Test func aSlipIsOneCharacterOffAnEntryOfTheSameLength() {
        let directory = OfficeDirectory(people: [Person(name: "王建国", unit: "城建科")], units: ["住房保障科"])
        #expect(directory.name(near: "王建围") == "王建国")
        #expect(directory.name(near: "王建国") == nil)
        #expect(directory.name(near: "王建") == nil && directory.name(near: "李敏") == nil)
        // Two-character names and numbered units are left alone.
        let more = OfficeDirectory(people: [Person(name: "李敏")], units: ["城建一科"])
        #expect(more.name(near: "李明") == nil && more.unit(near: "城建二科") == nil)
        #expect(directory.unit(near: "住房保障料") == "住房保障科")
        #expect(directory.unit(near: "城建处") == "城建科")
    }

    @Test func theProofreaderWarnsAtTheSlip() throws {
        var proofreader = Proofreader()
        proofreader.directory = OfficeDirectory(people: [Person(name: "王建国")], units: ["住房保障科"])
        let yaml = """
            meeting: {title: 会议, date: 2026-12-02, host: 王建围, attendees: [王建围, 李敏]}
            tasks:
            - {id: A-1, content: 任务, lead_unit: 住房保障料, owner: 李敏, due: 2026-12-20}
            """
        let meeting = try ProofreadingLoader(proofreader: proofreader).load(data: Data(yaml.utf8), file: "m.yaml")
        let found = meeting.warnings.filter { $0.rule == "directory" }
        #expect(found.map(\.path) == ["meeting.host", "meeting.attendees[0]", "tasks[0].lead_unit"], "\(found)")
        #expect(found.first?.content.text(in: .zh).contains("“王建国”") == true)
    }
}
