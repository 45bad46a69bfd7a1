import Foundation
import Synchronization

/// The meetings of a folder's files as they last loaded, kept in `.gongwen/meeting-cache.bin`, so
/// that a summary over thousands of meetings parses only the files that changed since the last
/// one. Keyed as the `TaskIndex` is: an entry is trusted while its file's size and modification
/// time are the recorded ones; when they differ the file is read, and parsed again unless its
/// content hash is the recorded one.
///
/// Only a meeting that loaded with nothing to report is kept, so that a file read from the cache
/// has no message that a parse would have printed. And the cache is trusted only by the Gongwen
/// build that wrote it, with the same proofreading settings (`context`): a new release may load
/// the same file otherwise, and another office's rules find other things.
///
/// The file: a header, the context, the number of records, then one record per meeting (its path
/// under the folder, size, modification time, hash and `MeetingBytesWriter` bytes). Every field
/// is a number or bytes after their length, so a file cut short reads as no cache at all.
final class MeetingCache: Sendable {
    static let fileName = "meeting-cache.bin"
    static let header = "gongwen-meeting-cache 1"

    struct Entry: Sendable {
        var stamp: FileStamp
        var hash: UInt64
        /// The meeting as the cache file holds it.
        var bytes: Data?
        /// A meeting loaded in this run, written out when the cache is saved (the batch holds it
        /// anyway: encoding it only then keeps a first run's memory what it was without a cache).
        var loaded: Meeting?
    }

    private let folder: String
    private let files: [String]
    /// Each file's key: its path under the folder.
    private let keys: [String]
    private let context: String
    let kept: [String: Entry]
    /// This run's entry for each file, by index; nil for a file that is not kept.
    private let found: Mutex<(entries: [Entry?], changed: Bool)>

    /// The cache of `folder` for loading `files` (found under it) with `proofreader`; nil when the
    /// folder holds fewer than `keptFrom` files, or when this build cannot tell itself from another
    /// (no `/proc/self/exe`).
    init?(folder: String, files: [String], proofreader: Proofreader?, keptFrom: Int = TaskIndex.keptFrom) {
        guard files.count >= keptFrom, let context = Self.context(proofreader) else { return nil }
        self.folder = folder
        self.files = files
        keys = WorkFolder.keys(of: files, in: folder)
        self.context = context
        kept = Self.read(WorkFolder.location(of: Self.fileName, in: folder), context: context, most: files.count)
        found = Mutex(([Entry?](repeating: nil, count: files.count), false))
    }

    /// The `index`th file's meeting, from the cache when its entry holds, else loaded by `loader`
    /// (and kept for the next run when it loads with nothing to report).
    func load(_ index: Int, with loader: ProofreadingLoader) throws(GongwenError) -> Meeting {
        let file = files[index]
        let stamp = FileStamp(path: file)
        let entry = kept[keys[index]]
        if let entry, entry.stamp == stamp, let meeting = decode(entry, as: file) {
            found.withLock { $0.entries[index] = entry }
            return meeting
        }
        // Whatever follows, a kept entry that did not serve is out of date.
        let stale = entry != nil
        guard let stamp, let data = try? Data(contentsOf: URL(fileURLWithPath: file, isDirectory: false)) else {
            if stale { found.withLock { $0.changed = true } }
            return try loader.load(contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
        }
        let hash = ContentHash.of(data)
        if var entry, entry.hash == hash, let meeting = decode(entry, as: file) {
            entry.stamp = stamp
            found.withLock {
                $0.entries[index] = entry
                $0.changed = true
            }
            return meeting
        }
        let meeting: Meeting
        do {
            meeting = try loader.load(data: data, file: file)
        } catch {
            if stale { found.withLock { $0.changed = true } }
            throw error
        }
        // A file with something to report is parsed on every run, and changes nothing here.
        let keeps = meeting.warnings.isEmpty
        if keeps || stale {
            found.withLock {
                if keeps { $0.entries[index] = Entry(stamp: stamp, hash: hash, loaded: meeting) }
                $0.changed = true
            }
        }
        return meeting
    }

    /// Writes the cache anew when anything moved since it was read: an entry added, brought up to
    /// date or gone (a file removed from the folder too).
    func save() {
        let (entries, changed) = found.withLock { $0 }
        guard changed || entries.count(where: { $0 != nil }) != kept.count else { return }
        WorkFolder.replace(Self.fileName, in: folder) { file in
            var writer = MeetingBytesWriter()
            writer.text(Self.header)
            writer.text(context)
            writer.int(entries.count { $0 != nil })
            for (key, entry) in zip(keys, entries) {
                guard let entry else { continue }
                writer.text(key)
                writer.int(entry.stamp.size)
                writer.int(entry.stamp.seconds)
                writer.int(entry.stamp.nanoseconds)
                writer.int(Int(truncatingIfNeeded: entry.hash))
                if let bytes = entry.bytes {
                    writer.span(bytes)
                } else if let meeting = entry.loaded {
                    writer.span(MeetingBytesWriter.encode(meeting))
                }
                // Written a megabyte at a time: a folder's meetings are a hundred megabytes and more.
                if writer.bytes.count >= 1 << 20 { try writer.flush(to: file) }
            }
            try writer.flush(to: file)
        }
    }

    private func decode(_ entry: Entry, as file: String) -> Meeting? {
        entry.bytes?.withUnsafeBytes { try? MeetingBytesReader.decode($0, source: file) }
    }

    /// The entries of the cache file at `location`, by key; none when it is missing, cut short,
    /// or written by another build or for other proofreading settings.
    private static func read(_ location: URL, context: String, most: Int) -> [String: Entry] {
        guard let data = WorkFolder.read(location) else { return [:] }
        return data.withUnsafeBytes { raw in
            var reader = MeetingBytesReader(raw)
            var entries: [String: Entry] = [:]
            do throws(MeetingBytesReader.Malformed) {
                guard try reader.text() == header, try reader.text() == context else { return [:] }
                let count = try reader.int()
                // The count is only believed as far as the folder's files go.
                entries.reserveCapacity(max(0, min(count, most)))
                for _ in 0..<max(0, count) {
                    let key = try reader.text()
                    let stamp = FileStamp(
                        size: try reader.int(), seconds: try reader.int(), nanoseconds: try reader.int())
                    let hash = UInt64(bitPattern: Int64(try reader.int()))
                    let span = try reader.span()
                    entries[key] = Entry(stamp: stamp, hash: hash, bytes: data[span])
                }
                guard reader.isAtEnd else { return [:] }
            } catch {
                return [:]
            }
            return entries
        }
    }

    /// What a kept meeting depends on besides its file: the Gongwen build (the executable's size and
    /// time) and the proofreader's settings; nil when the build cannot be told.
    private static func context(_ proofreader: Proofreader?) -> String? {
        guard let build = FileStamp(path: "/proc/self/exe") else { return nil }
        return "\(build.size).\(build.seconds).\(build.nanoseconds) " + (proofreader?.settings ?? "no proofreading")
    }
}
