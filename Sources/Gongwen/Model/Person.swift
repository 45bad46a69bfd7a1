/// Someone named in a meeting file: a plain name, or a name with a title and unit.
public struct Person: Hashable, Sendable {
    /// The person's name, as written.
    public var name: String
    /// The person's post (职务), such as 党支部书记.
    public var title: String?
    /// The person's unit (单位).
    public var unit: String?

    /// Creates a person.
    public init(name: String, title: String? = nil, unit: String? = nil) {
        self.name = name
        self.title = title
        self.unit = unit
    }

    /// Whether `name` names a group rather than one person (各科室、局属单位主要负责同志,
    /// 机关全体党员, 各科室负责人), as offices write in 出席/列席 lists: printed as written, and
    /// never taken for several names run together.
    public static func isGroup(_ name: String) -> Bool {
        let groupEnds = ["同志", "负责人", "党员", "干部", "职工", "代表", "成员", "人员", "委员", "班子"]
        return name.count > 4
            && (name.hasPrefix("各") || name.contains("全体") || groupEnds.contains(where: name.hasSuffix))
    }
}

/// Someone who sent apologies (请假), with the reason given.
public struct Absentee: Hashable, Sendable {
    /// The absent person's name.
    public var name: String
    /// Why they were absent (公出, 病假…).
    public var reason: String?

    /// Creates an absentee.
    public init(name: String, reason: String? = nil) {
        self.name = name
        self.reason = reason
    }
}
