import Foundation
import Gongwen
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The lock the form's saves take in turn: a class, so that every copy of the server shares it.
final class SaveLock: Sendable {
    private let mutex = Mutex(())

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { _ in try body() }
    }
}
