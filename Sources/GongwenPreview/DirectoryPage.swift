import Foundation
import Gongwen

/// 人员与单位: the office's directory as two boxes a clerk can paste a spreadsheet into, and a
/// button that saves it to `.gongwen/directory.yaml`.
enum DirectoryPage {
    static func html(_ directory: OfficeDirectory, token: String, language: Language, enabled: Bool) -> String {
        let words = FormWords.table(in: language)
        let esc = HTMLWriter.escape
        let units = directory.units.joined(separator: "\n")
        // The token is hex, written into the script as it is; keeping only letters and digits makes
        // sure nothing else could ever end the string.
        let token = token.filter { $0.isLetter || $0.isNumber }
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(esc(words["directory"]!))</title>
            <style>
            body { margin: 1em 2em; font: 15px/1.6 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; }
            textarea { width: 100%; font: inherit; tab-size: 14; } .hint { color: #666; font-size: 13px; } #message.bad { color: #b00; }
            button { font: inherit; padding: .2em 1em; }
            </style>
            </head>
            <body>
            <h1>\(esc(words["directory"]!))</h1>
            <p><a href="/">\(esc(words["back"]!))</a></p>
            <p class="hint">\(esc(words["directoryHelp"]!))</p>
            <h2>\(esc(words["directoryPeople"]!))</h2>
            <textarea id="people" rows="14">\(esc(directory.peopleLines))</textarea>
            <h2>\(esc(words["directoryUnits"]!))</h2>
            <textarea id="units" rows="8">\(esc(units))</textarea>
            <p><button type="button" id="save"\(enabled ? "" : " disabled")>\(esc(words["save"]!))</button> <span id="message"></span></p>
            <script>
            document.getElementById("save").addEventListener("click", function () {
              fetch("/api/directory", { method: "POST", credentials: "same-origin",
                headers: { "Content-Type": "application/json", "X-Gongwen-Token": "\(token)" },
                body: JSON.stringify({ people: document.getElementById("people").value, units: document.getElementById("units").value }) })
                .then(function (response) { return response.text().then(function (text) { return { ok: response.ok, text: text }; }); })
                .then(function (answer) {
                  var message = document.getElementById("message");
                  var json = {};
                  try { json = JSON.parse(answer.text); } catch (error) { json = { message: answer.text }; }
                  message.className = answer.ok ? "" : "bad";
                  message.textContent = json.message || "";
                });
            });
            </script>
            </body>
            </html>

            """
    }
}
