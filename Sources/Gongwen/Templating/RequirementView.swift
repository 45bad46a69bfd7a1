/// A requirement for templates.
public struct RequirementView: Sendable {
    public let by: PersonView?
    public let text: TextView

    init(_ requirement: Requirement) {
        by = requirement.by.map(PersonView.init)
        text = TextView(requirement.text)
    }
}
