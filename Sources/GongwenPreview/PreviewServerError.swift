import Foundation
import Gongwen
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// Why the preview could not start.
public enum PreviewServerError: Error, CustomStringConvertible {
    /// Another program listens on the port.
    case portInUse(host: String, port: Int)

    /// What to say, in either language.
    public var message: Message {
        switch self {
        case .portInUse(let host, let port): .portInUse(host: host, port: port)
        }
    }

    public var description: String { "error: " + message.text(in: .en) }
}
