/// Rules that hold across meeting files loaded together: task ids unique, updates name known tasks.
public enum MeetingSet {
    /// Every problem across `meetings`, each at the place that breaks the rule; an update of a task
    /// in `knownElsewhere[file]` (assigned in a file not loaded here, found for the updating file)
    /// is no problem.
    public static func problems(in meetings: [Meeting], knownElsewhere: [String: Set<String>] = [:]) -> [Diagnostic] {
        var defined: [String: SourceLocation] = [:]
        var problems: [Diagnostic] = []
        // By index, as `TaskLedger` reads them: `for meeting in meetings` copies each meeting.
        for index in meetings.indices {
            for task in meetings[index].tasks {
                guard let location = task.location else { continue }
                if let first = defined[task.id], first.file != location.file {
                    problems.append(
                        Diagnostic(
                            at: location, path: task.idPath ?? "tasks",
                            .taskIdInOtherFile(id: task.id, file: first.file, line: first.line)
                        ))
                } else if defined[task.id] == nil {
                    defined[task.id] = location
                }
            }
        }
        for index in meetings.indices {
            let source = meetings[index].source
            for update in meetings[index].taskUpdates
            where defined[update.id] == nil && knownElsewhere[source]?.contains(update.id) != true {
                guard let location = update.location else { continue }
                let suggestion = KeySuggestion.closest(to: update.id, among: Array(defined.keys).sorted())
                problems.append(
                    Diagnostic(
                        at: location, path: update.idPath ?? "task_updates",
                        .unknownTaskId(id: update.id, suggestion: suggestion)))
            }
        }
        return problems
    }
}
