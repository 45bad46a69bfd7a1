/// The data a document type is made of: a meeting without it gets no such document, rather than a
/// titled page that says nothing (a 讲话稿 of a meeting that recorded no speech).
public enum TemplateNeed: Sendable {
    /// The speech (讲话稿).
    case speech
    /// Tasks (责任清单与任务清单).
    case tasks

    /// What the template named `name` needs: the built-in `speech` and `accountability`, and an
    /// organisation's own template of either name; nil for every other template.
    public init?(templateName name: String) {
        switch TemplateCatalog.canonicalName(name) {
        case "speech": self = .speech
        case "accountability": self = .tasks
        default: return nil
        }
    }

    /// Whether `meeting` has what this needs.
    public func isMet(by meeting: Meeting) -> Bool {
        switch self {
        case .speech:
            guard let speech = meeting.speech else { return false }
            return !(speech.opening.isEmpty && speech.parts.isEmpty && speech.closing.isEmpty)
        case .tasks:
            return !meeting.tasks.isEmpty
        }
    }

    /// The warning for a document not written for `meeting`, placed at its file's start.
    public func notWritten(_ template: String, for meeting: Meeting) -> Diagnostic {
        let name = TemplateCatalog.canonicalName(template)
        let chinese = TemplateCatalog.chineseName(of: name)
        let message: Message =
            switch self {
            case .speech: .noSpeechNotWritten(template: name, chinese: chinese)
            case .tasks: .noTasksNotWritten(template: name, chinese: chinese)
            }
        return Diagnostic(.warning, at: SourceLocation(file: meeting.source, line: 1, column: 1), message)
    }
}
