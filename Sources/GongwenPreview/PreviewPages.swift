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
        .errors { color: #a00; white-space: pre-wrap; font-family: monospace; }
        ul.notes li { margin: .3em 0; } ul.errors-in-folder { color: #a00; } .notes .place { font-weight: bold; } .notes q { display: block; color: #555; margin-left: 1em; }
        .notes q::before, .notes q::after { content: ""; } .file { color: #666; font-size: .9em; }
        a { color: #0645ad; } .formats a { margin-right: .6em; white-space: nowrap; } .date { white-space: nowrap; }
        .formats span { white-space: nowrap; } .state { margin-top: .3em; } .reason, .changed { color: #a00; }
        """

    static func page(title: String, body: String, generation: Int, language: Language, reloads: Bool = true) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head><meta charset="utf-8"><title>\(HTMLWriter.escape(title))</title><style>\(style)</style></head>
        <body>
        \(body)\(reloads ? reloadScript(generation: generation) : "")</body>
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

    /// `（3）` or ` (3)` after a heading.
    static func count(_ number: Int, _ language: Language) -> String {
        language == .zh ? "（\(number)）" : " (\(number))"
    }

    /// A template's name on a link: 纪要, 讲话稿, 责任清单, 月度总结 (or the English).
    static func templateLabel(_ template: String, _ language: Language) -> String {
        switch template {
        case "minutes": Label.minutes.text(in: language)
        case "speech": Label.speech.text(in: language)
        case "accountability": Label.accountability.text(in: language)
        case "monthly-summary": Label.monthlySummary.text(in: language)
        // 首部式纪要, or an organisation's own template by its file name.
        default: language == .zh ? TemplateCatalog.chineseName(of: template) : template
        }
    }

    /// Download links for the Word, PDF, Markdown and XML files of one document, under a 下载 heading.
    static func downloads(_ path: String, _ parameters: [(String, String)], _ language: Language) -> String {
        let formats: [(String, Label)] = [("docx", .word), ("pdf", .pdf), ("md", .markdown), ("xml", .xml)]
        return formats.map { format, label in
            "<a href=\"\(path)?\(query(parameters + [("format", format)]))\" title=\"\(Label.download.text(in: language)) "
                + "\(label.text(in: language))\">\(label.text(in: language))</a>"
        }.joined(separator: " ")
    }

    /// The index: meeting files newest first, with previews and downloads; the months with their summaries; failures.
    static func index(
        folder: String, meetings: [Meeting], failures: [(String, GongwenError, String?)],
        folderProblems: [(String, [FieldNote])] = [], notes: [(String, [FieldNote])] = [], templates: [String],
        generation: Int, language l: Language,
        editing drafts: [String]? = nil, office: String? = nil, state: ((String) -> String)? = nil
    ) -> String {
        let title = Label.previewTitle.text(in: l)
        var body = "<h1>\(title)</h1>\n<p class=\"file\">\(HTMLWriter.escape(folder))</p>\n"
        body += "<p><a class=\"dashboard\" href=\"/dashboard\">\(Label.dashboard.text(in: l))</a>　"
        body += "<a class=\"calendar\" href=\"/calendar\">\(Label.calendarSubscription.text(in: l))</a></p>\n"
        // In office mode: who is signed in, and the files waiting for this leader.
        body += office ?? ""
        // With editing on (`drafts` given): the way to a new meeting, and the drafts not yet saved as files.
        if let drafts {
            body += "<p><a class=\"new\" href=\"/edit\">\(Label.newMeeting.text(in: l))</a> "
            body += "<a class=\"directory\" href=\"/directory\">\(FormWords.table(in: l)["directory"]!)</a></p>\n"
            if !drafts.isEmpty {
                body += "<h2>\(Label.drafts.text(in: l))\(count(drafts.count, l))</h2>\n<ul>\n"
                for draft in drafts {
                    body += "<li><a href=\"/edit?\(query([("draft", draft)]))\">\(HTMLWriter.escape(draft))</a></li>\n"
                }
                body += "</ul>\n"
            }
        }
        let sorted = meetings.sorted { ($0.info.date, $1.source) > ($1.info.date, $0.source) }
        body += "<h2>\(Label.meetings.text(in: l))\(count(sorted.count, l))</h2>\n<table>\n<tr>"
        for label in [Label.date, .meeting, .organization, .preview, .download] {
            body += "<th>\(label.text(in: l))</th>"
        }
        body += "</tr>\n"
        for meeting in sorted {
            let file = meeting.source
            // A document the meeting has no data for (a 讲话稿 without a speech) is not offered.
            let templates = templates.filter { TemplateNeed(templateName: $0)?.isMet(by: meeting) ?? true }
            let previews = templates.map { template in
                "<a href=\"/preview?\(query([("file", file), ("template", template)]))\">\(templateLabel(template, l))</a>"
            }.joined(separator: " ")
            let downloadLinks = templates.map { template in
                "<span>\(templateLabel(template, l))："
                    + downloads("/download", [("file", file), ("template", template)], l) + "</span>"
            }.joined(separator: "<br>")
            body += "<tr><td class=\"date\">\(meeting.info.date)</td><td>\(HTMLWriter.escape(meeting.info.title))"
            body += "<div class=\"file\">\(HTMLWriter.escape(file))"
            if drafts != nil, FormFiles.isMeetingFileName(file) {
                body += " <a class=\"edit\" href=\"/edit?\(query([("file", file)]))\">\(Label.edit.text(in: l))</a>"
            }
            body += "</div>\(state?(file) ?? "")</td>"
            body += "<td>\(HTMLWriter.escape(meeting.info.organization ?? ""))</td>"
            body += "<td class=\"formats\">\(previews)</td><td class=\"formats\">\(downloadLinks)</td></tr>\n"
        }
        body += "</table>\n"
        let months = Set(meetings.map { YearMonth($0.info.date) }).sorted(by: >)
        body +=
            "<h2>\(Label.months.text(in: l))\(count(months.count, l))</h2>\n<table>\n<tr><th>\(Label.month.text(in: l))</th>"
        body += "<th>\(Label.monthlySummary.text(in: l))</th><th>\(Label.accountability.text(in: l))</th></tr>\n"
        for month in months {
            func links(_ template: String) -> String {
                let parameters = [("month", month.description), ("template", template)]
                return "<a href=\"/summary?\(query(parameters))\">\(Label.preview.text(in: l))</a> "
                    + Label.download.text(in: l) + (l == .zh ? "：" : ": ") + downloads("/summary", parameters, l)
            }
            body += "<tr><td>\(l == .zh ? month.chinese : month.description)</td>"
            body += "<td class=\"formats\">\(links("monthly-summary")) "
            body += "<a href=\"/summary?\(query([("month", month.description), ("format", "json")]))\">"
            body += "\(Label.figures.text(in: l))</a></td>"
            body += "<td class=\"formats\">\(links("accountability"))</td></tr>\n"
        }
        body += "</table>\n"
        // Quarters and years: the same summary over the period (--quarter, --year).
        let years = Set(months.map(\.year)).sorted(by: >)
        if !years.isEmpty {
            body += "<p class=\"periods\">\(Label.quartersAndYears.text(in: l))："
            for year in years {
                let quarters = Set(months.filter { $0.year == year }.map { ($0.month - 1) / 3 + 1 }).sorted(by: >)
                for quarter in quarters {
                    let period = SummaryPeriod.quarter(year: year, quarter: quarter)
                    body += "<a href=\"/summary?\(query([("quarter", period.description)]))\">"
                    body += "\(HTMLWriter.escape(l == .zh ? period.chinese : period.description))</a> "
                }
                let whole = SummaryPeriod.year(year)
                body += "<a href=\"/summary?\(query([("year", whole.description)]))\">"
                body += "\(HTMLWriter.escape(l == .zh ? whole.chinese : whole.description))</a> "
            }
            body += "</p>\n"
        }
        if !notes.isEmpty {
            body += "<h2>\(Label.proofreading.text(in: l))\(count(notes.map(\.1.count).reduce(0, +), l))</h2>\n"
            for (file, found) in notes { body += notesList(file, found, l) }
        }
        if !failures.isEmpty || !folderProblems.isEmpty {
            body += "<h2>\(Label.filesWithErrors.text(in: l))\(count(failures.count + folderProblems.count, l))</h2>\n"
            for (file, error, source) in failures {
                body += "<h3>\(HTMLWriter.escape(file))</h3>\n\(errorList(error, source: source, language: l))\n"
            }
            // A file that loads but breaks a rule of the folder, in the clerk's words like the notes.
            for (file, found) in folderProblems { body += notesList(file, found, l, errors: true) }
        }
        return page(title: title, body: body, generation: generation, language: l)
    }

    /// A file's notes: where in the meeting, what, and the sentence.
    static func notesList(_ file: String, _ notes: [FieldNote], _ l: Language, errors: Bool = false) -> String {
        let esc = HTMLWriter.escape
        var html = "<h3>\(esc(file))</h3>\n<ul class=\"notes\(errors ? " errors-in-folder" : "")\">\n"
        for note in notes {
            html += "<li><span class=\"place\">\(esc(note.place))</span>\(l == .zh ? "：" : ": ")\(esc(note.message))"
            html += note.sentence.map { "<q>\(esc($0))</q>" } ?? ""
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// Each problem as its line, with the source line and a caret under it when the file's text is known.
    static func errorList(_ error: Error, source: String?, language: Language) -> String {
        guard let error = error as? GongwenError else {
            return "<div class=\"errors\">\(HTMLWriter.escape("\(error)"))</div>"
        }
        guard !error.diagnostics.isEmpty else {
            return "<div class=\"errors\">\(HTMLWriter.escape(error.text(in: language)))</div>"
        }
        return list(error.diagnostics, source: source, language: language)
    }

    /// Diagnostics one per line, each with its source line and caret when the file's text is known.
    static func list(_ diagnostics: [Diagnostic], source: String?, language: Language) -> String {
        var text = ""
        for diagnostic in diagnostics {
            text += diagnostic.text(in: language) + "\n"
            if let source, let excerpt = SourceExcerpt.excerpt(of: source, at: diagnostic.location) {
                text += excerpt + "\n"
            }
        }
        return "<div class=\"errors\">\(HTMLWriter.escape(text))</div>"
    }

    /// A file or template that does not render: its errors, with the reload script so the fix shows at once.
    static func errors(title: String, error: Error, source: String?, generation: Int, language: Language) -> String {
        let body =
            "<h1>\(HTMLWriter.escape(title))</h1>\n<p>\(Label.cannotRender.text(in: language))</p>\n"
            + errorList(error, source: source, language: language)
            + "\n<p><a href=\"/\">\(Label.backToIndex.text(in: language))</a></p>\n"
        return page(title: title, body: body, generation: generation, language: language)
    }
}
