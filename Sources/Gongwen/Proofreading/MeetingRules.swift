/// The rules that read the meeting as a whole: people and tasks that contradict each other.
enum MeetingRules {
    /// A finding of a meeting rule: the path of the value it is about, and what to say.
    struct Finding {
        let rule: ProofreadingRule
        let path: String
        let message: Message
    }

    static func findings(in meeting: Meeting) -> [Finding] {
        var found: [Finding] = []
        let info = meeting.info
        let attending = Set(info.attendees.map(\.name))
        for (index, absentee) in info.absentees.enumerated() where attending.contains(absentee.name) {
            found.append(
                Finding(
                    rule: .attendance, path: "meeting.absentees[\(index)]",
                    message: .attendingAndAbsent(name: absentee.name, sittingIn: false)))
        }
        for (index, observer) in info.observers.enumerated() where attending.contains(observer.name) {
            found.append(
                Finding(
                    rule: .attendance, path: "meeting.observers[\(index)]",
                    message: .attendingAndAbsent(name: observer.name, sittingIn: true)))
        }
        // Only when the file lists who attended: a file without 出席 says nothing about it.
        if !attending.isEmpty {
            if let host = info.host, !attending.contains(host.name) {
                found.append(
                    Finding(
                        rule: .attendance, path: "meeting.host",
                        message: .notAmongAttendees(name: host.name, isHost: true)))
            }
            let speaker = meeting.speech?.speaker ?? info.speaker
            if let speaker, !attending.contains(speaker.name), speaker.name != info.host?.name {
                let path = meeting.speech?.speaker != nil ? "speech.speaker" : "meeting.speaker"
                found.append(
                    Finding(
                        rule: .attendance, path: path, message: .notAmongAttendees(name: speaker.name, isHost: false)))
            }
        }
        let held = ChineseNumerals.date(info.date)
        for (index, task) in meeting.tasks.enumerated() {
            if let due = task.due, due < info.date {
                found.append(
                    Finding(
                        rule: .taskDates, path: "tasks[\(index)].due",
                        message: .dueBeforeMeeting(due: ChineseNumerals.date(due), meeting: held)))
            }
            if let completed = task.completedOn {
                // A later completion is the task's own ledger kept in place (the data contract's
                // additions), not a slip; only one before the task was assigned cannot be.
                if completed < info.date {
                    found.append(
                        Finding(
                            rule: .taskDates, path: "tasks[\(index)].completed_on",
                            message: .completedBeforeAssigned(
                                completed: ChineseNumerals.date(completed), assigned: held)))
                }
            }
            if task.leadUnit == nil || task.owner == nil {
                found.append(
                    Finding(
                        rule: .taskOwner, path: "tasks[\(index)]",
                        message: .taskWithoutOwner(leadUnit: task.leadUnit == nil, owner: task.owner == nil)))
            }
        }
        for (index, update) in meeting.taskUpdates.enumerated() {
            if let completed = update.completedOn, completed > info.date {
                found.append(
                    Finding(
                        rule: .taskDates, path: "task_updates[\(index)].completed_on",
                        message: .completedAfterMeeting(completed: ChineseNumerals.date(completed), meeting: held)))
            }
        }
        return found
    }

    /// Across meeting files: a completion reported before the meeting that assigned the task.
    static func findings(across meetings: [Meeting]) -> [(file: String, finding: Finding, location: SourceLocation?)] {
        var assigned: [String: CalendarDate] = [:]
        // By index, as `TaskLedger` reads them: `for meeting in meetings` copies each meeting.
        for position in meetings.indices {
            let date = meetings[position].info.date
            for task in meetings[position].tasks where assigned[task.id] == nil { assigned[task.id] = date }
        }
        var found: [(String, Finding, SourceLocation?)] = []
        for position in meetings.indices {
            for (index, update) in meetings[position].taskUpdates.enumerated() {
                guard let completed = update.completedOn, let start = assigned[update.id], completed < start else {
                    continue
                }
                found.append(
                    (
                        meetings[position].source,
                        Finding(
                            rule: .taskDates, path: "task_updates[\(index)].completed_on",
                            message: .completedBeforeAssigned(
                                completed: ChineseNumerals.date(completed), assigned: ChineseNumerals.date(start))),
                        update.location
                    ))
            }
        }
        return found
    }
}
