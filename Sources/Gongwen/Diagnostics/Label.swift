/// The words of the preview's pages (headings, links, short refusals), in English and in Chinese,
/// beside `Message` so that every word a person reads comes from one catalogue.
public enum Label: String, Sendable, CaseIterable {
    case previewTitle, meetings, months, date, meeting, organization, preview, download, minutes, speech
    case accountability, monthlySummary, month, filesWithErrors, cannotRender, backToIndex, word, pdf, markdown, xml
    case figures, noSuchMeetingFile, noSuchTemplate, formatForMeetings, formatForSummaries, monthForm, onlyGet
    case noRequestBody, addressTooLong, foreignHost, aboutMinutes, aboutMinutesClassic, aboutSpeech, aboutAccountability
    case aboutMonthlySummary, aboutReminder, alsoWritten, dashboard, quartersAndYears, calendarSubscription, dayForm,
        nothingToRemind,
        calendarUsePersonalAddress, calendarLoopbackOnly, noSuchCalendarAddress, calendarSubscribeHow,
        calendarDownloadHow, calendarDownload,
        previewRunning, starterWritten, proofreading
    case editingOff, foreignOrigin, bodyTooLarge, newMeeting, edit, drafts, notEditable, badForm
    case signIn, signOut, signInFirst, accountField, passwordField, signedInAs, waitingForYou, submit, returnToClerk
    case issue, reason, comment, auditTrail, accounts, action, version, changedAfterIssue, returnedBecause, notYourRole
    case time, administrator, newPassword, enableAccount, disableAccount, newAccount, add, rolesInOfficeFile
    case disabled, locked, address, newPasswordPrompt, againPrompt, commentsHeading, errorPrefix, issuedCopies

    /// The label in `language` with `%1`, `%2` replaced by `values`.
    public func text(in language: Language, _ values: String...) -> String {
        var result = text(in: language)
        for (index, value) in values.enumerated() {
            result = result.replacingOccurrences(of: "%\(index + 1)", with: value)
        }
        return result
    }

    /// The label in `language`.
    public func text(in language: Language) -> String {
        let l = language
        switch self {
        case .previewTitle: return l.pick("Gongwen preview", "公文预览")
        case .meetings: return l.pick("Meetings", "会议")
        case .months: return l.pick("Months", "月度")
        case .date: return l.pick("Date", "日期")
        case .meeting: return l.pick("Meeting", "会议")
        case .organization: return l.pick("Organisation", "单位")
        case .preview: return l.pick("Preview", "预览")
        case .download: return l.pick("Download", "下载")
        case .minutes: return l.pick("Minutes", "纪要")
        case .speech: return l.pick("Speech", "讲话稿")
        case .accountability: return l.pick("Accountability lists", "责任清单")
        case .monthlySummary: return l.pick("Monthly summary", "月度总结")
        case .month: return l.pick("Month", "月份")
        case .filesWithErrors: return l.pick("Files with errors", "有错误的文件")
        case .cannotRender:
            return l.pick(
                "This cannot be rendered. Fix what is listed below and save; the page reloads by itself:",
                "无法生成，请按以下提示修改后保存，页面会自动刷新：")
        case .backToIndex: return l.pick("Back to the index", "返回目录")
        case .word: return l.pick("Word", "Word")
        case .pdf: return l.pick("PDF", "PDF")
        case .editingOff:
            return l.pick(
                "Editing is off: start gongwen serve without --read-only (on another address than this computer's, with --edit).",
                "未开启编辑：启动 gongwen serve 时不要加 --read-only（在本机以外的地址上提供服务时需加 --edit）。")
        case .foreignOrigin:
            return l.pick(
                "Refused: only the form of this preview, opened from its own address, may save.",
                "已拒绝：只有从本预览地址打开的表单才能保存。")
        case .bodyTooLarge: return l.pick("The request is too large (at most 1 MB).", "请求过大（最多 1 MB）。")
        case .newMeeting: return l.pick("New meeting", "新建会议")
        case .edit: return l.pick("Edit", "编辑")
        case .drafts: return l.pick("Drafts", "草稿")
        case .notEditable:
            return l.pick(
                "Only .yaml meeting files inside the folder can be edited here.", "只能编辑本文件夹中的 .yaml 会议文件。")
        case .badForm: return l.pick("The form's data could not be read.", "无法读取表单数据。")
        case .signIn: return l.pick("Sign in", "登录")
        case .signOut: return l.pick("Sign out", "退出")
        case .signInFirst: return l.pick("Sign in first.", "请先登录。")
        case .accountField: return l.pick("Account", "账号")
        case .passwordField: return l.pick("Password", "密码")
        case .signedInAs: return l.pick("Signed in as %1", "当前账号：%1")
        case .waitingForYou: return l.pick("Waiting for your review", "待我审核")
        case .submit: return l.pick("Send for review", "送审")
        case .returnToClerk: return l.pick("Return", "退回")
        case .issue: return l.pick("Sign and issue", "签发")
        case .reason: return l.pick("Reason for returning it:", "退回理由：")
        case .comment: return l.pick("Comment", "批注")
        case .auditTrail: return l.pick("Audit trail", "审计记录")
        case .accounts: return l.pick("Accounts", "账号管理")
        case .action: return l.pick("Action", "操作")
        case .time: return l.pick("Time", "时间")
        case .administrator: return l.pick("administrator", "管理员")
        case .newPassword: return l.pick("New password", "重设密码")
        case .enableAccount: return l.pick("Enable", "启用")
        case .disableAccount: return l.pick("Disable", "停用")
        case .newAccount: return l.pick("New account", "新增账号")
        case .add: return l.pick("Add", "新增")
        case .rolesInOfficeFile: return l.pick("Roles are granted in office.yaml.", "角色在 office.yaml 中分配。")
        case .disabled: return l.pick("disabled", "已停用")
        case .locked: return l.pick("locked", "已锁定")
        case .address: return l.pick("Address", "地址")
        case .newPasswordPrompt: return l.pick("New password: ", "新密码：")
        case .againPrompt: return l.pick("Again: ", "再输入一次：")
        case .commentsHeading: return l.pick("Comments", "批注")
        case .errorPrefix: return l.pick("error: ", "错误：")
        case .issuedCopies: return l.pick("Signed, version %1", "签发件（第 %1 版）")
        case .version: return l.pick("version %1", "第 %1 版")
        case .changedAfterIssue: return l.pick("changed since it was signed", "签发后已改动，需重新送审")
        case .returnedBecause: return l.pick("Returned: %1", "退回理由：%1")
        case .notYourRole: return l.pick("Your role in this folder does not allow this.", "您在该文件夹的角色不能进行此操作。")
        case .markdown: return l.pick("Markdown", "Markdown")
        case .xml: return l.pick("XML", "XML")
        case .figures: return l.pick("figures (JSON)", "数据（JSON）")
        case .noSuchMeetingFile: return l.pick("No such meeting file", "没有这个会议文件")
        case .noSuchTemplate: return l.pick("No such template", "没有这个模板")
        case .formatForMeetings: return l.pick("format takes md, html, xml or docx", "format 只能是 md、html、xml 或 docx")
        case .formatForSummaries:
            return l.pick("format takes md, html, xml, docx or json", "format 只能是 md、html、xml、docx 或 json")
        case .monthForm: return l.pick("month takes YYYY-MM", "month 应为 YYYY-MM（年-月）")
        case .onlyGet: return l.pick("Only GET and HEAD are answered", "只支持 GET 和 HEAD")
        case .noRequestBody: return l.pick("A request must not have a body", "请求不应带正文")
        case .addressTooLong: return l.pick("The address is too long", "地址太长")
        case .aboutMinutes: return l.pick("minutes (会议纪要) of one meeting", "会议纪要，由一个会议文件生成")
        case .aboutMinutesClassic:
            return l.pick(
                "minutes with 时间, 地点, 主持, 出席… under the title (a house layout)",
                "首部式会议纪要：时间、地点、主持、出席等列于标题下（单位惯用格式）")
        case .aboutSpeech: return l.pick("the principal leader's speech draft (讲话稿)", "主要领导讲话稿")
        case .aboutAccountability:
            return l.pick(
                "accountability lists (责任清单与任务清单), by lead unit and by part; render or summary",
                "责任清单与任务清单，按牵头单位和三个部分列出；render 和 summary 都可用")
        case .aboutMonthlySummary:
            return l.pick(
                "the monthly summary (月度工作总结) of a folder: gongwen summary", "月度工作总结，汇总一个文件夹的会议：gongwen summary")
        case .aboutReminder:
            return l.pick(
                "reminder notices (催办通知), one per unit with overdue or soon-due tasks: gongwen summary --template reminder --as-of DATE",
                "催办通知，每个有逾期或即将到期任务的牵头单位一份：gongwen summary --template reminder --as-of 日期")
        case .alsoWritten: return l.pick("also", "也可写")
        case .dashboard: return l.pick("Supervision dashboard (督查工作台)", "督查工作台")
        case .quartersAndYears: return l.pick("Quarters and years", "季度和全年总结")
        case .calendarSubscription: return l.pick("Deadlines in your calendar (日历订阅)", "日历订阅")
        case .dayForm: return l.pick("Give the day as YYYY-MM-DD, such as 2026-12-10", "日期应写成“年-月-日”，如 2026-12-10")
        case .nothingToRemind: return l.pick("%1 has no task to remind of on that day", "%1当天没有需要催办的任务")
        case .calendarUsePersonalAddress:
            return l.pick(
                "In office mode, use your own address on the calendar page (/calendar)", "请用“日历订阅”页上的个人订阅地址")
        case .calendarLoopbackOnly:
            return l.pick(
                "The calendar is offered on this computer only: open it where gongwen serve runs",
                "日历只在本机提供：请在运行 gongwen serve 的电脑上打开")
        case .noSuchCalendarAddress:
            return l.pick(
                "No such calendar address (a password change gives a new one)", "没有这个日历订阅地址（密码修改后地址会更换）")
        case .calendarSubscribeHow:
            return l.pick(
                "Subscribe to this address in Outlook, WPS or your phone's calendar to see the deadlines of the tasks you may read, with a reminder 3 days before. It is yours alone; a password change gives a new one and ends this one.",
                "在 Outlook、WPS 日历或手机日历中“添加订阅日历”，填入下面的地址，即可看到您有权查看的各项任务的完成时限（到期前3天提醒）。地址只供本人使用；修改密码后地址会更换，旧地址随即失效。")
        case .calendarDownloadHow:
            return l.pick(
                "Import this file into the calendar program on this computer to see the tasks' deadlines, with a reminder 3 days before.",
                "在本机的日历程序中导入下面的文件，即可看到各项任务的完成时限（到期前3天提醒）。")
        case .calendarDownload: return l.pick("Download the calendar file (.ics)", "下载日历文件（.ics）")
        case .proofreading: return l.pick("Proofreading", "校对提示")
        case .previewRunning:
            return l.pick("Gongwen preview of %1 on %2 (press Ctrl+C to stop)", "公文预览：%1，请在浏览器中打开 %2（按 Ctrl+C 停止）")
        case .starterWritten:
            return l.pick(
                "wrote %1; fill it in with a text editor (save as UTF-8), then: gongwen validate %1",
                "已写出 %1；请用文本编辑器填写（保存为 UTF-8），然后运行：gongwen validate %1")
        case .foreignHost:
            return l.pick(
                "This preview answers only its own address (localhost, 127.0.0.1); allow other names with --allow-host",
                "此预览只回应本机地址（localhost、127.0.0.1）；其他主机名请用 --allow-host 指定")
        }
    }
}
