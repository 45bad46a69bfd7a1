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
