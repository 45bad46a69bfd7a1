/// A person for templates.
public struct PersonView: Sendable {
    public let name: String
    public let title: String?
    public let unit: String?
    /// `陈刚（分管副主任）`, or the name alone: for lists.
    public let display: String
    /// `分管副主任陈刚同志`, or `陈刚同志`: how official prose names a person in running text.
    public let formal: String

    init(_ person: Person) {
        name = person.name
        title = person.title
        unit = person.unit
        display = person.title.map { "\(person.name)（\($0)）" } ?? person.name
        formal = (person.title ?? "") + person.name + "同志"
    }
}
