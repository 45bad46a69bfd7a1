import Foundation
import Gongwen

/// Watches the preview folder by polling its snapshot and tells subscribers when it changes.
///
/// Polling a few hundred `stat` calls every 300 ms costs next to nothing and works the same on every
/// file system (network shares included), where inotify would miss changes.
actor ChangeFeed {
    /// What a subscriber hears.
    enum Event: Sendable {
        /// The folder changed; the number grows with each change.
        case changed(Int)
        /// Nothing changed; keeps idle connections alive and finds closed ones.
        case ping
    }

    let folder: SafeFolder
    let templates: URL?
    private(set) var snapshot: FolderSnapshot
    /// Counts changes since the server started; pages carry the generation they were made from.
    private(set) var generation = 0
    private var scannedAt = ContinuousClock.now
    private var subscribers: [UUID: AsyncStream<Event>.Continuation] = [:]

    static let interval = Duration.milliseconds(300)

    init(folder: SafeFolder, templates: URL?) {
        self.folder = folder
        self.templates = templates
        snapshot = FolderSnapshot.scan(folder, templates: templates)
    }

    /// The snapshot, rescanned when the last scan is older than the polling interval.
    func current() -> (snapshot: FolderSnapshot, generation: Int) {
        if ContinuousClock.now - scannedAt >= Self.interval { rescan() }
        return (snapshot, generation)
    }

    /// Scans now; tells subscribers when anything changed.
    func rescan() {
        scannedAt = .now
        let next = FolderSnapshot.scan(folder, templates: templates)
        guard next != snapshot else { return }
        snapshot = next
        generation += 1
        for continuation in subscribers.values { continuation.yield(.changed(generation)) }
    }

    /// A stream of events for one client; it ends when the client goes away.
    func subscribe() -> AsyncStream<Event> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(4))
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        subscribers[id] = continuation
        return stream
    }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }

    /// Ends every subscriber's stream (server shutdown).
    func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    /// Polls until cancelled; pings subscribers every 15 seconds.
    func watch() async {
        var ticks = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: Self.interval)
            rescan()
            ticks += 1
            if ticks % 50 == 0 {
                for continuation in subscribers.values { continuation.yield(.ping) }
            }
        }
    }
}
