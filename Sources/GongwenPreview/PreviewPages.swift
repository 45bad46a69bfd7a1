import Foundation
import Gongwen

/// The preview's own pages: the index of meeting files and months, and the page that shows a file's errors.
enum PreviewPages {
    /// Added before `</body>` of every page: reloads it when the folder's generation moves on.
    static func reloadScript(generation: Int) -> String {
        """
        <script>
        (function () {
          var seen = "\(generation)";
          var source = new EventSource("/events");
          source.onmessage = function (event) {
            if (event.data !== seen) { source.close(); location.reload(); }
          };
        })();
        </script>

        """
    }

    /// Puts the reload script into a rendered HTML page.
    static func withReload(_ html: String, generation: Int) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else {
            return html + reloadScript(generation: generation)
        }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: reloadScript(generation: generation))
    }

    static let style = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; }
        table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd; padding: .4em; text-align: left; }
        .errors { color: #a00; white-space: pre-wrap; font-family: monospace; } .file { color: #666; font-size: .9em; }
        a { color: #0645ad; } .formats a { margin-right: .6em; } .date { white-space: nowrap; }
        """

    static func page(title: String, body: String, generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>\(HTMLWriter.escape(title))</title><style>\(style)</style></head>
        <body>
        \(body)\(reloadScript(generation: generation))</body>
        </html>

        """
    }

    static func query(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
    }

    /// The index: meeting files newest first, with previews and downloads; the months with their summaries; failures.
    static func index(
        folder: String, meetings: [Meeting], failures: [(String, GongwenError)], templates: [String], generation: Int
    ) -> String {
        var body = "<h1>Gongwen 预览</h1>\n<p class=\"file\">\(HTMLWriter.escape(folder))</p>\n"
        let sorted = meetings.sorted { ($0.info.date, $1.source) > ($1.info.date, $0.source) }
        body +=
            "<h2>会议（\(sorted.count)）</h2>\n<table>\n<tr><th>日期</th><th>会议</th><th>单位</th><th>预览</th><th>下载</th></tr>\n"
        for meeting in sorted {
            let file = meeting.source
            let previews = templates.map { template in
                "<a href=\"/preview?\(query([("file", file), ("template", template)]))\">\(template)</a>"
            }.joined(separator: " ")
            let downloads = templates.map { template in
                let links = ["md", "xml", "docx"].map { format in
                    "<a href=\"/download?\(query([("file", file), ("template", template), ("format", format)]))\">\(format)</a>"
                }.joined(separator: " ")
                return "\(template): \(links)"
            }.joined(separator: "<br>")
            body += "<tr><td class=\"date\">\(meeting.info.date)</td><td>\(HTMLWriter.escape(meeting.info.title))"
            body += "<div class=\"file\">\(HTMLWriter.escape(file))</div></td>"
            body += "<td>\(HTMLWriter.escape(meeting.info.organization ?? ""))</td>"
            body += "<td class=\"formats\">\(previews)</td><td class=\"formats\">\(downloads)</td></tr>\n"
        }
        body += "</table>\n"
        let months = Set(meetings.map { YearMonth($0.info.date) }).sorted(by: >)
        body += "<h2>月度（\(months.count)）</h2>\n<table>\n<tr><th>月份</th><th>月度工作总结</th><th>责任清单与任务清单</th></tr>\n"
        for month in months {
            func links(_ template: String) -> String {
                let preview =
                    "<a href=\"/summary?\(query([("month", month.description), ("template", template)]))\">预览</a>"
                let downloads = ["md", "xml", "docx"].map { format in
                    "<a href=\"/summary?\(query([("month", month.description), ("template", template), ("format", format)]))\">\(format)</a>"
                }
                return ([preview] + downloads).joined(separator: " ")
            }
            body += "<tr><td>\(month.chinese)</td><td class=\"formats\">\(links("monthly-summary")) "
            body += "<a href=\"/summary?\(query([("month", month.description), ("format", "json")]))\">json</a></td>"
            body += "<td class=\"formats\">\(links("accountability"))</td></tr>\n"
        }
        body += "</table>\n"
        if !failures.isEmpty {
            body += "<h2>有错误的文件（\(failures.count)）</h2>\n"
            for (file, error) in failures {
                body +=
                    "<h3>\(HTMLWriter.escape(file))</h3>\n<div class=\"errors\">\(HTMLWriter.escape(error.description))</div>\n"
            }
        }
        return page(title: "Gongwen 预览", body: body, generation: generation)
    }

    /// A file or template that does not render: its errors, with the reload script so the fix shows at once.
    static func errors(title: String, error: Error, generation: Int) -> String {
        let text = (error as? GongwenError)?.description ?? "\(error)"
        let body =
            "<h1>\(HTMLWriter.escape(title))</h1>\n<p>无法生成，请按以下提示修改后保存，页面会自动刷新：</p>\n"
            + "<div class=\"errors\">\(HTMLWriter.escape(text))</div>\n<p><a href=\"/\">返回目录</a></p>\n"
        return page(title: title, body: body, generation: generation)
    }
}
