import Foundation
import Gongwen

/// `/dashboard`: the 督查 officer's page, in Chinese whatever the server's language (her reports are),
/// printable on one A4 landscape page.
enum DashboardPage {
    static let style = """
        @page { size: A4 landscape; margin: 10mm; }
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5em auto; max-width: 80em; color: #222; font-size: 14px; }
        h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.1em; margin: 1em 0 .4em; }
        .figures { display: flex; flex-wrap: wrap; gap: .5em; margin: .6em 0; }
        .figure { border: 1px solid #ccc; border-radius: 4px; padding: .3em .8em; min-width: 6em; }
        .figure b { display: block; font-size: 1.5em; } .figure.bad b { color: #c00000; }
        .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; }
        table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd; padding: .25em .4em; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; white-space: nowrap; } .late { color: #c00000; white-space: nowrap; } .due { white-space: nowrap; }
        figure.chart { margin: .4em 0; } figure.chart figcaption { font-weight: bold; margin-bottom: .2em; }
        svg.chart { width: 100%; height: auto; max-height: 24em; }
        a { color: #0645ad; } .file, .more { color: #666; font-size: .9em; } .units a { margin-right: .8em; white-space: nowrap; }
        .reminders a { margin-right: .5em; }
        .more.print { display: none; }
        @media print {
          body { margin: 0; max-width: none; font-size: 9pt; } h2 { margin: .5em 0 .2em; } a { color: inherit; text-decoration: none; }
          .noprint, tr.extra { display: none; } .more.print { display: block; } svg.chart { max-height: 56mm; }
          figure.chart + figure.chart svg.chart { max-height: 40mm; }
          figure.chart { margin: 0; } .figures { margin: .2em 0; } .figure { padding: .1em .5em; } .figure b { font-size: 1.2em; }
          td .file { display: none; } th, td { padding: .1em .3em; } .columns > div:last-child { font-size: 8pt; }
          .columns { gap: 6mm; } table { break-inside: auto; }
        }
        """

    /// Rows a list and the unit table show when printed (without the meetings' names under the
    /// tasks), so that the page stays one sheet with three lists of long titles.
    static let printedRows = 5

    static func page(
        _ dashboard: Dashboard, left: [String], generation: Int
    ) -> String {
        let e = HTMLWriter.escape
        let summary = dashboard.summary
        let total = UnitFigures.total(dashboard.unitFigures)
        var body = "<h1>督查工作台\(dashboard.unit.map { "：" + e($0) } ?? "")</h1>\n"
        body += "<p class=\"file\">截至\(ChineseNumerals.date(dashboard.day))　"
        body += "<a class=\"noprint\" href=\"/\">返回目录</a>"
        if dashboard.unit != nil { body += "　<a class=\"noprint\" href=\"/dashboard\">全部单位</a>" }
        body += "</p>\n"
        if !left.isEmpty {
            body += "<p class=\"file\">另有\(left.count)个文件有错误未计入：\(left.map(e).joined(separator: "、"))</p>\n"
        }
        func figure(_ name: String, _ key: String, _ value: Int, bad: Bool = false) -> String {
            "<div class=\"figure\(bad && value > 0 ? " bad" : "")\">\(name)<b data-figure=\"\(key)\">\(value)</b></div>"
        }
        body += "<div class=\"figures\">"
        // A unit's page counts its tasks; the month's meetings are the organisation's, on the whole page only.
        if dashboard.unit == nil { body += figure("本月会议", "meetings", summary.meetings.count) }
        body += figure("本月部署", "tasks_assigned", total.assigned)
        body += figure("本月完成", "tasks_completed", total.completed)
        body += figure("未完成", "tasks_open", total.open)
        body += figure("逾期未完成", "tasks_overdue", total.overdue, bad: true)
        body += "<div class=\"figure\">完成率<b data-figure=\"completion_rate\">"
        body += "\(total.completionRate.map { "\($0)%" } ?? "—")</b></div>"
        body += figure("7日内到期", "due_7", dashboard.dueWithinWeek.count)
        body += figure("30日内到期", "due_30", dashboard.dueWithinWeek.count + dashboard.dueWithinMonth.count)
        body += "</div>\n"
        if dashboard.unit == nil, dashboard.units.count > 1 {
            body += "<p class=\"units noprint\">按单位查看："
            body += dashboard.units.map { "<a href=\"/dashboard?\(query(dashboard, unit: $0))\">\(e($0))</a>" }.joined()
            body += "</p>\n"
        }
        body += "<div class=\"columns\">\n<div>\n"
        if !dashboard.unitFigures.isEmpty {
            body += SVGChart.svg(dashboard.unitChart)
            if dashboard.unit == nil, summary.trend.count > 1 { body += SVGChart.svg(dashboard.trendChart) }
            body += "<table class=\"units-table\"><tr><th>牵头单位</th><th class=\"n\">本月部署</th><th class=\"n\">本月完成</th>"
            body += "<th class=\"n\">未完成</th><th class=\"n\">其中逾期</th><th class=\"n\">完成率</th></tr>\n"
            for (index, unit) in dashboard.unitFigures.enumerated() {
                let name = unit.unit.map(TextView.inline) ?? "未明确牵头单位"
                // Tasks without a lead unit have no page of their own to drill into.
                let cell =
                    unit.unit == nil ? e(name) : "<a href=\"/dashboard?\(query(dashboard, unit: name))\">\(e(name))</a>"
                body += "<tr data-unit=\"\(e(name))\"\(index >= printedRows ? " class=\"extra\"" : "")><td>\(cell)</td>"
                body += "<td class=\"n\">\(unit.assigned)</td><td class=\"n\">\(unit.completed)</td>"
                body += "<td class=\"n\">\(unit.open)</td><td class=\"n\">\(unit.overdue)</td>"
                body += "<td class=\"n\">\(unit.completionRate.map { "\($0)%" } ?? "—")</td></tr>\n"
            }
            body += "</table>\n"
            if dashboard.unitFigures.count > printedRows {
                body += "<p class=\"more print\">另有\(dashboard.unitFigures.count - printedRows)个单位，见督查工作台</p>\n"
            }
        }
        body += "</div>\n<div>\n"
        body += list("逾期未完成", "overdue", dashboard.overdue, dashboard)
        body += list("7日内到期", "due-7", dashboard.dueWithinWeek, dashboard)
        body += list("8至30日内到期", "due-30", dashboard.dueWithinMonth, dashboard)
        body += reminders(dashboard, days: dashboard.reminders.within)
        body += "</div>\n</div>\n"
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>督查工作台</title><style>\(style)</style></head>
            <body>
            \(body)\(PreviewPages.reloadScript(generation: generation))</body>
            </html>

            """
    }

    /// A list of tasks, each linked to its meeting's minutes; past `printedRows` rows only on screen.
    static func list(_ title: String, _ id: String, _ records: [TaskRecord], _ dashboard: Dashboard) -> String {
        let e = HTMLWriter.escape
        var out = "<h2>\(title)（\(records.count)项）</h2>\n"
        guard !records.isEmpty else { return out + "<p class=\"file\">无</p>\n" }
        out += "<table id=\"\(id)\"><tr><th>完成时限</th><th>任务</th><th>牵头单位</th><th>最新进展</th></tr>\n"
        for (index, record) in records.enumerated() {
            let due = record.task.due!
            let days = due.days(to: dashboard.day)
            let state = DeadlineText.text(due: due, on: dashboard.day)
            let link = "/preview?" + PreviewPages.query([("file", record.source), ("template", "minutes")])
            out += "<tr data-task=\"\(e(record.task.id))\"\(index >= printedRows ? " class=\"extra\"" : "")>"
            out += "<td class=\"due\">\(due)<br><span class=\"\(days >= 0 ? "late" : "file")\">\(state)</span></td>"
            out += "<td><a href=\"\(link)\">\(e(TextView.inline(record.task.content)))</a>"
            out +=
                "<div class=\"file\">\(ChineseNumerals.date(record.assignedOn))\(e(TextView.inline(record.assignedAt)))</div></td>"
            out +=
                "<td>\(e(record.task.leadUnit.map(TextView.inline) ?? ""))\(record.task.owner.map { "<div class=\"file\">\(e($0.name))</div>" } ?? "")</td>"
            out += "<td>\(e(record.note.map(TextView.inline) ?? ""))</td></tr>\n"
        }
        out += "</table>\n"
        if records.count > printedRows {
            out += "<p class=\"more print\">另有\(records.count - printedRows)项，见督查工作台</p>\n"
        }
        return out
    }

    /// The 催办通知 of the day for each unit that would get one, to download.
    static func reminders(_ dashboard: Dashboard, days: Int) -> String {
        let e = HTMLWriter.escape
        let units = dashboard.reminders.notices.map(\.unit)
        var out = "<h2 class=\"noprint\">催办通知（\(units.count)份，含逾期和\(days)日内到期任务）</h2>\n"
        guard !units.isEmpty else { return out + "<p class=\"file noprint\">无需催办</p>\n" }
        out += "<ul class=\"reminders noprint\">\n"
        for unit in units {
            let parameters = [("date", dashboard.day.description), ("unit", unit)]
            out += "<li>\(e(unit))："
            out += [("html", "预览"), ("docx", "Word"), ("pdf", "PDF")].map { format, label in
                "<a href=\"/reminder?\(PreviewPages.query(parameters + [("format", format)]))\">\(label)</a>"
            }.joined(separator: " ")
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    static func query(_ dashboard: Dashboard, unit: String) -> String {
        PreviewPages.query([("date", dashboard.day.description), ("unit", unit)])
    }
}
