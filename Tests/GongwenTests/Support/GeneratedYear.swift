import Foundation

@testable import Gongwen

/// A year of meetings whose fields vary as an office's do: two to four meetings a month, units
/// with short and long names, tasks due from days to months later, updates that complete some
/// late, some early, leave others open or blocked. Seeded: the same year on every run.
enum GeneratedYear {
    static let units = [
        "办公室", "组织处", "人事处", "财务处", "市城市管理综合行政执法局", "公路处", "运输管理处",
        "市发展和改革委员会交通运输处", "纪检监察组", "安全监督处",
    ]

    /// The meeting files' texts, by name, for 2026.
    static func files(seed: UInt64 = 2026) -> [(name: String, text: String)] {
        var random = SeededGenerator(seed: seed)
        var open: [(id: String, assigned: CalendarDate)] = []
        var files: [(String, String)] = []
        var number = 0
        for month in 1...12 {
            let days = (1...28).shuffled(using: &random).prefix(Int.random(in: 2...4, using: &random)).sorted()
            for day in days {
                let date = CalendarDate(year: 2026, month: month, day: day)!
                number += 1
                var text = """
                    meeting:
                      title: 第\(number)次工作例会
                      organization: 市交通委员会
                      date: \(date)
                      host: 陈刚
                      attendees: [陈刚, 孙丽, 王芳]

                    """
                var updates: [String] = []
                for (index, task) in open.enumerated().reversed() where task.assigned < date {
                    switch Int.random(in: 0..<10, using: &random) {
                    case 0...2:
                        let done = task.assigned.adding(
                            days: Int.random(in: 0...task.assigned.days(to: date), using: &random))!
                        updates.append("  - id: \(task.id)\n    status: done\n    completed_on: \(done)")
                        open.remove(at: index)
                    case 3...4:
                        updates.append("  - id: \(task.id)\n    status: in_progress\n    note: 第\(number)次会议时正在推进")
                    case 5: updates.append("  - id: \(task.id)\n    status: blocked\n    note: 等待上级批复")
                    default: break
                    }
                }
                if !updates.isEmpty { text += "task_updates:\n" + updates.joined(separator: "\n") + "\n" }
                let count = Int.random(in: 0...5, using: &random)
                if count > 0 { text += "tasks:\n" }
                for index in 1...max(1, count) where count > 0 {
                    let id = "G-\(number)-\(index)"
                    let due = date.adding(days: Int.random(in: 3...100, using: &random))!
                    text += """
                          - id: \(id)
                            content: 完成第\(number)次会议部署的第\(index)项工作
                            lead_unit: \(units.randomElement(using: &random)!)
                            owner: 王芳
                            due: \(due)

                        """
                    open.append((id, date))
                }
                files.append((String(format: "2026-%02d-%02d-%03d.yaml", month, day, number), text))
            }
        }
        return files
    }

    /// The year's meetings, loaded.
    static func meetings(seed: UInt64 = 2026) throws -> [Meeting] {
        try files(seed: seed).map { try MeetingLoader().load(data: Data($0.text.utf8), file: $0.name) }
    }
}
