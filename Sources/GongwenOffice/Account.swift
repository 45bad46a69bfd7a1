/// An account as `gongwen user list` and the admin page show it: never its password hash.
public struct Account: Sendable, Equatable {
    public let name: String
    public let disabled: Bool
    /// When it was made, UTC ISO 8601.
    public let created: String
    /// Whether sign-in is refused for now after too many failures.
    public let locked: Bool
}
