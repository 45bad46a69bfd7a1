import Foundation
import Gongwen

/// The form page's HTML: a frame of buttons, the form the script builds, the problems and the
/// document beside it; the script, its styles and the starting data inline.
enum EditPage {
    static func html(boot: [String: Any], title: String?, language: Language, notice: String?, enabled: Bool) -> String
    {
        let words = FormWords.table(in: language)
        let heading = title == nil ? words["newMeeting"]! : words["editMeeting"]!
        let data = (try? JSONSerialization.data(withJSONObject: boot, options: [.sortedKeys])) ?? Data("{}".utf8)
        // Inside <script> no `<` may stand as it is (`</script>`, `<!--` would end or hide the rest of
        // the page), nor `>`, `&`, or the line separators older parsers end a string at.
        var json = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": json += "\\u003c"
            case ">": json += "\\u003e"
            case "&": json += "\\u0026"
            case "\u{2028}": json += "\\u2028"
            case "\u{2029}": json += "\\u2029"
            default: json.unicodeScalars.append(scalar)
            }
        }
        let esc = HTMLWriter.escape
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(heading))\(title.map { " — " + esc($0) } ?? "")</title>
            <style>
            \(BuiltInFiles.text("edit/form.css"))</style>
            </head>
            <body>
            <header>
            <h1>\(esc(heading))</h1>
            <span class="file">\(esc(title ?? ""))</span>
            <a href="/">\(esc(words["back"]!))</a>
            <span id="state"></span>
            <select id="template" aria-label="\(esc(words["preview"]!))">
            <option value="minutes">\(esc(words["previewMinutes"]!))</option>
            <option value="speech">\(esc(words["previewSpeech"]!))</option>
            </select>
            <button type="button" id="check">\(esc(words["check"]!))</button>
            <button type="button" id="save-draft"\(enabled ? "" : " disabled")>\(esc(words["saveDraft"]!))</button>
            <button type="button" id="save" class="primary"\(enabled ? "" : " disabled")>\(esc(words["save"]!))</button>
            </header>
            \(enabled ? "" : "<p id=\"readonly\">\(esc(words["readOnly"]!))</p>")
            <p id="notice"\(notice == nil ? " hidden" : "")>\(esc(notice ?? ""))</p>
            <main>
            <form id="form" autocomplete="off" onsubmit="return false"></form>
            <aside>
            <div id="message"></div>
            <ul id="problems"></ul>
            <p id="stale" hidden>\(esc(words["stale"]!))</p>
            <iframe id="preview" sandbox="allow-same-origin" title="\(esc(words["preview"]!))"></iframe>
            </aside>
            </main>
            <div id="lists"></div>
            <script type="application/json" id="gongwen-boot">\(json)</script>
            <script>
            \(BuiltInFiles.text("edit/form.js"))</script>
            </body>
            </html>

            """
    }
}
