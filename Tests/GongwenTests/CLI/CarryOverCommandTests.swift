import Foundation
import Testing

@testable import Gongwen

/// 上次会议部署任务落实情况: `render` names each updated task from the meeting files of the folder.
@Suite("Carry-over of earlier tasks", .serialized)
struct CarryOverCommandTests {
    typealias CLI = CommandLineTests

    static func folder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let files = [
            "2026-10/10-09.yaml": """
            meeting: {title: 十月份党委会, date: 2026-10-09}
            tasks:
              - {id: A-1, content: 修订责任清单, lead_unit: 组织处, owner: 周婷, due: 2026-10-31}
              - {id: A-2, content: 修订公务用车制度, lead_unit: 办公室, owner: 王芳, due: 2026-11-15}
            """,
            "2026-11/11-06.yaml": """
            meeting: {title: 十一月份党委会, date: 2026-11-06}
            tasks:
              - {id: B-1, content: 报送述职报告, lead_unit: 组织处, owner: 周婷, due: 2026-11-30}
            """,
            "2026-11/11-20.yaml": """
            meeting: {title: 工作推进会, date: 2026-11-20}
            task_updates:
              - {id: A-1, status: done, completed_on: 2026-11-04, note: 逾期4天完成}
              - {id: B-1, status: in_progress}
              - {id: Z-9, status: blocked}
            """,
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theMinutesNameEachUpdatedTaskFromTheFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The folder the file is in is 2026-11; the task A-1 is in 2026-10: --ledger names the whole tree.
        let result = try CLI.run(
            ["render", "2026-11/11-20.yaml", "--ledger", ".", "--format", "md", "--output", "-"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.contains("## 一、上次会议部署任务落实情况"))
        #expect(result.output.contains("| 1 | 修订责任清单 | 组织处 | 周婷 | 2026年10月31日 | 已于2026年11月4日完成。逾期4天完成。 |"))
        #expect(result.output.contains("| 2 | 报送述职报告 | 组织处 | 周婷 | 2026年11月30日 | 推进中。 |"))
        // An id found nowhere is shown by its id, with a warning, not an error.
        #expect(result.output.contains("| 3 | Z-9 |  |  |  | 受阻。 |"))
        #expect(
            result.stderr.contains("2026-11/11-20.yaml:5:10: warning: task_updates[2].id: task Z-9 is not assigned"))
        #expect(!result.stderr.contains("A-1") && !result.stderr.contains("B-1"))

        // Without --ledger, the file's own folder: the October task is not found there.
        let beside = try CLI.run(["render", "2026-11/11-20.yaml", "--format", "md", "--output", "-"], in: folder)
        #expect(beside.status == 0)
        #expect(beside.output.contains("| 1 | A-1 |"))
        #expect(beside.output.contains("| 2 | 报送述职报告 |"))
        #expect(beside.stderr.contains("task A-1 is not assigned in any meeting file under 2026-11"))
    }
}
