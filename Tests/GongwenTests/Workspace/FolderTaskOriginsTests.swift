import Foundation
import Testing

@testable import Gongwen

@Suite("A meeting checked in its folder")
struct FolderTaskOriginsTests {
    static func meeting(_ yaml: String, file: String) throws -> Meeting {
        try MeetingLoader().load(data: Data(yaml.utf8), file: file)
    }

    /// An id is taken wherever in the served folder it is assigned (as `validate DIR` checks); an
    /// update names a task of its own folder tree (as `render` looks).
    @Test func idsOfTheFolderAreTakenAndUpdatesMustNameOneOfTheTree() throws {
        let earlier = try Self.meeting(
            "meeting: {title: 十一月会议, date: 2026-11-20}\ntasks:\n- {id: A-1, content: 任务一}\n", file: "党委/a.yaml")
        let elsewhere = try Self.meeting(
            "meeting: {title: 别处会议, date: 2026-11-20}\ntasks:\n- {id: B-1, content: 任务}\n- {id: B-2, content: 任务}\n",
            file: "支部/b.yaml")
        let draft = try Self.meeting(
            """
            meeting: {title: 十二月会议, date: 2026-12-02}
            tasks:
            - {id: A-1, content: 重复的编号}
            - {id: A-2, content: 新任务}
            - {id: B-1, content: 别的文件夹用过的编号}
            task_updates:
            - {id: A-1, status: done, completed_on: 2026-12-01}
            - {id: B-2, status: done, completed_on: 2026-12-01}
            """, file: "党委/c.yaml")
        let problems = FolderTaskOrigins.problems(of: draft, among: [earlier, elsewhere, draft])
        // A-1 is taken by a.yaml and B-1 by b.yaml in another folder; B-2 is assigned only outside
        // this folder's tree, where render would not find it.
        #expect(problems.map(\.path) == ["tasks[0].id", "tasks[2].id", "task_updates[1].id"], "\(problems)")
        #expect(problems.allSatisfy { $0.location.file == "党委/c.yaml" && $0.severity == .error })
    }

    @Test func aFolderThatAgreesHasNoProblems() throws {
        let earlier = try Self.meeting(
            "meeting: {title: 会议, date: 2026-11-20}\ntasks:\n- {id: A-1, content: 任务一}\n", file: "a.yaml")
        let draft = try Self.meeting(
            "meeting: {title: 会议, date: 2026-12-02}\ntask_updates:\n- {id: A-1, status: in_progress}\n",
            file: "新建会议.yaml")
        #expect(FolderTaskOrigins.problems(of: draft, among: [earlier]).isEmpty)
    }
}
