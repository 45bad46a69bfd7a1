/// One problem found in a user's file, with its place: what an office clerk reads to fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable {
        /// The input cannot be used.
        case error
        /// The input was used, but something is probably wrong.
        case warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// The path of the value in the data (`reports[1].unit`), when the problem is in a value.
    public var path: String?
    /// What is wrong and how to fix it.
    public var message: String
    /// Error or warning.
    public var severity: Severity

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation, path: String? = nil, _ message: String) {
        self.location = location
        self.path = path
        self.message = message
        self.severity = severity
    }

    /// `FILE:LINE:COLUMN: error: PATH: MESSAGE`, the form editors and the CLI contract use.
    public var description: String {
        let subject = path.map { $0.isEmpty ? "" : "\($0): " } ?? ""
        return "\(location): \(severity.rawValue): \(subject)\(message)"
    }
}
