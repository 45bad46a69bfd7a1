import Gongwen

/// A refusal or failure of office mode; its words are the catalogue's (`Message`).
public struct OfficeError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in both languages.
    public let message: Message

    public init(_ message: Message) { self.message = message }

    public var description: String { message.text(in: .en) }
}
