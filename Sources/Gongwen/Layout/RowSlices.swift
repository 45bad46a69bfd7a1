import Foundation
import Synchronization

/// A long table's rows shared out to every core: a month's summary is one table of thousands of
/// rows, measured, broken into lines and written for Word on every core in turn.
enum RowSlices {
    /// `work` done on slices of `0..<count`, its results in the slices' order. Four slices a core,
    /// so that a core whose slices held short rows takes another instead of waiting.
    /// (concurrentPerform holds the calling thread, one of the async pool's, until they end; run
    /// inside another concurrentPerform, libdispatch gives it fewer threads, so callers do not
    /// nest it.)
    static func map<Part: Sendable>(_ count: Int, _ work: @Sendable (Range<Int>) -> Part) -> [Part] {
        let slices = ProcessInfo.processInfo.activeProcessorCount * 4
        let size = (count + slices - 1) / slices
        let parts = Mutex([Part?](repeating: nil, count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let part = work(min(slice * size, count)..<min((slice + 1) * size, count))
            parts.withLock { $0[slice] = part }
        }
        return parts.withLock { $0.map { $0! } }
    }
}
