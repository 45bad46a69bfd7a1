/// A problem libxml2 found in an XML text: line, column and its message.
struct XMLProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line in the text that was parsed.
    var line: Int
    /// 1-based column, or 1 when libxml2 did not say.
    var column: Int
    /// libxml2's message.
    var message: String

    /// What a person reads when a writer, not a user's file, failed.
    var description: String { "error: \(message)" }
}
