import Foundation
import Gongwen
import GongwenOffice

/// Office mode's pages and the parts it adds to the index: sign-in, the account line, each file's
/// state with the buttons its role allows, the audit trail and the accounts page.
enum OfficePages {
    static let esc = HTMLWriter.escape

    /// `post(path, body)`: a writing request with the session's token; the page reloads after it.
    static func script(csrf: String) -> String {
        """
        <script>
        function gongwenPost(path, body, after) {
          return fetch(path, {method: "POST", headers: {"Content-Type": "application/json", "X-Gongwen-Token": "\(csrf)"},
            body: JSON.stringify(body), credentials: "same-origin"}).then(function (r) {
            return r.json().catch(function () { return {}; }).then(function (answer) {
              if (!r.ok) { alert(answer.message || r.statusText); return; }
              if (after) { after(answer); } else { location.reload(); }
            });
          });
        }
        </script>

        """
    }

    static func signIn(office: String?, token: String, language l: Language) -> String {
        let title = (office.map { $0 + " · " } ?? "") + Label.signIn.text(in: l)
        return """
            <!DOCTYPE html>
            <html lang="\(l == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8"><title>\(esc(title))</title>
            <style>\(PreviewPages.style) form { max-width: 20em; } label { display: block; margin: .8em 0; }
            input { font-size: 1.1em; width: 100%; } #message { color: #a00; }</style></head>
            <body><h1>\(esc(title))</h1>
            <form id="signin"><label>\(Label.accountField.text(in: l))<input name="name" autocomplete="username" required autofocus></label>
            <label>\(Label.passwordField.text(in: l))<input name="password" type="password" autocomplete="current-password" required></label>
            <p><button type="submit">\(Label.signIn.text(in: l))</button></p><p id="message" role="alert"></p></form>
            <script>
            document.getElementById("signin").addEventListener("submit", function (event) {
              event.preventDefault();
              var form = event.target;
              fetch("/api/signin", {method: "POST", headers: {"Content-Type": "application/json", "X-Gongwen-Token": "\(token)"},
                body: JSON.stringify({name: form.name.value, password: form.password.value}), credentials: "same-origin"})
                .then(function (r) { return r.json().then(function (answer) {
                  if (r.ok) { location.href = "/"; } else { document.getElementById("message").textContent = answer.message; form.password.value = ""; }
                }); });
            });
            </script></body></html>

            """
    }

    /// The line above the index: who is signed in, where, and the way out; the list of files waiting
    /// for this leader.
    static func header(
        _ visitor: Visitor, waiting: [(file: String, title: String)], language l: Language
    ) -> String {
        var html = script(csrf: visitor.csrf)
        let roles = visitor.access.roleLine(administrator: Label.administrator.text(in: l))
        html += "<p class=\"account\">\(Label.signedInAs.text(in: l, esc(visitor.access.account))) "
        html += "<span class=\"file\">\(esc(roles))</span> "
        if visitor.access.seesAudit { html += "<a href=\"/audit\">\(Label.auditTrail.text(in: l))</a> " }
        if visitor.access.isAdmin { html += "<a href=\"/admin\">\(Label.accounts.text(in: l))</a> " }
        html += "<button onclick=\"gongwenPost('/api/signout', {}, function () { location.href = '/signin'; })\">"
        html += "\(Label.signOut.text(in: l))</button></p>\n"
        if !waiting.isEmpty {
            html +=
                "<h2>\(Label.waitingForYou.text(in: l))\(PreviewPages.count(waiting.count, l))</h2>\n<ul class=\"waiting\">\n"
            for item in waiting {
                html +=
                    "<li><a href=\"/preview?\(PreviewPages.query([("file", item.file), ("template", "minutes")]))\">"
                html += "\(esc(item.title))</a> <span class=\"file\">\(esc(item.file))</span></li>\n"
            }
            html += "</ul>\n"
        }
        return html
    }

    /// A file's state and what this account may do with it now.
    static func state(
        _ file: String, _ state: DocumentState, changed: Bool, access: OfficeAccess,
        comments: [(author: String, at: String, text: String)], issued: [String], language l: Language
    ) -> String {
        let quoted =
            "'" + file.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        let fileJS = esc(quoted)
        var html = "<div class=\"state\"><b>\(state.stage.rawValue)</b>"
        if state.version > 1 { html += " " + Label.version.text(in: l, String(state.version)) }
        if state.stage == .issued, let by = state.signedBy {
            html += " <span class=\"file\">\(esc(by)) \(esc(String((state.signedAt ?? "").prefix(10))))</span>"
            if changed { html += " <span class=\"changed\">\(Label.changedAfterIssue.text(in: l))</span>" }
        }
        if let reason = state.reason, state.stage == .draft {
            html += "<div class=\"reason\">\(Label.returnedBecause.text(in: l, esc(reason)))</div>"
        }
        if access.canEdit(file), state.stage == .draft || (state.stage == .issued && changed) {
            html +=
                " <button onclick=\"gongwenPost('/api/submit', {file: \(fileJS)})\">\(Label.submit.text(in: l))</button>"
        }
        if access.canReview(file), state.stage == .submitted {
            html +=
                " <button onclick=\"gongwenPost('/api/issue', {file: \(fileJS)})\">\(Label.issue.text(in: l))</button>"
            html +=
                " <button onclick=\"var r = prompt('\(Label.reason.text(in: l))'); if (r) gongwenPost('/api/return', {file: \(fileJS), text: r})\">"
            html += "\(Label.returnToClerk.text(in: l))</button>"
        }
        if access.canReview(file) {
            html +=
                " <button onclick=\"var r = prompt('\(Label.comment.text(in: l))'); if (r) gongwenPost('/api/comment', {file: \(fileJS), text: r})\">"
            html += "\(Label.comment.text(in: l))</button>"
        }
        // What went out: the signed version's Word and PDF, as kept at 签发.
        if let version = state.lastIssuedVersion, !issued.isEmpty {
            html += "<div class=\"issued formats\">\(Label.issuedCopies.text(in: l, String(version)))："
            for name in issued {
                let query = PreviewPages.query([("file", file), ("version", String(version)), ("name", name)])
                let label = name.hasSuffix(".pdf") ? Label.pdf : Label.word
                html += "<a href=\"/issued?\(query)\">\(label.text(in: l))</a>"
            }
            html += "</div>"
        }
        for comment in comments {
            html += "<div class=\"comment\">\(Label.commentsHeading.text(in: l))（\(esc(comment.author)) "
            html += "\(esc(localTime(comment.at)))）：\(esc(comment.text))</div>"
        }
        return html + "</div>"
    }

    static func audit(_ entries: [AuditEntry], breaks: [AuditTrail.Break], changed: [String], language l: Language)
        -> String
    {
        var body =
            "<h1>\(Label.auditTrail.text(in: l))</h1>\n<p><a href=\"/\">\(Label.backToIndex.text(in: l))</a></p>\n"
        let problems =
            breaks.map { $0.message.text(in: l) }
            + changed.map { Message.issuedCopyChanged($0).text(in: l) }
        if !problems.isEmpty {
            body += "<ul class=\"errors\">" + problems.map { "<li>\(esc($0))</li>" }.joined() + "</ul>\n"
        }
        body +=
            "<table class=\"audit\">\n<tr><th>#</th><th>\(Label.time.text(in: l))</th><th>\(Label.accountField.text(in: l))</th>"
        body +=
            "<th>\(Label.address.text(in: l))</th><th>\(Label.action.text(in: l))</th><th>\(Label.meeting.text(in: l))</th><th></th></tr>\n"
        for entry in entries.reversed() {
            let change =
                entry.before.isEmpty && entry.after.isEmpty ? "" : "\(entry.before.prefix(8))→\(entry.after.prefix(8))"
            body +=
                "<tr><td>\(entry.id)</td><td class=\"date\">\(esc(localTime(entry.at)))</td><td>\(esc(entry.actor))</td>"
            body +=
                "<td>\(esc(entry.address))</td><td class=\"date\">\(l == .zh ? entry.action.chinese : entry.action.rawValue)</td>"
            body += "<td>\(esc(entry.file))</td><td class=\"file\">\(esc(change)) \(esc(entry.detail))</td></tr>\n"
        }
        body += "</table>\n"
        return PreviewPages.page(
            title: Label.auditTrail.text(in: l), body: body, generation: 0, language: l, reloads: false)
    }

    /// A trail time (UTC) in the server's own time zone, as the office reads a clock:
    /// `2026-12-03 21:14:40`.
    static func localTime(_ iso: String) -> String {
        guard let date = try? Date(iso, strategy: .iso8601) else { return iso }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    static func admin(_ accounts: [Account], configuration: OfficeConfiguration, csrf: String, language l: Language)
        -> String
    {
        var body = script(csrf: csrf)
        body += "<h1>\(Label.accounts.text(in: l))</h1>\n<p><a href=\"/\">\(Label.backToIndex.text(in: l))</a> "
        body += "<a href=\"/audit\">\(Label.auditTrail.text(in: l))</a></p>\n<table>\n"
        for account in accounts {
            let roles = configuration.roleLine(of: account.name, administrator: Label.administrator.text(in: l))
            let name = esc("'" + account.name + "'")
            var flags: [String] = []
            if account.disabled { flags.append(Label.disabled.text(in: l)) }
            if account.locked { flags.append(Label.locked.text(in: l)) }
            body +=
                "<tr><td>\(esc(account.name))</td><td>\(esc(roles))</td><td>\(flags.joined(separator: " "))</td><td>"
            body += "<button onclick=\"var p = prompt('\(Label.passwordField.text(in: l))'); "
            body += "if (p) gongwenPost('/api/admin', {action: 'passwd', name: \(name), password: p})\">"
            body += "\(Label.newPassword.text(in: l))</button> "
            let toggle = account.disabled ? "enable" : "disable"
            body += "<button onclick=\"gongwenPost('/api/admin', {action: '\(toggle)', name: \(name)})\">"
            body +=
                "\((account.disabled ? Label.enableAccount : Label.disableAccount).text(in: l))</button></td></tr>\n"
        }
        body += "</table>\n<h2>\(Label.newAccount.text(in: l))</h2>\n"
        body += "<form onsubmit=\"event.preventDefault(); gongwenPost('/api/admin', "
        body += "{action: 'add', name: this.name.value, password: this.password.value})\">"
        body += "<label>\(Label.accountField.text(in: l)) <input name=\"name\" required></label> "
        body += "<label>\(Label.passwordField.text(in: l)) "
        body += "<input name=\"password\" type=\"password\" autocomplete=\"new-password\" required></label> "
        body += "<button>\(Label.add.text(in: l))</button></form>\n"
        body += "<p class=\"file\">\(Label.rolesInOfficeFile.text(in: l))</p>\n"
        return PreviewPages.page(
            title: Label.accounts.text(in: l), body: body, generation: 0, language: l, reloads: false)
    }
}
