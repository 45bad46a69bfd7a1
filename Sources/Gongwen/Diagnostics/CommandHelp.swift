/// The command line's `--help` texts, in English and in Chinese (swift-argument-parser builds
/// help from these values, read when a command is set up, so they follow the chosen language).
public enum CommandHelp: String, Sendable, CaseIterable {
    case checkAbstract, checkStrict, checkFormat, checkConfig, allowRule
    case gongwen, gongwenDiscussion, templatesDir, referenceDocx, names, initAbstract, initFile, lang, renderAbstract,
        renderFiles, renderTemplate, renderFormat, renderOutput, keepFolders, renderLedger, summaryOrganization,
        serveEdit, serveReadOnly, serveTaskIds,
        serveAbstract, serveFolder, serveHost,
        servePort, allowHost, summaryAbstract, summaryFolder, summaryMonth, summaryTemplate, summaryFormat,
        summaryOutput, skipInvalid, templatesAbstract, validateAbstract, validatePaths
    case serveOffice, serveTLSCert, serveTLSKey, serveInsecureHTTP
    case userAbstract, userAdd, userPasswd, userDisable, userEnable, userList, userFolder, userName
    case auditAbstract, auditSince, auditUser, auditFile, auditVerify, auditFormat, auditAnchor
    case backupAbstract, backupOutput, restoreAbstract, restoreArchive, restoreFolder
    case noCharts, summaryQuarter, summaryYear, summaryAsOf, summaryWithin, summaryFrom, summaryReplyBy
    case calendarAbstract, calendarFolder, calendarUnit, calendarOutput

    /// The help text in `language`.
    public func text(in language: Language) -> String {
        let l = language
        switch self {
        case .checkAbstract:
            return l.pick(
                "Proofread meeting files: leftover placeholders, pasted web text, punctuation slips, contradictions.",
                "校对会议文件：未填写的占位符、网页复制残留、标点错误、前后矛盾的内容。")
        case .checkStrict:
            return l.pick(
                "Make every finding an error (exit status 1), for CI and scheduled jobs.", "把所有提示当作错误（退出码 1），用于自动检查。")
        case .checkFormat:
            return l.pick("text, or json: the findings for scripts.", "text，或 json（供程序读取）。")
        case .checkConfig:
            return l.pick(
                "A proofreading settings file (default: .gongwen-check.yaml in the current folder, if there).",
                "校对设置文件（默认：当前文件夹中的 .gongwen-check.yaml，如有）。")
        case .allowRule:
            return l.pick(
                "Switch a proofreading rule off (placeholder, watermark, …); repeatable.",
                "关闭一条校对规则（如 placeholder、watermark）；可写多次。")
        case .gongwen:
            return l.pick(
                "Turn meeting records into official documents (公文): minutes, speech drafts and more.",
                "把会议记录生成为公文：会议纪要、讲话稿、责任清单、月度总结等。")
        case .gongwenDiscussion:
            return l.pick(
                "Formats: markdown (md), html, xml (Word Flat OPC), docx, pdf (by LibreOffice). See README.md.",
                "格式：markdown（md）、html、xml（Word Flat OPC）、docx、pdf（由 LibreOffice 生成）。中文说明见 README.zh-CN.md。")
        case .templatesDir:
            return l.pick(
                "A folder of your own templates that override built-ins by name.",
                "本单位自己的模板文件夹，同名时代替内置模板。")
        case .names:
            return l.pick(
                "Template names in output file names: en (党委会.minutes.docx) or zh (党委会.会议纪要.docx). Default: GONGWEN_NAMES, else en.",
                "输出文件名中的模板名：en（党委会.minutes.docx）或 zh（党委会.会议纪要.docx）。默认取 GONGWEN_NAMES，否则为 en。")
        case .referenceDocx:
            return l.pick(
                "A Word file whose styles, page setup, header and footer the Word output takes.",
                "一个 Word 文件，生成的 Word 采用它的样式、页面设置、页眉和页脚。")
        case .initAbstract:
            return l.pick(
                "Write a commented starter meeting file (Chinese notes) to fill in; never replaces a file.",
                "写出一个带中文说明的会议文件样板，供填写；不会覆盖已有文件。")
        case .initFile:
            return l.pick(
                "The file to write.",
                "要写出的文件。")
        case .lang:
            return l.pick(
                "Language of messages: zh or en (default: GONGWEN_LANG, then the locale: zh* is Chinese).",
                "提示信息的语言：zh（中文）或 en（英文）（默认看 GONGWEN_LANG，再看系统语言设置）。")
        case .renderAbstract:
            return l.pick(
                "Render meeting files with one or more templates into Markdown, HTML, Flat OPC XML and DOCX.",
                "用一个或多个模板把会议文件生成为 Markdown、HTML、Flat OPC XML 和 DOCX。")
        case .renderFiles:
            return l.pick(
                "Meeting files (.yaml, .yml or .json).",
                "会议文件（.yaml、.yml 或 .json）。")
        case .renderTemplate:
            // Every per-meeting template and every Chinese name it answers to, from the catalogue.
            let names = ["minutes", "minutes-classic", "speech", "accountability"]
            let chinese = names.map { name in
                TemplateCatalog.chineseNames.filter { $0.value == name }.map(\.key).sorted { $0.count > $1.count }
                    .joined(separator: "、")
            }
            return l.pick(
                "A built-in template name (\(names.joined(separator: ", ")); in Chinese \(chinese.joined(separator: ", "))) or a .mustache path; repeatable. Default: minutes.",
                "内置模板名（\(chinese.joined(separator: "；"))，也可用英文名 \(names.joined(separator: "、"))）或 .mustache 文件路径；可写多次。默认：会议纪要。"
            )
        case .renderFormat:
            return l.pick(
                "Formats, comma-separated: markdown (md), html, xml, docx, pdf (made by LibreOffice from the Word "
                    + "file). Default: md, html, xml, docx.",
                "格式，用逗号分隔：markdown（md）、html、xml、docx、pdf（由 LibreOffice 从 Word 文件生成）。"
                    + "默认：md、html、xml、docx。")
        case .renderOutput:
            return l.pick(
                "Output folder, or - for standard output (one file, template and format).",
                "输出文件夹；写 - 表示输出到屏幕（只限一个文件、一个模板、一种格式）。")
        case .summaryOrganization:
            return l.pick(
                "The organisation whose summary to make, as meeting.organization names it (a folder of several "
                    + "organisations otherwise gets one summary each).",
                "只生成该单位的总结（与 meeting.organization 一致；文件夹中有多个单位时，默认每个单位分别生成）。")
        case .serveEdit:
            return l.pick(
                "Let the browser form save meeting files when serving on an address other than this computer's "
                    + "(on 127.0.0.1 it always may): then anyone who can reach the address can change the files.",
                "在本机以外的地址上提供服务时，也允许浏览器表单保存会议文件（在 127.0.0.1 上始终允许）；"
                    + "此时凡能访问该地址的人都能修改文件。")
        case .serveReadOnly:
            return l.pick(
                "Preview only: the browser form cannot save.", "只预览：浏览器表单不能保存。")
        case .serveTaskIds:
            return l.pick(
                "How the form numbers a new task: <date>, <year>, <month>, <day> and one run of N for the number "
                    + "(default: <date>-NN, as 2026-12-02-01).",
                "表单给新任务编号的格式：<date>、<year>、<month>、<day> 和一串 N（序号位数）"
                    + "（默认：<date>-NN，如 2026-12-02-01）。")
        case .renderLedger:
            return l.pick(
                "Where the tasks that task_updates name were assigned: the meeting files under DIR (default: the "
                    + "folder of each meeting file, with its subfolders).",
                "task_updates 所列任务的部署会议文件所在文件夹（默认：各会议文件所在文件夹及其子文件夹）。")
        case .keepFolders:
            return l.pick(
                "Keep each input's folder under the output folder (2026-10/m.yaml → DIR/2026-10/m.minutes.md).",
                "在输出文件夹中保留各输入文件所在的文件夹（2026-10/m.yaml → 输出/2026-10/m.minutes.md）。")
        case .serveAbstract:
            return l.pick(
                "Preview every meeting file of a folder in the browser; pages reload when a file changes.",
                "在浏览器中预览文件夹里的全部会议文件；文件保存后页面自动刷新。")
        case .serveFolder:
            return l.pick(
                "The folder of meeting files.",
                "会议文件所在的文件夹。")
        case .serveHost:
            return l.pick(
                "The address to listen on; 127.0.0.1 keeps the preview on this computer.",
                "监听的地址；127.0.0.1 表示只在本机可用。")
        case .servePort:
            return l.pick(
                "The port to listen on.",
                "监听的端口。")
        case .allowHost:
            return l.pick(
                "Another name the preview answers to in the Host header (besides the address, localhost, 127.0.0.1); repeatable.",
                "预览还可回应的主机名（本机地址、localhost、127.0.0.1 之外）；可写多次。")
        case .summaryAbstract:
            return l.pick(
                "Summarise a folder of meeting files over a month, quarter or year (the summary, with charts, or the accountability lists), or write the day's reminder notices (催办通知).",
                "汇总一个文件夹的会议文件：按月、季度或全年生成工作总结（含图表）或责任清单，或生成当天的催办通知。")
        case .summaryFolder:
            return l.pick(
                "A folder of meeting files, searched recursively.",
                "会议文件所在的文件夹（包括其中的子文件夹）。")
        case .noCharts:
            return l.pick(
                "No charts in summaries (their tables stay). Default: GONGWEN_CHARTS=off turns them off for the house.",
                "总结中不画图表（表格照旧）。也可设环境变量 GONGWEN_CHARTS=off，全单位统一不画。")
        case .summaryQuarter:
            return l.pick("A quarter instead of a month: YYYY-Qn (2026-Q4).", "按季度总结：年-Q季度（如 2026-Q4）。")
        case .summaryYear:
            return l.pick("A whole year instead of a month: YYYY (2026).", "按全年总结：年份（如 2026）。")
        case .summaryAsOf:
            return l.pick(
                "For --template reminder: the day the notices are dated and counted from (YYYY-MM-DD; default today).",
                "催办通知的日期，逾期天数和剩余天数从这天算起（年-月-日；默认今天）。")
        case .summaryWithin:
            return l.pick(
                "For --template reminder: also remind of tasks due within this many days (default 7).",
                "催办通知同时提醒多少天内到期的任务（默认 7 天）。")
        case .summaryFrom:
            return l.pick(
                "For --template reminder: the issuing office that signs the notices (default: the organisation the meetings name); also writes the 版记's 印发 line.",
                "催办通知的发文单位（落款），默认为会议文件写明的单位；写明时版记加印发行。")
        case .summaryReplyBy:
            return l.pick(
                "For --template reminder: the day units report progress by (default: 5 days after --as-of).",
                "催办通知要求报送落实情况的日期（默认：--as-of 之后 5 天）。")
        case .calendarAbstract:
            return l.pick(
                "Write the tasks' deadlines as an iCalendar file (.ics) for Outlook, WPS, phones: open tasks with a reminder 3 days before, completed ones marked.",
                "把任务的完成时限写成日历文件（.ics），可导入 Outlook、WPS、手机日历：未完成的任务到期前3天提醒，已完成的标明“已完成”。")
        case .calendarFolder:
            return l.pick("The folder of meeting files.", "会议文件所在的文件夹。")
        case .calendarUnit:
            return l.pick("Only the tasks this unit leads or shares.", "只写这个单位牵头或配合的任务。")
        case .calendarOutput:
            return l.pick(
                "The .ics file to write, or - for standard output (default: 任务时限.ics).",
                "写入的 .ics 文件，- 表示输出到屏幕（默认：任务时限.ics）。")
        case .summaryMonth:
            return l.pick(
                "YYYY-MM, current or previous (from today's local date).",
                "月份：年-月（如 2026-11），或 current（本月）、previous（上月）。")
        case .summaryTemplate:
            return l.pick(
                "monthly-summary (default), accountability, reminder (催办通知, with --as-of), or a .mustache path; repeatable.",
                "月度总结（默认）、责任清单、催办通知（配合 --as-of），或 .mustache 文件路径；可写多次。")
        case .summaryFormat:
            return l.pick(
                "Formats, comma-separated: markdown (md), html, xml, docx, pdf, json. Default: md, html, xml, docx.",
                "格式，用逗号分隔：markdown（md）、html、xml、docx、pdf、json。默认：md、html、xml、docx。")
        case .summaryOutput:
            return l.pick(
                "Output folder.",
                "输出文件夹。")
        case .skipInvalid:
            return l.pick(
                "Report invalid files as warnings and summarise the valid ones.",
                "有错误的文件只提示、不计入，其余文件照常汇总。")
        case .templatesAbstract:
            return l.pick(
                "List the templates you can pass to --template.",
                "列出 --template 可用的模板。")
        case .validateAbstract:
            return l.pick(
                "Check meeting files (or folders of them, recursively) against the data contract.",
                "检查会议文件（或文件夹中的全部会议文件）是否符合格式要求。")
        case .validatePaths:
            return l.pick(
                "Meeting files or folders.",
                "会议文件或文件夹。")
        case .serveOffice:
            return l.pick(
                "Serve an office: sign-in, roles per folder, 送审/签发 and an audit trail, as this file says "
                    + "(default: DIR/.gongwen/office.yaml when it exists).",
                "以办公室模式提供服务：登录、按文件夹分配角色、送审/签发、审计记录，按此配置文件"
                    + "（默认：文件夹中的 .gongwen/office.yaml，如有）。")
        case .serveTLSCert:
            return l.pick("The HTTPS certificate (PEM).", "HTTPS 证书文件（PEM 格式）。")
        case .serveTLSKey:
            return l.pick("The HTTPS private key (PEM).", "HTTPS 私钥文件（PEM 格式）。")
        case .serveInsecureHTTP:
            return l.pick(
                "Allow office mode over plain HTTP on an address other than this computer's (passwords travel in clear).",
                "允许在本机以外的地址上以办公室模式使用明文 HTTP（密码将明文传输）。")
        case .userAbstract:
            return l.pick("Manage the office's accounts.", "管理办公室账号。")
        case .userAdd:
            return l.pick(
                "Make an account; the password is asked twice (or read from standard input).",
                "新增账号；密码需输入两次（或从标准输入读取）。")
        case .userPasswd:
            return l.pick(
                "Give an account a new password; its sessions end and a lock is lifted.",
                "修改账号密码；该账号已登录的会话随即失效，锁定解除。")
        case .userDisable:
            return l.pick("Disable an account; its sessions end at once.", "停用账号；该账号已登录的会话立即失效。")
        case .userEnable:
            return l.pick("Enable a disabled account again.", "重新启用已停用的账号。")
        case .userList:
            return l.pick("List the accounts and their roles.", "列出账号及其角色。")
        case .userFolder:
            return l.pick("The office's folder (as given to gongwen serve).", "办公室文件夹（即 gongwen serve 的文件夹）。")
        case .userName:
            return l.pick("The account's name.", "账号名。")
        case .auditAbstract:
            return l.pick(
                "Print the audit trail and check that no entry was changed or deleted.", "打印审计记录，并检查有无记录被改动或删除。")
        case .auditSince:
            return l.pick("Only entries from this day (YYYY-MM-DD) on.", "只列出此日期（年-月-日）以来的记录。")
        case .auditUser:
            return l.pick("Only this account's entries.", "只列出此账号的记录。")
        case .auditFile:
            return l.pick("Only entries about this meeting file (as the index names it).", "只列出关于此会议文件的记录。")
        case .auditVerify:
            return l.pick(
                "Check the chain of entries; exit status 1 when one was changed or deleted.",
                "检查记录链；有记录被改动或删除时退出码为 1。")
        case .auditAnchor:
            return l.pick(
                "A hash an earlier --verify printed, noted elsewhere: it must still be in the trail; repeatable.",
                "以前 --verify 打印并另行保存的校验值：须仍在记录中；可写多次。")
        case .auditFormat:
            return l.pick("text (default), csv or json.", "text（默认）、csv 或 json。")
        case .backupAbstract:
            return l.pick(
                "Write one archive of the office: files, history, drafts, issued documents and the database.",
                "把办公室的全部内容写入一个备份文件：会议文件、历史版本、草稿、签发文件和数据库。")
        case .backupOutput:
            return l.pick("The archive to write (.tar.gz).", "要写入的备份文件（.tar.gz）。")
        case .restoreAbstract:
            return l.pick(
                "Restore a backup into a new, empty folder and check its audit trail.",
                "把备份恢复到一个新的空文件夹，并检查其审计记录。")
        case .restoreArchive:
            return l.pick("The backup archive.", "备份文件。")
        case .restoreFolder:
            return l.pick("The empty folder to restore into.", "恢复到的空文件夹。")
        }
    }
}
