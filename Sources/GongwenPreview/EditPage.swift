import Foundation
import Gongwen

/// The form page's HTML: a frame of buttons, the form the script builds, the problems and the
/// document beside it; the script, its styles and the starting data inline.
enum EditPage {
    static func html(
        boot: [String: Any], title: String?, language: Language, notice: String?, enabled: Bool,
        leftDraft: String? = nil
    ) -> String {
        let words = FormWords.table(in: language)
        let heading = title == nil ? words["newMeeting"]! : words["editMeeting"]!
        let data = (try? JSONSerialization.data(withJSONObject: boot)) ?? Data("{}".utf8)
        // Inside <script> no `<` may stand as it is (`</script>`, `<!--` would end or hide the rest of
        // the page), nor `>`, `&`, or the line separators older parsers end a string at.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + data.count / 8)
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80):
                bytes.removeLast(2)
                bytes += Array((byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
            default: bytes.append(byte)
            }
            previous = (previous.1, byte)
        }
        let json = String(decoding: bytes, as: UTF8.self)
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
            <span id="autosave" class="small"></span>
            \(title == nil ? "<select id=\"start-from\" aria-label=\"\(esc(words["startFrom"]!))\"><option value=\"\">\(esc(words["startFrom"]!))…</option></select>" : "")
            <select id="template" aria-label="\(esc(words["preview"]!))">
            <option value="minutes">\(esc(words["previewMinutes"]!))</option>
            <option value="speech">\(esc(words["previewSpeech"]!))</option>
            </select>
            <button type="button" id="check">\(esc(words["check"]!))</button>
            <button type="button" id="save-draft"\(enabled ? "" : " disabled")>\(esc(words["saveDraft"]!))</button>
            <button type="button" id="save" class="primary"\(enabled ? "" : " disabled")>\(esc(words["save"]!))</button>
            <button type="button" id="print">\(esc(words["print"]!))</button>
            <span id="downloads"></span>
            </header>
            \(enabled ? "" : "<p id=\"readonly\">\(esc(words["readOnly"]!))</p>")
            <p id="notice"\(notice == nil ? " hidden" : "")>\(esc(notice ?? ""))</p>
            \(leftDraft.map { "<p id=\"left-draft\">\(esc(words["leftDraft"]!.replacingOccurrences(of: "%1", with: $0))) <a href=\"/edit?draft=\(esc($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))\">\(esc(words["openDraft"]!))</a></p>" } ?? "")
            <main>
            <form id="form" autocomplete="off" onsubmit="return false"></form>
            <aside>
            <div id="message"></div>
            <ul id="problems"></ul>
            <p id="stale" hidden>\(esc(words["stale"]!))</p>
            <iframe id="preview" sandbox="allow-same-origin allow-modals" title="\(esc(words["preview"]!))"></iframe>
            </aside>
            </main>
            <div id="undo" role="status" hidden></div>
            <div id="lists"></div>
            <script type="application/json" id="gongwen-boot">\(json)</script>
            <script>
            \(BuiltInFiles.text("edit/form.js"))</script>
            </body>
            </html>

            """
    }
}
