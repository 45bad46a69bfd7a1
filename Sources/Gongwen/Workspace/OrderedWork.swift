import Foundation

/// Runs work over items on every core, handing results back in the items' order, so that
/// messages and progress read the same as a sequential run.
public enum OrderedWork {
    /// How many items are worked on at once.
    public static let width = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Calls `work` for each item concurrently and `receive` with each result in item order.
    /// At most `8 × width` items are under way or waiting for their turn: enough that a slow
    /// item does not leave a core idle, few enough that memory stays bounded.
    public static func run<Item: Sendable, Result: Sendable>(
        _ items: [Item], work: @escaping @Sendable (Item) async -> Result, receive: (Int, Result) throws -> Void
    ) async rethrows {
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var waiting: [Int: Result] = [:]
            var emitted = 0
            func startMore() {
                while next < items.count, next - emitted < 8 * width {
                    let index = next
                    let item = items[index]
                    group.addTask { (index, await work(item)) }
                    next += 1
                }
            }
            startMore()
            while let (index, result) = try await group.next() {
                waiting[index] = result
                while let ready = waiting.removeValue(forKey: emitted) {
                    try receive(emitted, ready)
                    emitted += 1
                }
                startMore()
            }
        }
    }
}
