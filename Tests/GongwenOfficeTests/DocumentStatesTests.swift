import Foundation
import Testing

@testable import GongwenOffice

@Suite struct DocumentStatesTests {
    let file = "党委办公室/2026-12-01-党委会.yaml"

    @Test func aMeetingGoesToTheLeaderComesBackWithAReasonAndIsSignedAfterTheFix() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        let first = Data("meeting: {title: 党委会}\n".utf8)
        #expect(try office.states.submit(file, data: first, actor: "zhangli", address: "a").stage == .submitted)
        #expect(try !office.states.allowsEditing(file))
        #expect(throws: OfficeError.self) {
            try office.states.returnToClerk(file, reason: "  ", actor: "wangjianguo", address: "b")
        }
        let returned = try office.states.returnToClerk(
            file, reason: "第二项任务缺完成时限", actor: "wangjianguo", address: "b")
        #expect(returned.stage == .draft && returned.reason == "第二项任务缺完成时限")
        let fixed = Data("meeting: {title: 党委会, date: 2026-12-01}\n".utf8)
        _ = try office.states.submit(file, data: fixed, actor: "zhangli", address: "a")
        // A file changed after 送审 is not what the leader read: it cannot be signed.
        #expect(throws: OfficeError.self) {
            try office.states.issue(file, data: first, actor: "wangjianguo", address: "b") { _ in }
        }
        var kept: DocumentState?
        let issued = try office.states.issue(file, data: fixed, actor: "wangjianguo", address: "b") { kept = $0 }
        #expect(issued.stage == .issued && issued.signedBy == "wangjianguo" && issued.version == 1)
        #expect(kept?.signedBy == "wangjianguo")
        #expect(
            try office.trail.entries(file: file).map(\.action) == [.submit, .returnToClerk, .submit, .issue])
        // An edit after 签发 is the next version, which needs 签发 again.
        #expect(throws: OfficeError.self) {
            try office.states.submit(file, data: fixed, actor: "zhangli", address: "a")
        }
        let second = try office.states.submit(file, data: Data("changed\n".utf8), actor: "zhangli", address: "a")
        #expect(second.version == 2 && second.stage == .submitted)
    }

    @Test func signingKeepsTheIssuedFilesWithTheirSums() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        let data = Data("meeting: {title: 党委会}\n".utf8)
        _ = try office.states.submit(file, data: data, actor: "zhangli", address: "a")
        let copies = IssuedCopies(folder: office.folder)
        let state = try office.states.issue(file, data: data, actor: "wangjianguo", address: "b") { state in
            try copies.keep([("meeting.yaml", data), ("minutes.docx", Data([1, 2, 3]))], of: state)
        }
        let sums = copies.sums(of: file, version: state.version)
        #expect(sums["minutes.docx"] == "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81")
        #expect(sums["meeting.yaml"] != nil)
    }
}
