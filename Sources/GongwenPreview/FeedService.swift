import Foundation
import Gongwen
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// Polls the folder while the server runs; on shutdown, closes every open event stream.
struct FeedService: Service {
    let feed: ChangeFeed

    func run() async throws {
        await withGracefulShutdownHandler {
            await cancelWhenGracefulShutdown { await feed.watch() }
        } onGracefulShutdown: {
            Task { await feed.finishAll() }
        }
        await feed.finishAll()
    }
}
