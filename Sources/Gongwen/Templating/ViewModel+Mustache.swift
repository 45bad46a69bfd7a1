import Mustache

// Templates read view fields through `MustacheParent` rather than reflection: the renderer
// otherwise builds a `Mirror` for every tag, which was a quarter of all render time.
// `ViewFieldTests` checks that every stored property is answered here.

extension MeetingView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "fullTitle": fullTitle
        case "organization": organization
        case "kind": kind
        case "number": number
        case "date": date
        case "isoDate": isoDate
        case "time": time
        case "location": location
        case "host": host
        case "speaker": speaker
        case "recorder": recorder
        case "attendees": attendees
        case "observers": observers
        case "absentees": absentees
        case "reports": reports
        case "hasReports": hasReports
        case "comments": comments
        case "hasComments": hasComments
        case "requirements": requirements
        case "hasRequirements": hasRequirements
        case "speech": speech
        case "decisions": decisions
        case "hasDecisions": hasDecisions
        case "tasks": tasks
        case "hasTasks": hasTasks
        case "taskUpdates": taskUpdates
        case "hasTaskUpdates": hasTaskUpdates
        case "accountability": accountability
        case "headings": headings
        case "attachments": attachments
        case "hasAttachments": hasAttachments
        case "colophon": colophon
        default: nil
        }
    }
}

extension PersonView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "title": title
        case "unit": unit
        case "display": display
        case "formal": formal
        default: nil
        }
    }
}

extension ReportView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "number": number
        case "numeral": numeral
        case "reporter": reporter
        case "unit": unit
        case "topic": topic
        case "achievements": achievements
        case "shortcomings": shortcomings
        case "plans": plans
        case "hasAchievements": hasAchievements
        case "hasShortcomings": hasShortcomings
        case "hasPlans": hasPlans
        case "kind": kind
        case "isReport": isReport
        case "sections": sections
        case "heading": heading
        default: nil
        }
    }
}

extension CommentView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "by": by
        case "about": about
        case "text": text
        default: nil
        }
    }
}

extension RequirementView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "by": by
        case "text": text
        default: nil
        }
    }
}

extension TaskView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "number": number
        case "id": id
        case "content": content
        case "part": part
        case "leadUnit": leadUnit
        case "owner": owner
        case "partners": partners
        case "due": due
        case "status": status
        case "completedOn": completedOn
        case "overdue": overdue
        case "assignedOn": assignedOn
        case "note": note
        case "datedNote": datedNote
        case "assignedAt": assignedAt
        case "overdueText": overdueText
        case "overdueDays": overdueDays
        case "lateText": lateText
        case "brief": brief
        default: nil
        }
    }
}

extension TaskUpdateView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "number": number
        case "id": id
        case "status": status
        case "completedOn": completedOn
        case "note": note
        case "resolved": resolved
        case "content": content
        case "leadUnit": leadUnit
        case "owner": owner
        case "due": due
        case "assignedOn": assignedOn
        case "assignedAt": assignedAt
        case "progress": progress
        default: nil
        }
    }
}

extension ReportSectionView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "first": first
        case "rest": rest
        default: nil
        }
    }
}

extension HeadingsView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "reports": reports
        case "achievements": achievements
        case "shortcomings": shortcomings
        case "plans": plans
        case "comments": comments
        case "requirements": requirements
        case "speech": speech
        case "decisions": decisions
        case "taskUpdates": taskUpdates
        case "tasks": tasks
        default: nil
        }
    }
}

extension AttachmentView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "ordinal": ordinal
        case "numbered": numbered
        case "name": name
        case "first": first
        default: nil
        }
    }
}

extension ColophonView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "copyTo": copyTo
        case "distribution": distribution
        case "printedBy": printedBy
        case "printedOn": printedOn
        case "hasPrinted": hasPrinted
        default: nil
        }
    }
}

extension SpeechView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "speaker": speaker
        case "opening": opening
        case "parts": parts
        case "closing": closing
        default: nil
        }
    }
}

extension PartView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "key": self.key
        case "name": name
        case "heading": heading
        case "paragraphs": paragraphs
        case "minutes": minutes
        case "sections": sections
        case "points": points
        default: nil
        }
    }
}

extension SectionView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "heading": heading
        case "paragraphs": paragraphs
        case "minutes": minutes
        case "points": points
        default: nil
        }
    }
}

extension PointView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "lead": lead
        case "text": text
        default: nil
        }
    }
}

extension TextView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "text": text
        case "inline": inline
        case "lines": lines
        case "paragraph": paragraph
        case "more": more
        default: nil
        }
    }
}

extension ParagraphView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "lines": lines
        case "paragraph": paragraph
        default: nil
        }
    }
}

extension LineView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "br": br
        case "value": value
        default: nil
        }
    }
}

extension SummaryView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "month": month
        case "titlePeriod": titlePeriod
        case "thisPeriod": thisPeriod
        case "periodEnd": periodEnd
        case "earlierPeriods": earlierPeriods
        case "isoMonth": isoMonth
        case "organization": organization
        case "date": date
        case "meetingCount": meetingCount
        case "reportCount": reportCount
        case "commentCount": commentCount
        case "requirementCount": requirementCount
        case "assignedCount": assignedCount
        case "completedCount": completedCount
        case "overdueCount": overdueCount
        case "completedEarlierCount": completedEarlierCount
        case "completedLateCount": completedLateCount
        case "hasCompletedEarlier": hasCompletedEarlier
        case "hasCompletedLate": hasCompletedLate
        case "openCount": openCount
        case "completed": completed
        case "hasCompleted": hasCompleted
        case "unitTotal": unitTotal
        case "hasNextSteps": hasNextSteps
        case "hasMeetings": hasMeetings
        case "meetings": meetings
        case "unifyThinking": unifyThinking
        case "keyPoints": keyPoints
        case "responsibility": responsibility
        case "hasUnifyThinking": hasUnifyThinking
        case "hasKeyPoints": hasKeyPoints
        case "hasResponsibility": hasResponsibility
        case "requirements": requirements
        case "hasRequirements": hasRequirements
        case "assigned": assigned
        case "hasAssigned": hasAssigned
        case "assignedUnifyThinking": assignedUnifyThinking
        case "assignedKeyPoints": assignedKeyPoints
        case "assignedResponsibility": assignedResponsibility
        case "units": units
        case "hasUnits": hasUnits
        case "overdue": overdue
        case "hasOverdue": hasOverdue
        case "shortcomings": shortcomings
        case "hasShortcomings": hasShortcomings
        case "plans": plans
        case "hasPlans": hasPlans
        case "dueNextMonth": dueNextMonth
        case "hasDueNextMonth": hasDueNextMonth
        case "nextMonth": nextMonth
        case "trend": trend
        case "hasTrend": hasTrend
        case "trendLead": trendLead
        case "accountability": accountability
        default: nil
        }
    }
}

extension TrendMonthView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "month": month
        case "assigned": assigned
        case "completed": completed
        case "overdue": overdue
        default: nil
        }
    }
}

extension SummaryMeetingView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "number": number
        case "date": date
        case "title": title
        case "host": host
        case "kind": kind
        default: nil
        }
    }
}

extension StressView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "date": date
        case "meeting": meeting
        case "heading": heading
        case "sections": sections
        default: nil
        }
    }
}

extension UnitView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "unit": unit
        case "assigned": assigned
        case "completed": completed
        case "overdue": overdue
        case "open": open
        case "rate": rate
        default: nil
        }
    }
}

extension UnitTextView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "unit": unit
        case "text": text
        default: nil
        }
    }
}

extension AccountabilityView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "organization": organization
        case "basis": basis
        case "subject": subject
        case "isMonth": isMonth
        case "date": date
        case "statesAsOf": statesAsOf
        case "responsibilityRows": responsibilityRows
        case "parts": parts
        case "hasTasks": hasTasks
        case "taskCount": taskCount
        default: nil
        }
    }
}

extension ResponsibilityRowView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "unitCell": unitCell
        case "task": task
        default: nil
        }
    }
}

extension UnitCellView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "rows": rows
        default: nil
        }
    }
}

extension TaskGroupView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "heading": heading
        case "tasks": tasks
        default: nil
        }
    }
}

extension AssignedTasksView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "lead": lead
        case "tasks": tasks
        default: nil
        }
    }
}

extension SummaryRequirementView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "date": date
        case "meeting": meeting
        case "by": by
        case "text": text
        default: nil
        }
    }
}

extension ReminderView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "unit": unit
        case "from": from
        case "hasColophon": hasColophon
        case "date": date
        case "replyBy": replyBy
        case "within": within
        case "overdueCount": overdueCount
        case "dueSoonCount": dueSoonCount
        case "hasOverdue": hasOverdue
        case "hasDueSoon": hasDueSoon
        case "hasBoth": hasBoth
        case "tasks": tasks
        default: nil
        }
    }
}

extension ReminderTaskView: MustacheParent {
    /// The field a template names.
    public func child(named key: String) -> Any? {
        switch key {
        case "number": number
        case "content": content
        case "assignedOn": assignedOn
        case "assignedAt": assignedAt
        case "owner": owner
        case "due": due
        case "state": state
        case "note": note
        default: nil
        }
    }
}
