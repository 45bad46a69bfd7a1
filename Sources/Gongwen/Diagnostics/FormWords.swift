/// The words of the browser form (`gongwen serve`'s 新建会议 and 编辑): each field's label and help
/// as the printed document names it, in English and Chinese, beside `Message` and `Label`.
public enum FormWords {
    /// Every word of the form by key, in `language`: what the page hands its script.
    public static func table(in language: Language) -> [String: String] {
        var table: [String: String] = [:]
        for (key, english, chinese) in entries { table[key] = language.pick(english, chinese) }
        return table
    }

    /// A problem as the form says it: a key the message names (`title`) called by its field's
    /// label (会议名称), which the clerk sees beside the box and never the key. (An unknown key
    /// keeps its name and the keys it could be: it is fixed in the file, where keys are typed.)
    public static func text(of diagnostic: Diagnostic, in language: Language) -> String {
        let table = table(in: language)
        let parent = diagnostic.path.map { ValuePath(spelled: $0).parentKey } ?? ""
        func label(_ key: String) -> String { table[labelKey(key, under: parent)] ?? key }
        switch diagnostic.content {
        case .required(let key):
            return Message.required(key: label(key)).text(in: language)
        default:
            return diagnostic.content.text(in: language)
        }
    }

    /// Where a path is in the form's words: `tasks[2].content` → 任务分工 第3项 · 任务内容.
    public static func place(of path: String, in language: Language) -> String {
        let table = table(in: language)
        let sections = [
            "meeting": "sectionMeeting", "task_updates": "sectionCarry", "reports": "sectionReports",
            "comments": "sectionComments", "requirements": "sectionRequirements", "speech": "sectionSpeech",
            "decisions": "sectionDecisions", "tasks": "sectionTasks", "headings": "sectionHeadings",
        ]
        var words: [String] = []
        var parent = ""
        for (offset, part) in ValuePath(spelled: path).parts.enumerated() {
            let word = offset == 0 ? sections[part.key].flatMap { table[$0] } : table[labelKey(part.key, under: parent)]
            var text = word ?? part.key
            for index in part.indices { text += language.pick(" \(index + 1)", " 第\(index + 1)项") }
            words.append(text)
            parent = part.key
        }
        return words.joined(separator: " · ")
    }

    /// The form's word for `key` in a mapping under `parent`: a person's `title` is a post
    /// (职务) and their `unit` a unit (单位), a meeting's `title` its name.
    static func labelKey(_ key: String, under parent: String) -> String {
        let people: Set = ["host", "speaker", "recorder", "attendees", "observers", "owner", "reporter", "by"]
        switch key {
        case "title" where people.contains(parent): return "personTitle"
        case "unit" where people.contains(parent): return "personUnit"
        case "text" where parent == "points": return "pointText"
        default: return key
        }
    }

    static let entries: [(String, String, String)] = [
        // Page and actions.
        ("newMeeting", "New meeting", "新建会议"), ("editMeeting", "Edit meeting", "编辑会议"),
        ("check", "Check", "检查"), ("save", "Save", "保存"), ("saveDraft", "Save as draft", "保存为草稿"),
        ("saved", "Saved as %1", "已保存为 %1"),
        (
            "draftSaved", "Saved as a draft: %1 (not rendered until it has no errors)",
            "已保存为草稿：%1（改正全部错误后才会生成文件）"
        ),
        ("hasErrors", "%1 problems: fix them, or save as a draft", "有 %1 处错误：请改正，或先保存为草稿"),
        ("noErrors", "No errors", "没有错误"), ("warnings", "%1 notes", "%1 条提示"),
        (
            "conflict",
            "The file changed on disk since you opened it. Your version was not saved: compare the two below and choose.",
            "打开表单后，磁盘上的文件已被修改。您的修改尚未保存：请对照下面两个版本，选择处理方式。"
        ),
        (
            "rewriteNotice",
            "Saving rewrites this file in Gongwen's layout: its comments and line layout are not kept. The previous version is kept in %1.",
            "保存后，此文件将按统一格式重写，原有注释和排版不会保留；保存前的版本会留在 %1 中。"
        ),
        ("addItem", "Add %1", "添加%1"), ("remove", "Remove", "删除"), ("up", "Move up", "上移"), ("down", "Move down", "下移"),
        ("preview", "Preview", "预览"), ("previewMinutes", "Minutes", "会议纪要"), ("previewSpeech", "Speech", "讲话稿"),
        ("back", "Back to the index", "返回目录"), ("draft", "Draft", "草稿"),
        ("readOnly", "Editing is turned off for this server.", "本服务器未开启编辑。"),
        ("network", "The server did not answer: is gongwen serve still running?", "服务器没有响应：gongwen serve 是否仍在运行？"),
        // Sections.
        ("sectionMeeting", "Meeting", "会议基本信息"), ("sectionCarry", "Tasks of earlier meetings", "上次会议部署任务落实情况"),
        ("sectionReports", "Reports", "汇报单位与汇报人"), ("sectionComments", "Comments", "点评"),
        ("sectionRequirements", "Requirements", "工作要求"), ("sectionSpeech", "Speech", "讲话"),
        ("sectionDecisions", "Decisions", "议定事项"), ("sectionTasks", "Tasks", "任务分工"),
        ("sectionColophon", "Attachments and distribution", "附件与版记"), ("sectionHeadings", "Own headings", "本单位小标题"),
        // Meeting fields.
        ("title", "Meeting name", "会议名称"), ("organization", "Organisation", "单位"),
        ("organization_short", "Short name (局党委)", "单位简称（如 局党委）"), ("kind", "Kind", "会议类型"),
        ("number", "Number", "纪要编号"), ("date", "Date", "时间（日期）"), ("time", "Time", "时间（几点）"),
        ("location", "Place", "地点"), ("host", "Host", "主持"), ("speaker", "Speaker", "讲话人"),
        ("recorder", "Recorder", "记录"),
        ("attendees", "Attending", "出席"), ("observers", "Sitting in", "列席"), ("absentees", "Absent", "请假"),
        ("reason", "Reason", "事由"), ("name", "Name", "姓名"), ("personTitle", "Post", "职务"),
        ("personUnit", "Unit", "单位"),
        ("attachments", "Attachments", "附件"), ("copy_to", "Copy to", "抄送"), ("distribution", "Distribution", "分送"),
        ("printed_by", "Issued by", "印发机关"), ("printed_on", "Issued on", "印发日期"),
        // Reports, comments, requirements.
        ("report", "Report", "汇报"), ("reportKind", "Kind", "形式"), ("reporter", "Reporter", "汇报人"),
        ("unit", "Unit", "汇报单位"), ("topic", "Topic", "汇报题目"), ("achievements", "What was done", "做法成效"),
        ("shortcomings", "Shortcomings", "差距不足"), ("plans", "Next steps", "努力方向"), ("paragraph", "Paragraph", "段落"),
        ("comment", "Comment", "点评"), ("by", "By", "点评人"), ("about", "About", "点评对象"), ("text", "Text", "内容"),
        ("requirement", "Requirement", "工作要求"), ("requirementBy", "By", "提出人"),
        // Speech.
        ("opening", "Opening", "开场白"), ("closing", "Closing", "结束语"), ("unify_thinking", "1. 统一思想", "一、统一思想"),
        ("key_points", "2. 聚焦重点", "二、聚焦重点"), ("responsibility", "3. 压实责任", "三、压实责任"),
        ("heading", "Heading", "标题"), ("paragraphs", "Paragraphs", "段落"), ("sections", "Sections （一）", "小节（一）（二）"),
        ("section", "Section", "小节"), ("points", "Points 一要", "要点（一要、二要）"), ("point", "Point", "要点"),
        ("lead", "Lead sentence", "要点句"), ("pointText", "Text", "展开内容"),
        ("minutes", "In the minutes (third person)", "纪要中的表述（第三人称）"),
        (
            "minutesHelp",
            "The minutes never copy the speech's paragraphs, which say 我/我们. Write here how the minutes put it (会议强调……); left empty, the minutes give the headings and the points' lead sentences.",
            "纪要不照抄讲话原文（讲话用“我”“我们”）。请在此写纪要的说法，如“会议强调……”；不写，纪要只列标题和要点句。"
        ),
        // Decisions and tasks.
        ("decision", "Decision", "议定事项"), ("task", "Task", "任务"), ("id", "Task id", "任务编号"),
        ("content", "Task", "任务内容"), ("part", "Part", "所属部分"), ("lead_unit", "Lead unit", "牵头单位"),
        ("owner", "Owner", "责任人"), ("partners", "Partners", "配合单位"), ("due", "Due", "完成时限"),
        ("status", "State", "状态"), ("completed_on", "Completed on", "完成日期"), ("note", "Note", "说明"),
        ("update", "Progress", "进展"), ("recordProgress", "Record progress", "记录进展"),
        ("noOpenTasks", "No open tasks in earlier meetings of this folder.", "本文件夹中之前的会议没有未完成的任务。"),
        ("assignedAt", "Assigned at", "部署会议"),
        ("planned", "Not started", "未开始"), ("in_progress", "In progress", "推进中"), ("done", "Done", "已完成"),
        ("blocked", "Blocked", "受阻"), ("none", "—", "—"),
        // Headings.
        ("headingsHelp", "Leave empty for Gongwen's headings.", "留空则使用默认小标题。"),
        ("namesHelp", "One name per line, or separated by 、", "每行一个姓名，或用顿号“、”隔开"),
        ("unitsHelp", "One unit per line, or separated by 、", "每行一个单位，或用顿号“、”隔开"),
        ("textsHelp", "A blank line starts a new paragraph", "空一行即另起一段"),
        ("dateHelp", "Year-month-day, such as 2026-11-20", "年-月-日，如 2026-11-20"),
        ("datePlaceholder", "YYYY-MM-DD", "年-月-日"),
        ("stale", "The preview shows the last version without errors.", "预览显示的是上一次没有错误时的内容。"),
        // People.
        ("attendee", "Attending", "出席人员"), ("observer", "Sitting in", "列席人员"), ("absentee", "Absent", "请假人员"),
        ("attachment", "Attachment", "附件"),
        ("pasteList", "Paste a list", "粘贴名单"), ("readList", "Read the list", "识别名单"),
        (
            "pasteHelp", "Paste a list such as 王建国（党委书记、局长），李敏（副局长）: each person becomes a row.",
            "可粘贴名单，如“王建国（党委书记、局长），李敏（副局长）”，每人自动成为一行。"
        ),
        // Deleting, drafts, saving.
        ("removedItem", "%1 %2 deleted", "已删除第%2项%1"), ("undo", "Undo", "撤销"),
        (
            "startFromReplaces", "Replace what you typed with the earlier meeting's details?",
            "用所选会议的信息替换已填写的内容吗？"
        ),
        (
            "draftSavedClean", "Saved as a draft: %1 (a draft makes no documents; Save writes the meeting file)",
            "已保存为草稿：%1（草稿不生成文件；点“保存”写入会议文件）"
        ),
        ("autosaved", "Draft saved automatically at %1", "已于 %1 自动保存草稿"),
        (
            "leftDraft", "Changes to this file that were never saved are kept in the draft %1:",
            "此文件有未保存的修改，已自动保存在草稿 %1 中："
        ),
        ("openDraft", "open the draft", "打开草稿"),
        ("startFrom", "Copy an earlier meeting", "从上次会议复制"), ("startFromPick", "— choose a meeting —", "— 选择会议 —"),
        (
            "startedFrom",
            "Copied the meeting details, people and headings of %1; its reports and tasks are not copied.",
            "已复制 %1 的会议信息、人员和小标题；汇报、任务等内容不复制。"
        ),
        ("download", "Download", "下载"), ("print", "Print", "打印"),
        ("savedVersion", "the saved version", "已保存的版本"),
        // Conflicts.
        ("overwrite", "Save mine over it", "用我的版本覆盖"), ("loadTheirs", "Load the file's version", "载入文件的版本"),
        ("merge", "Merge", "合并"), ("mine", "My version", "我的版本"), ("theirs", "The file's version", "文件中的版本"),
        ("onlyMine", "changed by me", "我有改动"), ("onlyTheirs", "changed in the file", "文件中有改动"),
        ("both", "changed by both", "双方都有改动"), ("useMine", "use mine", "用我的"), ("useTheirs", "use the file's", "用文件的"),
        ("merged", "Merged: check it, then save.", "已合并：请检查后保存。"),
        ("loadedTheirs", "The file's version is loaded.", "已载入文件的版本。"), ("fieldName", "Field", "栏目"),
        ("emptyValue", "(empty)", "（空）"),
        ("directory", "People and units", "人员与单位"), ("directoryPeople", "People", "人员（每行一人）"),
        ("directoryUnits", "Units (one a line)", "单位（每行一个）"),
        (
            "directoryHelp",
            "One person a line: name, post, unit, separated by spaces or tabs (paste from a spreadsheet); a missing post is an empty cell, or — when typed. The form offers these first, and the checks warn of a name or unit one character off.",
            "每行一人：姓名、职务、单位，用空格或 Tab 隔开（可从表格中直接复制粘贴）；没有职务时，从表格粘贴的留空即可，手工输入的写“—”。填写会议时优先提示这些人员和单位，检查时会提醒与名录只差一个字的姓名和单位。"
        ),
        ("directorySaved", "Saved: %1 people, %2 units.", "已保存：%1 人，%2 个单位。"),
        ("openItem", "Edit", "展开"), ("closeItem", "Close", "收起"), ("noContent", "(no task text yet)", "（未填写任务内容）"),
    ]
}
