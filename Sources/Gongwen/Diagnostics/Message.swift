/// Every sentence Gongwen says to a person, in English and in Chinese.
///
/// A case holds the values a message quotes; `text(in:)` spells it in either language, and
/// each case gives both in one place, so no message can exist in one language only
/// (`MessageTests` renders every case in both). Values from the user's data are quoted as
/// they are; the words around them are translated.
public enum Message: Hashable, Sendable {
    // MARK: Reading a file
    case fileEmpty
    case notUTF8
    case nulByte
    case cannotReadFile(reason: String)
    case noSuchFileOrFolder
    case noData
    case notJSON(JSONSlip)
    case unreadableCharacter(problem: String)
    case syntaxError(problem: String, context: String?, line: Int, column: Int)
    case cannotParse(problem: String)
    case secondDocument
    case aliasInsideItself(name: String)
    case aliasWithoutAnchor(name: String)
    case aliasRepeatsTooMuch(name: String, held: Int, standsFor: Int)
    case notAMeetingFile

    // MARK: Slips of the keyboard
    case invisibleInIndentation(Unicode.Scalar)
    case fullWidthColon(key: String)
    case invisibleAfterColon(key: String, character: Unicode.Scalar)
    case fullWidthListBrackets(String)
    case colonInText
    case textAfterQuote
    case textAfterBracket(String)
    case isAFolder
    case leftOutOfSummary
    case mixedOrganizations([String])
    case noSuchOrganization(String, known: [String])
    case noSuchUnit(String, known: [String])
    case noSpaceAfterColon(key: String)
    case keyWithoutColon(key: String)
    case invisibleInKey(key: String, character: Unicode.Scalar)
    case dateWrittenOtherwise(String, suggestion: String)
    case readAsOneName(String, suggestion: String)
    case alreadyNumbered(String, number: String)

    // MARK: Proofreading
    case placeholder(String)
    case emptyBrackets(String)
    case watermark(String)
    case halfWidthPunctuation(String, fullWidth: String)
    case straightQuote(String)
    case doubledPunctuation(String)
    case spaceBetweenChinese(String)
    case repeatedCharacter(String)
    case unbalanced(String, partner: String)
    case noSuchDayInText(String)
    case wrongWeekday(String, actual: Int)
    case firstPerson(String)
    case noSpeechNotWritten(template: String, chinese: String)
    case wroteFiles(count: Int, folder: String)
    case unknownNaming(String)
    case noTasksNotWritten(template: String, chinese: String)
    case attendingAndAbsent(name: String, sittingIn: Bool)
    case notAmongAttendees(name: String, isHost: Bool)
    case dueBeforeMeeting(due: String, meeting: String)
    case completedBeforeAssigned(completed: String, assigned: String)
    case completedAfterMeeting(completed: String, meeting: String)
    case taskWithoutOwner(leadUnit: Bool, owner: Bool)
    case nearDirectoryEntry(String, known: String)
    case unknownRule(String, known: [String])

    // MARK: The data contract
    case noMeetingBlock
    case expectedMapping(Noun, found: Found)
    case keyNotText
    case unknownKey(String, suggestion: String?, known: [String])
    case keyTwice(String)
    case controlCharacter(code: String)
    case textEmpty
    case expectedText(found: Found)
    case required(key: String)
    case notADay(String)
    case notADate(String)
    case notAllowed(String, suggestion: String?, known: [String], chinese: [String])
    case expectedList(Noun, found: Found)
    case taskIdRepeated(id: String, line: Int)
    case taskIdInOtherFile(id: String, file: String, line: Int)
    case unknownTaskId(id: String, suggestion: String?)

    // MARK: Output
    case sameOutput(otherInput: String, path: String)
    case sameTemplateOutput(template: String, path: String)
    case cannotCreateFolder(reason: String)
    case cannotWriteFile(reason: String)
    case fileExists
    case pdfNeedsLibreOffice
    case taskNotInFolder(id: String, folder: String)
    case pdfConversionFailed(reason: String)
    case pdfConversionTimedOut(seconds: Int)
    case pdfQueueFull

    // MARK: Templates and house style
    case templateNotWellFormed(detail: String)
    case templateBreaksVocabulary(dataFile: String?, detail: String)
    case mustacheSyntax(detail: String)
    case templateUnreadable
    case templateNotUTF8
    case unknownTemplate(name: String, known: [String], chinese: [String])
    case referenceUnreadable(detail: String)
    case referenceHasNoStyles
    case referencePartMalformed(line: Int, detail: String)
    case referenceLacksStyles([String])
    case referencePartNotUsed(kind: String, target: String)

    // MARK: Command-line usage
    case giveMeetingFiles
    case giveMeetingFilesOrFolders
    case unknownFormat(String, allowed: [String])
    case monthArgument(String)
    case quarterArgument(String)
    case yearArgument(String)
    case periodMissing
    case periodTwice
    case asOfArgument(String)
    case withinArgument(String)
    case replyByArgument(String)
    case reminderOptionsAlone
    case reminderWithoutUnit(String)
    case notAFolderOfMeetings(String)
    case summaryWritesFiles
    case summaryTemplateOnly(String)
    case monthlySummaryNeedsSummary
    case standardOutputOneDocument
    case portRange
    case unknownLanguage(String)
    case taskIdPattern(String)

    // MARK: The preview
    case previewFileNotInFolder
    case previewNoSuchFile
    case portInUse(host: String, port: Int)

    // MARK: The office
    case officeNoFolders
    case officeFolderMissing(String, served: String)
    case unknownRole(String, known: [String])
    case accountName(String)
    case wholeNumber(String, Int, Int)
    case officeDatabase(path: String, reason: String)
    case passwordTooShort(Int)
    case passwordIsName
    case passwordsDiffer
    case accountExists(String)
    case noSuchAccount(String)
    case alreadySubmitted
    case alreadyIssued
    case notSubmitted
    case changedSinceSubmitted
    case underReview
    case returnNeedsReason
    case signInRefused
    case signInWaiting(minutes: Int)
    case backupFailed(reason: String)
    case restoreIntoNonEmpty(String)
    case insecureHTTP(host: String)
    case tlsNeedsBoth
    case tlsUnreadable(reason: String)
    case auditBroken(count: Int)
    case textTooLong(Int)
    case commentEmpty
    case passwordMissing
    case noBackupAt(String)
    case auditChanged(id: Int)
    case auditMissing(from: Int, before: Int)
    case auditReordered(id: Int)
    case auditUnguarded
    case auditAnchorMissing
    case cannotDisableSelf
    case issuedCopyChanged(String)
    case auditHead(count: Int, hash: String)

    /// What a value was found to be, for "expected … but found …".
    public enum Found: Hashable, Sendable {
        case text(String)
        case mapping
        case list

        func text(in language: Language) -> String {
            switch self {
            case .text(let value): language.pick("the text '\(value)'", "文字“\(value)”")
            case .mapping: language.pick("a mapping", "键值对（映射）")
            case .list: language.pick("a list", "列表")
            }
        }
    }

    /// The things of the data contract that messages name.
    public enum Noun: String, Hashable, Sendable, CaseIterable {
        case meetingFile, meetingBlock, report, comment, requirement, speech, speechPart, section, point, task
        case taskUpdate, person, absentee
        case reports, comments, requirements, sections, points, tasks, taskUpdates, texts, people, absentees
        case speechParts, headings, officeFile, officeFolder

        func text(in language: Language) -> String {
            switch self {
            case .meetingFile: language.pick("a meeting file", "会议文件")
            case .meetingBlock: language.pick("the meeting block", "meeting（会议基本信息）部分")
            case .headings: language.pick("the headings block", "headings（本单位小标题）部分")
            case .report: language.pick("a report", "一项汇报")
            case .comment: language.pick("a comment", "一条点评")
            case .requirement: language.pick("a requirement", "一条工作要求")
            case .speech: language.pick("the speech", "讲话部分")
            case .speechPart: language.pick("a speech part", "讲话的一个部分")
            case .section: language.pick("a section", "一个小节")
            case .point: language.pick("a point", "一个要点")
            case .task: language.pick("a task", "一项任务")
            case .taskUpdate: language.pick("a task update", "一条任务进展")
            case .person: language.pick("a person", "一个人员")
            case .absentee: language.pick("an absentee", "一位请假人员")
            case .reports: language.pick("reports", "汇报")
            case .comments: language.pick("comments", "点评")
            case .requirements: language.pick("requirements", "工作要求")
            case .sections: language.pick("sections", "小节")
            case .points: language.pick("points", "要点")
            case .tasks: language.pick("tasks", "任务")
            case .taskUpdates: language.pick("task updates", "任务进展")
            case .texts: language.pick("texts", "文字")
            case .people: language.pick("people", "人员")
            case .absentees: language.pick("absentees", "请假人员")
            case .speechParts: language.pick("speech parts", "讲话的各部分")
            case .officeFile: language.pick("an office configuration", "办公室配置（office.yaml）")
            case .officeFolder: language.pick("a folder's roles", "一个文件夹的角色（文秘、审核、督查）")
            }
        }
    }

    /// `张明、陈刚` as a list is written: `[张明, 陈刚]`.
    static func listOf(_ text: String) -> String {
        let items = text.split(whereSeparator: { "，、;；,".contains($0) }).map {
            $0.trimmingCharacters(in: [" ", "\u{3000}"])
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// An invisible or look-alike character, named so that the clerk can find it.
    static func name(of scalar: Unicode.Scalar, in language: Language) -> String {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        switch scalar.value {
        case 0x09: return language.pick("tab (\(code))", "制表符 Tab（\(code)）")
        case 0x3000: return language.pick("full-width space (\(code))", "全角空格（\(code)）")
        case 0xA0: return language.pick("no-break space (\(code))", "不换行空格（\(code)）")
        case 0x200B: return language.pick("zero-width space (\(code))", "零宽空格（\(code)）")
        case 0xFEFF: return language.pick("byte order mark (\(code))", "字节顺序标记 BOM（\(code)）")
        default: return language.pick("character \(code)", "字符 \(code)")
        }
    }

    /// The message in `language`.
    public func text(in language: Language) -> String {
        let l = language
        switch self {
        case .fileEmpty:
            return l.pick(
                "the file is empty; a meeting file needs at least `meeting:` with `title` and `date`",
                "文件是空的；会议文件至少要有 meeting:（会议基本信息），并在其下写 title（会议名称）和 date（日期）")
        case .notUTF8:
            return l.pick(
                "the file is not valid UTF-8 text here; save it as UTF-8 (Unicode) and try again",
                "文件此处不是有效的 UTF-8 文字；请把文件另存为 UTF-8（Unicode）编码后再试")
        case .nulByte:
            return l.pick(
                "the file holds a NUL byte: it is not a text file; save it as UTF-8 text",
                "文件含有空字符（NUL），不是文本文件；请另存为 UTF-8 文本")
        case .cannotReadFile(let reason):
            return l.pick("cannot read the file (\(reason))", "无法读取此文件（\(LibYAMLWords.chinese(reason))）")
        case .noSuchFileOrFolder:
            return l.pick("no such file or folder", "找不到这个文件或文件夹")
        case .noData:
            return l.pick("the file holds no data", "文件里没有内容")
        case .notJSON(let slip):
            return l.pick("the file is not valid JSON: ", "文件不是有效的 JSON：") + slip.text(in: l)
        case .unreadableCharacter(let problem):
            return l.pick(
                "cannot read the text: \(problem); remove the character or save the file as UTF-8",
                "无法读取此处的文字（\(LibYAMLWords.chinese(problem))）；请删除这个字符，或把文件另存为 UTF-8")
        case .syntaxError(let problem, let context, let line, let column):
            let english = context.map { " (\($0) at line \(line), column \(column))" } ?? ""
            let chinese = context.map { "（\(LibYAMLWords.chinese($0))，第\(line)行第\(column)列）" } ?? ""
            return l.pick(
                "syntax error: \(problem)\(english); check the indentation, quotes and brackets on this line and the one before",
                "格式错误：\(LibYAMLWords.chinese(problem))\(chinese)；请检查本行和上一行的缩进、引号和括号")
        case .cannotParse(let problem):
            return l.pick("cannot parse the file: \(problem)", "无法解析此文件：\(problem)")
        case .secondDocument:
            return l.pick(
                "a second document starts here; a meeting file holds one meeting, so remove this `---` and what follows, or move it to a file of its own",
                "这里开始了第二份文档；一个会议文件只写一次会议，请删除这行“---”及其后内容，或把它移到单独的文件")
        case .aliasInsideItself(let name):
            return l.pick(
                "the alias '*\(name)' stands inside the value '&\(name)' names, which cannot hold itself; write the value out here",
                "引用“*\(name)”位于“&\(name)”所标记的内容之中，内容不能引用自身；请在此处直接写出内容")
        case .aliasWithoutAnchor(let name):
            return l.pick(
                "the alias '*\(name)' refers to no anchor before it; write '&\(name)' on the value it stands for, above this line, or write the value out here",
                "引用“*\(name)”前面没有对应的标记；请在本行之前要引用的内容上写“&\(name)”，或在此处直接写出内容")
        case .aliasRepeatsTooMuch(let name, let held, let standsFor):
            return l.pick(
                "with the alias '*\(name)' the file repeats itself too much: its \(held) values would stand for \(standsFor); write the values out instead of repeating aliases of aliases",
                "引用“*\(name)”使文件重复过多：文件中的 \(held) 个值将展开为 \(standsFor) 个；请直接写出内容，不要层层引用")
        case .notAMeetingFile:
            return l.pick(
                "skipped: not a meeting file (its top level has none of the keys meeting, reports, tasks, …)",
                "已跳过：不是会议文件（最外层没有 meeting、reports、tasks 等任何会议文件的键）")
        case .invisibleInIndentation(let scalar):
            let name = Self.name(of: scalar, in: l)
            return l.pick(
                "the indentation holds a \(name); YAML indents with ordinary spaces only: delete it and type spaces",
                "缩进里有一个\(name)；会议文件只能用普通空格缩进：请删除它，改用空格")
        case .invisibleAfterColon(let key, let scalar):
            let name = Self.name(of: scalar, in: l)
            return l.pick(
                "after the colon of '\(key)' stands a \(name), not an ordinary space; type an ordinary space",
                "“\(key):”后面是一个\(name)，不是普通空格；请改为普通空格")
        case .fullWidthListBrackets(let value):
            let example = Self.listOf(String(value.dropFirst().dropLast()))
            return l.pick(
                "'\(value)' is in full-width brackets; a list takes ASCII brackets and commas: \(example)",
                "“\(value)”用了全角方括号；列表要用半角方括号和半角逗号：\(example)")
        case .colonInText:
            return l.pick(
                "the ': ' (colon and space) in this text was read as a key and its value; if the colon belongs to the text, use a full-width '：' or put the whole text in double quotes",
                "这段文字中的“: ”（冒号加空格）被当作了“键: 值”；如果冒号是正文的一部分，请改用全角冒号“：”，或给整段文字加英文双引号")
        case .textAfterQuote:
            return l.pick(
                "a text that starts with a quote must end with it; put the whole text in quotes, or use Chinese quotes “” inside it",
                "以英文引号开头的文字必须整段括在引号里；请给整段加引号，或把文字里的英文引号改为中文引号“”")
        case .textAfterBracket(let bracket):
            return l.pick(
                "a value that starts with '\(bracket)' is read as a list or mapping; if it is text, put it in double quotes or use full-width brackets such as 〔〕",
                "以“\(bracket)”开头的内容会被当作列表或键值对；如果是正文，请给整段加英文双引号，或改用全角括号，如〔〕")
        case .isAFolder:
            return l.pick(
                "this is a folder; render takes meeting files (validate and summary take folders)",
                "这是一个文件夹；render 只接受会议文件（validate 和 summary 可以接受文件夹）")
        case .mixedOrganizations(let names):
            return l.pick(
                "the folder holds meetings of \(names.count) organisations (\(names.joined(separator: ", "))): besides "
                    + "the summary of them all, one for each, its file named after it; --organization NAME makes one",
                "该文件夹包含 \(names.count) 个单位的会议（\(names.joined(separator: "、"))）：除全部会议的总结外，"
                    + "每个单位另生成一份总结，文件名中含单位名称；用 --organization 单位名称 只生成一个单位的总结")
        case .noSuchOrganization(let name, let known):
            return l.pick(
                "no meeting of the folder names the organisation '\(name)'; the folder has: "
                    + (known.isEmpty ? "none" : known.joined(separator: ", ")),
                "该文件夹中没有单位为“\(name)”的会议；文件夹中的单位有："
                    + (known.isEmpty ? "（无）" : known.joined(separator: "、")))
        case .noSuchUnit(let name, let known):
            return l.pick(
                "no task of the folder names the unit '\(name)' as lead unit or partner; the units are: "
                    + (known.isEmpty ? "none" : known.joined(separator: ", ")),
                "该文件夹中没有“\(name)”牵头或配合的任务；文件夹中的单位有："
                    + (known.isEmpty ? "（无）" : known.joined(separator: "、")))
        case .leftOutOfSummary:
            return l.pick(
                "left out of the summary because of the errors above (--skip-invalid)",
                "因上述错误，此文件未计入总结（--skip-invalid）")
        case .fullWidthColon(let key):
            return l.pick(
                "the key '\(key)' is followed by a full-width colon '：'; write an ASCII colon ':' followed by a space",
                "键“\(key)”后面用了全角冒号“：”，请改为半角冒号“:”并在其后加一个空格")
        case .noSpaceAfterColon(let key):
            return l.pick(
                "the colon after '\(key)' needs a space after it ('\(key): value')",
                "“\(key):”的冒号后面要有一个空格（写成“\(key): 内容”）")
        case .keyWithoutColon(let key):
            return l.pick(
                "the key '\(key)' has no colon; write '\(key): ' before its value",
                "键“\(key)”后面缺少冒号；请写成“\(key): 内容”")
        case .invisibleInKey(let key, let scalar):
            let character = Self.name(of: scalar, in: l)
            return l.pick(
                "the key '\(key)' holds an invisible \(character); delete it (if it is indentation, use ordinary spaces)",
                "键“\(key)”里有一个看不见的\(character)；请删除它（如果是缩进，请用普通空格）")
        case .dateWrittenOtherwise(let value, let suggestion):
            return l.pick(
                "'\(value)' is not written as YYYY-MM-DD (two digits for month and day); write \(suggestion)",
                "日期“\(value)”的写法不对；请写成 \(suggestion)（年-月-日，月和日都用两位数）")
        case .readAsOneName(let value, let suggestion):
            return l.pick(
                "'\(value)' was read as one name; to list several people, separate them with ASCII commas: \(suggestion)",
                "“\(value)”被当作一个人名；如要写多个人，请用半角逗号分隔：\(suggestion)")
        case .alreadyNumbered(let value, let number):
            return l.pick(
                "'\(value)' starts with its own number '\(number)'; the document numbers it, so leave the number out",
                "“\(value)”开头自带序号“\(number)”；文档会自动编号，请去掉这个序号")
        case .unknownNaming(let value):
            return l.pick("--names takes en or zh, not '\(value)'", "--names 只能是 en 或 zh，不能是“\(value)”")
        case .wroteFiles(let count, let folder):
            return l.pick(
                count == 1 ? "wrote 1 file in \(folder)" : "wrote \(count) files in \(folder)",
                "已在 \(folder) 生成 \(count) 个文件")
        case .noSpeechNotWritten(let template, let chinese):
            return l.pick(
                "no speech in this meeting; \(template) not written", "本次会议没有讲话内容（speech）；未生成\(chinese)")
        case .noTasksNotWritten(let template, let chinese):
            return l.pick(
                "no tasks in this meeting; \(template) not written", "本次会议没有部署任务（tasks）；未生成\(chinese)")
        case .firstPerson(let found):
            return l.pick(
                "'\(found)' is the first person, and the minutes print this text; minutes report in the third person (the meeting stressed …): rephrase it, or write the minutes' version in 'minutes:'",
                "“\(found)”是第一人称，而纪要会印出这段文字；纪要应使用第三人称（会议强调……）：请改写，或在“minutes:”中写纪要的说法")
        case .placeholder(let found):
            return l.pick(
                "'\(found)' looks like a placeholder never filled in; write the name, number or date it stands for",
                "“\(found)”像是没有填写的占位符；请写上它代表的名称、数字或日期")
        case .emptyBrackets(let found):
            return l.pick(
                "empty brackets '\(found)': something was to be filled in here", "空括号“\(found)”：这里原本应填写内容")
        case .watermark(let found):
            return l.pick(
                "'\(found)' looks like text pasted from a web page (a watermark, a source line or an address); delete it",
                "“\(found)”像是从网页复制时带进来的水印、出处或网址；请删除")
        case .halfWidthPunctuation(let found, let fullWidth):
            return l.pick(
                "half-width '\(found)' between Chinese characters; write the full-width '\(fullWidth)'",
                "中文之间用了半角“\(found)”；请改为全角“\(fullWidth)”")
        case .straightQuote(let found):
            return l.pick(
                "straight quote \(found) in Chinese text; write Chinese quotes “” or ‘’",
                "中文里用了英文直引号 \(found)；请改为中文引号“”或‘’")
        case .doubledPunctuation(let found):
            return l.pick("'\(found)': the same punctuation twice; keep one", "“\(found)”：标点重复了；请只保留一个")
        case .spaceBetweenChinese(let found):
            return l.pick(
                "a space between Chinese characters in '\(found)'; delete it", "“\(found)”中的汉字之间有空格；请删除")
        case .repeatedCharacter(let found):
            return l.pick("'\(found)': a character typed twice?", "“\(found)”：是否多打了一个字？")
        case .unbalanced(let found, let partner):
            return l.pick(
                "'\(found)' has no matching '\(partner)' in this text", "“\(found)”在这段文字里没有对应的“\(partner)”")
        case .noSuchDayInText(let written):
            return l.pick(
                "'\(written)' is not a day on the calendar; check the month and the day",
                "“\(written)”不是日历上存在的日期；请核对月份和日期")
        case .wrongWeekday(let written, let actual):
            let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][actual - 1]
            let chinese = "星期" + ["一", "二", "三", "四", "五", "六", "日"][actual - 1]
            return l.pick(
                "'\(written)': that day is a \(english); check the date or the weekday",
                "“\(written)”：这一天是\(chinese)；请核对日期或星期")
        case .attendingAndAbsent(let name, let sittingIn):
            return l.pick(
                "\(name) is listed as attending and as \(sittingIn ? "sitting in" : "absent")",
                "\(name)既列为出席，又列为\(sittingIn ? "列席" : "请假")")
        case .notAmongAttendees(let name, let isHost):
            return l.pick(
                "the \(isHost ? "host" : "speaker") \(name) is not among those attending",
                "\(isHost ? "主持" : "讲话")人\(name)不在出席名单中")
        case .dueBeforeMeeting(let due, let meeting):
            return l.pick(
                "the due date \(due) is before the meeting (\(meeting)) that assigns the task",
                "完成时限\(due)早于部署这项任务的会议日期（\(meeting)）")
        case .completedBeforeAssigned(let completed, let assigned):
            return l.pick(
                "completed on \(completed), before the task was assigned (\(assigned))",
                "完成日期\(completed)早于任务部署日期（\(assigned)）")
        case .completedAfterMeeting(let completed, let meeting):
            return l.pick(
                "completed on \(completed), after the meeting (\(meeting)) that reports it done",
                "完成日期\(completed)晚于报告其完成的会议日期（\(meeting)）")
        case .taskWithoutOwner(let leadUnit, let owner):
            let english = [leadUnit ? "lead unit" : nil, owner ? "owner" : nil].compactMap { $0 }.joined(
                separator: " or ")
            let chinese = [leadUnit ? "牵头单位" : nil, owner ? "责任人" : nil].compactMap { $0 }.joined(separator: "和")
            return l.pick(
                "the task has no \(english); the accountability list would print an empty cell",
                "这项任务没有\(chinese)；责任清单中这一栏将是空白")
        case .nearDirectoryEntry(let written, let known):
            return l.pick(
                "'\(written)' is not in the office's directory, but '\(known)' is, one character apart; check the spelling",
                "“\(written)”不在人员与单位名录中，与名录中的“\(known)”只差一个字；请核对")
        case .unknownRule(let name, let known):
            return l.pick(
                "no proofreading rule is named '\(name)'; the rules are \(known.joined(separator: ", "))",
                "没有名为“\(name)”的校对规则；可用的规则有：\(l.list(known))")
        case .noMeetingBlock:
            return l.pick(
                "the file has no 'meeting' block; add `meeting:` with at least `title` and `date`",
                "文件缺少 meeting（会议基本信息）部分；请添加 meeting:，在其下至少写上 title（会议名称）和 date（日期）")
        case .expectedMapping(let noun, let found):
            return l.pick(
                "expected \(noun.text(in: l)) (a mapping of keys to values) but found \(found.text(in: l))",
                "此处应为\(noun.text(in: l))（“键: 值”的形式），但写的是\(found.text(in: l))")
        case .keyNotText:
            return l.pick("a key must be plain text", "键必须是普通文字")
        case .unknownKey(let key, let suggestion, let known):
            if let suggestion {
                return l.pick(
                    "unknown key '\(key)'; did you mean '\(suggestion)'?", "不认识的键“\(key)”；是不是要写“\(suggestion)”？")
            }
            return l.pick(
                "unknown key '\(key)'; known keys here: \(known.joined(separator: ", "))",
                "不认识的键“\(key)”；这里可以用的键有：\(l.list(known))")
        case .keyTwice(let key):
            return l.pick("the key '\(key)' appears twice; keep one", "键“\(key)”写了两次；请只保留一个")
        case .controlCharacter(let code):
            return l.pick(
                "the text holds the control character \(code), which documents cannot carry; delete it",
                "文字中含有控制字符 \(code)，公文中不能出现；请删除它")
        case .textEmpty:
            return l.pick("this text must not be empty", "这里的文字不能为空")
        case .expectedText(let found):
            return l.pick("expected text but found \(found.text(in: l))", "此处应为文字，但写的是\(found.text(in: l))")
        case .required(let key):
            return l.pick(
                "'\(key)' is required here and must not be empty", "这里必须填写“\(key)”，且不能为空")
        case .notADay(let value):
            return l.pick(
                "'\(value)' is not a day on the calendar; check the month and the day",
                "“\(value)”不是日历上存在的日期；请核对月份和日期")
        case .notADate(let value):
            return l.pick(
                "expected a date as YYYY-MM-DD but found '\(value)'; write it like 2026-11-20",
                "日期应写成“年-月-日”（YYYY-MM-DD），但写的是“\(value)”；请写成 2026-11-20 这样的形式")
        case .notAllowed(let value, let suggestion, let known, let chinese):
            if let suggestion {
                return l.pick(
                    "'\(value)' is not allowed here; did you mean '\(suggestion)'? (one of \(known.joined(separator: ", ")))",
                    "这里不能写“\(value)”；是不是要写“\(suggestion)”？（可选：\(l.list(chinese))，或 \(known.joined(separator: "/"))）")
            }
            return l.pick(
                "'\(value)' is not allowed here; use one of \(known.joined(separator: ", "))",
                "这里不能写“\(value)”；请从以下选一个：\(l.list(chinese))（也可写 \(known.joined(separator: "/"))）")
        case .expectedList(let noun, let found):
            // Show the list as it should be written, with her own names (`张明、陈刚` → `[张明, 陈刚]`).
            var example = l.pick("[a, b]", "[甲, 乙]")
            if case .text(let value) = found { example = Self.listOf(value) }
            return l.pick(
                "expected a list of \(noun.text(in: l)) but found \(found.text(in: l)); write it as \(example) or as lines starting with '- '",
                "此处应为\(noun.text(in: l))列表，但写的是\(found.text(in: l))；请写成 \(example)，或每项一行、以“- ”开头")
        case .taskIdRepeated(let id, let line):
            return l.pick(
                "the task id '\(id)' is already used at line \(line); every task needs its own id",
                "任务编号“\(id)”已在第\(line)行用过；每项任务要有自己的编号")
        case .taskIdInOtherFile(let id, let file, let line):
            return l.pick(
                "the task id '\(id)' is already used in \(file) at line \(line); task ids must be unique across all meeting files",
                "任务编号“\(id)”已在 \(file) 第\(line)行用过；所有会议文件中的任务编号都不能重复")
        case .unknownTaskId(let id, let suggestion):
            let english = "no meeting file defines a task with id '\(id)'"
            let chinese = "没有哪个会议文件定义了编号为“\(id)”的任务"
            guard let suggestion else { return l.pick(english, chinese) }
            return l.pick(english + "; did you mean '\(suggestion)'?", chinese + "；是不是“\(suggestion)”？")
        case .sameOutput(let otherInput, let path):
            return l.pick(
                "this file and \(otherInput) would both write \(path); rename one of them, or give --keep-folders to keep each input's folder under the output folder",
                "此文件和 \(otherInput) 都会写出 \(path)；请给其中一个改名，或加 --keep-folders 在输出文件夹中保留各自的文件夹")
        case .sameTemplateOutput(let template, let path):
            return l.pick(
                "two templates named '\(template)' would write the same file \(path); rename one template file",
                "两个名为“\(template)”的模板会写出同一个文件 \(path)；请给其中一个模板文件改名")
        case .cannotCreateFolder(let reason):
            return l.pick("cannot create the folder (\(reason))", "无法创建文件夹（\(LibYAMLWords.chinese(reason))）")
        case .cannotWriteFile(let reason):
            return l.pick("cannot write the file (\(reason))", "无法写入文件（\(LibYAMLWords.chinese(reason))）")
        case .taskNotInFolder(let id, let folder):
            return l.pick(
                "task \(id) is not assigned in any meeting file under \(folder); the minutes show it by its id "
                    + "(check the id, or point --ledger at the folder of the meeting that assigned it)",
                "在 \(folder) 下的会议文件中找不到任务 \(id)；纪要中只列出该编号（请核对编号，"
                    + "或用 --ledger 指明部署该任务的会议文件所在文件夹）")
        case .pdfNeedsLibreOffice:
            return l.pick(
                "a PDF is made by LibreOffice, which is not installed: install it (Debian, Ubuntu: apt-get install "
                    + "libreoffice-writer; Windows, macOS: libreoffice.org), or set GONGWEN_SOFFICE to its soffice program",
                "生成 PDF 需要 LibreOffice，本机没有安装：请安装（Debian、Ubuntu：apt-get install libreoffice-writer；"
                    + "Windows、macOS：从 libreoffice.org 下载），或用环境变量 GONGWEN_SOFFICE 指明 soffice 程序的位置")
        case .pdfConversionFailed(let reason):
            return l.pick(
                "LibreOffice could not make the PDF (\(reason)); the Word file renders with --format docx",
                "LibreOffice 未能生成 PDF（\(reason)）；可先用 --format docx 生成 Word 文件")
        case .pdfConversionTimedOut(let seconds):
            return l.pick(
                "LibreOffice did not finish the PDFs in \(seconds) seconds and was stopped; nothing was written",
                "LibreOffice 在 \(seconds) 秒内未能生成 PDF，已停止；没有写出任何文件")
        case .pdfQueueFull:
            return l.pick(
                "too many PDFs are waiting for LibreOffice; try again in a minute (the Word file downloads at once)",
                "等待 LibreOffice 生成的 PDF 太多；请一分钟后再试（Word 文件可立即下载）")
        case .fileExists:
            return l.pick(
                "the file already exists; gongwen init never replaces a file: give another name",
                "文件已存在；gongwen init 不会覆盖已有文件，请换一个文件名")
        case .templateNotWellFormed(let detail):
            return l.pick(
                "the template's markup is not well-formed XML: \(detail)", "模板的标记不是格式正确的 XML：\(detail)")
        case .templateBreaksVocabulary(let dataFile, let detail):
            return l.pick(
                "the rendered document breaks the vocabulary\(dataFile.map { " (rendering \($0))" } ?? ""): \(detail); see Templates/README.md",
                "生成的文档不符合模板词汇\(dataFile.map { "（正在生成 \($0)）" } ?? "")：\(detail)；请参阅 Templates/README.md")
        case .mustacheSyntax(let detail):
            return l.pick("Mustache syntax error: \(detail)", "Mustache 模板语法错误：\(detail)")
        case .templateUnreadable:
            return l.pick("cannot read the template", "无法读取模板")
        case .templateNotUTF8:
            return l.pick("the template is not UTF-8 text", "模板不是 UTF-8 文字")
        case .unknownTemplate(let name, let known, let chinese):
            return l.pick(
                "no template named '\(name)' (built-in: \(known.joined(separator: ", "))); give a built-in name or the path of a .mustache file",
                "没有名为“\(name)”的模板（内置模板：\(l.list(chinese))）；请写内置模板名，或 .mustache 文件的路径")
        case .referenceUnreadable(let detail):
            return l.pick(
                "cannot read it as a Word .docx file (\(detail))", "无法作为 Word .docx 文件读取（\(detail)）")
        case .referenceHasNoStyles:
            return l.pick(
                "the file has no word/styles.xml; give a .docx saved by Word or LibreOffice",
                "文件中没有 word/styles.xml；请使用由 Word 或 LibreOffice 保存的 .docx")
        case .referencePartMalformed(let line, let detail):
            return l.pick(
                "a part of the file is not well-formed XML (line \(line): \(detail))",
                "文件中有一部分不是格式正确的 XML（第\(line)行：\(detail)）")
        case .referenceLacksStyles(let styles):
            return l.pick(
                "it has no style for \(styles.joined(separator: ", ")); Gongwen's are used",
                "其中没有 \(l.list(styles)) 样式；将使用 Gongwen 自带的样式")
        case .referencePartNotUsed(let kind, let target):
            let part = kind == "header" ? l.pick("header", "页眉") : l.pick("footer", "页脚")
            return l.pick(
                "its \(kind) \(target) links to images or other parts and was not used",
                "其中的\(part) \(target) 链接了图片或其他部件，未被采用")
        case .giveMeetingFiles:
            return l.pick("give at least one meeting file", "请至少给出一个会议文件")
        case .giveMeetingFilesOrFolders:
            return l.pick("give at least one meeting file or folder", "请至少给出一个会议文件或文件夹")
        case .unknownFormat(let name, let allowed):
            return l.pick(
                "unknown format '\(name)'; use \(allowed.joined(separator: ", "))",
                "不认识的格式“\(name)”；可用 \(l.list(allowed))")
        case .monthArgument(let value):
            return l.pick(
                "--month takes YYYY-MM from 0001-01 to 9999-12 (such as 2026-11), current or previous; got '\(value)'",
                "--month 应写成“年-月”（0001-01 到 9999-12，如 2026-11），或 current（本月）、previous（上月）；现在是“\(value)”")
        case .quarterArgument(let value):
            return l.pick(
                "--quarter takes YYYY-Qn (such as 2026-Q4, n from 1 to 4); got '\(value)'",
                "--quarter 应写成“年-Q季度”（如 2026-Q4，季度为 1 到 4）；现在是“\(value)”")
        case .yearArgument(let value):
            return l.pick(
                "--year takes a year of four digits (such as 2026); got '\(value)'",
                "--year 应写四位年份（如 2026）；现在是“\(value)”")
        case .periodMissing:
            return l.pick(
                "say which period to summarise: --month YYYY-MM, --quarter YYYY-Qn or --year YYYY",
                "请指明总结哪个时期：--month 年-月、--quarter 年-Q季度 或 --year 年份")
        case .periodTwice:
            return l.pick(
                "give one of --month, --quarter and --year, not several", "--month、--quarter、--year 只能选一个")
        case .asOfArgument(let value):
            return l.pick(
                "--as-of takes a day as YYYY-MM-DD (such as 2026-12-10); got '\(value)'",
                "--as-of 应写成“年-月-日”（如 2026-12-10）；现在是“\(value)”")
        case .replyByArgument(let value):
            return l.pick(
                "--reply-by takes a day as YYYY-MM-DD, not before --as-of; got '\(value)'",
                "--reply-by 应写成“年-月-日”，且不早于 --as-of 的日期；现在是“\(value)”")
        case .withinArgument(let value):
            return l.pick(
                "--within takes a number of days from 0 to 366; got '\(value)'",
                "--within 应写 0 到 366 之间的天数；现在是“\(value)”")
        case .reminderOptionsAlone:
            return l.pick(
                "--as-of, --within, --from and --reply-by are for the reminder notices: add --template reminder",
                "--as-of、--within、--from、--reply-by 用于催办通知：请加上 --template reminder")
        case .reminderWithoutUnit(let id):
            return l.pick(
                "task \(id) is overdue or due soon but names no lead_unit, so no reminder notice can be addressed for it; add its lead unit",
                "任务 \(id) 已逾期或即将到期，但没有填写牵头单位，无法生成催办通知；请补上牵头单位")
        case .notAFolderOfMeetings(let path):
            return l.pick("'\(path)' is not a folder of meeting files", "“\(path)”不是存放会议文件的文件夹")
        case .summaryWritesFiles:
            return l.pick(
                "a summary writes several files (the summary, its lists, JSON), so it needs a folder: give --output DIR, not -",
                "月度总结会写出多个文件（总结、清单、JSON），需要一个文件夹：请用 --output 指定文件夹，不能用 -")
        case .summaryTemplateOnly(let name):
            return l.pick(
                "'\(name)' renders one meeting: use gongwen render FILE --template \(name); summary takes monthly-summary, accountability or reminder",
                "“\(name)”用于单次会议：请用 gongwen render 文件 --template \(name)；summary 只用 monthly-summary（月度总结）、accountability（责任清单）或 reminder（催办通知）"
            )
        case .monthlySummaryNeedsSummary:
            return l.pick(
                "monthly-summary and reminder cover a folder of meetings: use gongwen summary DIR --month YYYY-MM (or --template reminder --as-of YYYY-MM-DD)",
                "月度总结和催办通知汇总一个文件夹的会议：请用 gongwen summary 文件夹 --month 年-月（催办通知用 --template reminder --as-of 年-月-日）")
        case .standardOutputOneDocument:
            return l.pick(
                "--output - writes one document: give one file, one --template and one --format",
                "--output - 只输出一份文档：请只给一个文件、一个 --template 和一个 --format")
        case .portRange:
            return l.pick("--port takes 0 to 65535", "--port 应为 0 到 65535")
        case .unknownLanguage(let value):
            return l.pick("--lang takes zh or en; got '\(value)'", "--lang 应为 zh（中文）或 en（英文）；现在是“\(value)”")
        case .taskIdPattern(let value):
            return l.pick(
                "--task-ids needs one run of N for the number, as <date>-NN; got '\(value)'",
                "--task-ids 中要有一串 N 表示序号，如 <date>-NN；现在是“\(value)”")
        case .previewFileNotInFolder:
            return l.pick("not a meeting file in the preview folder", "不是预览文件夹中的会议文件")
        case .previewNoSuchFile:
            return l.pick("no such meeting file in the preview folder", "预览文件夹中没有这个会议文件")
        case .portInUse(let host, let port):
            return l.pick(
                "port \(port) on \(host) is already in use (another gongwen serve?); choose another with --port",
                "\(host) 的 \(port) 端口已被占用（是否已运行了另一个 gongwen serve？）；请用 --port 换一个端口")
        case .officeNoFolders:
            return l.pick(
                "the office configuration names no folder: give folders, each with its clerk, reviewer and inspector accounts",
                "办公室配置中没有文件夹：请在 folders 下列出各文件夹及其文秘、审核、督查账号")
        case .officeFolderMissing(let name, let served):
            return l.pick(
                "there is no folder '\(name)' in \(served): make it first, or correct the name",
                "\(served) 中没有文件夹“\(name)”：请先建立该文件夹，或改正名字")
        case .unknownRole(let name, let known):
            return l.pick(
                "'\(name)' is no role; the roles are \(known.joined(separator: ", "))",
                "“\(name)”不是角色；角色只有：\(known.joined(separator: "、"))")
        case .accountName(let name):
            return l.pick(
                "'\(name)' cannot be an account name: use 1 to 32 letters, digits, '.', '_' or '-', no spaces",
                "“\(name)”不能作账号名：请用 1 到 32 个汉字、字母、数字或 . _ -，不要有空格")
        case .wholeNumber(let value, let low, let high):
            return l.pick(
                "'\(value)' should be a whole number from \(low) to \(high)", "“\(value)”应是 \(low) 到 \(high) 之间的整数")
        case .officeDatabase(let path, let reason):
            return l.pick(
                "the office database \(path) cannot be used: \(reason)", "办公室数据库 \(path) 无法使用：\(reason)")
        case .passwordTooShort(let count):
            return l.pick("a password needs at least \(count) characters", "密码至少要 \(count) 个字符")
        case .passwordIsName:
            return l.pick("a password cannot be the account's name", "密码不能与账号名相同")
        case .passwordsDiffer:
            return l.pick("the two passwords differ; nothing was changed", "两次输入的密码不一致，未作修改")
        case .accountExists(let name):
            return l.pick(
                "there is already an account '\(name)': use gongwen user passwd to give it a new password",
                "账号“\(name)”已存在：如需改密码，请用 gongwen user passwd")
        case .noSuchAccount(let name):
            return l.pick(
                "there is no account '\(name)'; gongwen user list shows them", "没有账号“\(name)”；可用 gongwen user list 查看")
        case .alreadySubmitted:
            return l.pick("this meeting is already with the leaders for review", "该会议已送审，正在等待审核")
        case .alreadyIssued:
            return l.pick("this version is already signed; change it first", "该版本已签发；如需再送审，请先修改")
        case .notSubmitted:
            return l.pick("this meeting was not sent for review", "该会议尚未送审")
        case .changedSinceSubmitted:
            return l.pick(
                "the file changed after it was sent for review: return it and let the clerk send it again",
                "送审后文件又被改动：请退回，由文秘重新送审")
        case .underReview:
            return l.pick(
                "this meeting is with the leaders for review: it can be changed after they return it",
                "该会议正在送审，审核退回后才能修改")
        case .returnNeedsReason:
            return l.pick("write the reason for returning it", "请写明退回理由")
        case .signInRefused:
            return l.pick("wrong account name or password", "账号或密码不正确")
        case .signInWaiting(let minutes):
            return l.pick(
                "too many failed sign-ins: try again in \(minutes) minute(s), or ask the administrator",
                "登录失败次数过多：请 \(minutes) 分钟后再试，或联系管理员")
        case .backupFailed(let reason):
            return l.pick("the backup could not be made or read: \(reason)", "备份无法完成或读取：\(reason)")
        case .restoreIntoNonEmpty(let path):
            return l.pick(
                "\(path) is not empty: restore into a new, empty folder, so nothing is written over",
                "\(path) 不是空文件夹：请恢复到一个新的空文件夹，以免覆盖现有文件")
        case .insecureHTTP(let host):
            return l.pick(
                "office mode on \(host) without HTTPS would send passwords in clear: give --tls-cert and --tls-key, serve on 127.0.0.1 behind nginx, or add --insecure-http",
                "在 \(host) 上以办公室模式提供服务而不用 HTTPS，密码会明文传输：请给出 --tls-cert 和 --tls-key，或只在 127.0.0.1 上提供服务并由 nginx 转发，或加 --insecure-http"
            )
        case .tlsNeedsBoth:
            return l.pick("--tls-cert and --tls-key go together", "--tls-cert 与 --tls-key 须同时给出")
        case .tlsUnreadable(let reason):
            return l.pick(
                "the certificate or key cannot be read: \(reason)", "证书或私钥无法读取：\(reason)")
        case .textTooLong(let count):
            return l.pick("keep it to \(count) characters", "请不要超过 \(count) 个字")
        case .commentEmpty: return l.pick("write the comment", "请写批注内容")
        case .passwordMissing:
            return l.pick("no password was given on standard input", "标准输入中没有密码")
        case .noBackupAt(let path): return l.pick("there is no backup at \(path)", "\(path) 处没有备份文件")
        case .auditChanged(let id):
            return l.pick("entry \(id) was changed after it was written", "第 \(id) 条记录写入后被改动过")
        case .auditMissing(let from, let before):
            return l.pick(
                "entries \(from) to \(before - 1) are missing before entry \(before)",
                "第 \(before) 条记录之前缺少第 \(from) 至 \(before - 1) 条（已被删除）")
        case .auditReordered(let id):
            return l.pick(
                "entry \(id) does not follow the entry before it", "第 \(id) 条记录与前一条接不上（前一条被改动或删除）")
        case .auditUnguarded:
            return l.pick(
                "the guard that keeps entries from being changed or deleted was removed from the database",
                "数据库中防止改动、删除记录的保护已被拆除")
        case .auditAnchorMissing:
            return l.pick(
                "no entry has the hash given to --anchor: the trail was rewritten since it was noted",
                "没有哪条记录的校验值与 --anchor 给出的相同：记录在此之后被整体重写过")
        case .cannotDisableSelf:
            return l.pick(
                "an administrator cannot disable their own account here; use gongwen user disable",
                "管理员不能在此停用自己的账号；请用 gongwen user disable")
        case .issuedCopyChanged(let path):
            return l.pick(
                "the issued copy \(path) is not what was signed: it was changed after signing",
                "签发存档 \(path) 与签发时不符：签发后被改动过")
        case .auditHead(let count, let hash):
            return l.pick(
                "\(count) entries; the last one's hash is \(hash): keep it elsewhere, and give it to --anchor later",
                "共 \(count) 条记录，最后一条的校验值为 \(hash)：请另行保存，日后可用 --anchor 核对")
        case .auditBroken(let count):
            return l.pick(
                "the audit trail is broken in \(count) place(s): see above", "审计记录有 \(count) 处被改动或删除：见上")
        }
    }
}
