/// A comment for templates.
public struct CommentView: Sendable {
    public let by: PersonView
    public let about: TextView?
    public let text: TextView

    init(_ comment: Comment) {
        by = PersonView(comment.by)
        about = comment.about.map(TextView.init)
        text = TextView(comment.text)
    }
}
