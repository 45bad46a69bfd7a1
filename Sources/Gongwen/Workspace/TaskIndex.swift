import Foundation

/// The tasks of a folder's meeting files, kept in `.gongwen/task-index.json` so that a render
/// names the earlier tasks a meeting reports progress on without parsing every file of the folder
/// again. Each file's entry is trusted only while its size and modification time are the ones
/// recorded; when they differ the file is read, and parsed again unless its content hash is the
/// recorded one. The index is written to a temporary file and renamed, so a crash or a
/// concurrent run leaves either the old index or the new one, never half of one; one that cannot
/// be read is rebuilt, and a folder that cannot be written is simply read in full each time.
struct TaskIndex: Codable {
    /// Bumped whenever the entry's shape or the loader's reading of tasks changes.
    static let version = 1
    var version = Self.version
    /// By path relative to the folder.
    var files: [String: Entry] = [:]

    struct Entry: Codable {
        var size: Int
        var modified: Double
        var hash: UInt64
        /// Nil when the file did not load as a meeting (its own command reports it).
        var date: CalendarDate?
        var title: String
        var tasks: [MeetingTask]
    }

    /// The index file of `folder`.
    static func location(in folder: String) -> URL {
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(".gongwen/task-index.json")
    }

    /// The index kept for `folder`, or an empty one when there is none it can trust.
    static func read(in folder: String) -> TaskIndex {
        guard let data = try? Data(contentsOf: location(in: folder)),
            let index = try? JSONDecoder().decode(TaskIndex.self, from: data), index.version == version
        else { return TaskIndex() }
        return index
    }

    /// Writes the index beside the folder's meetings, whole or not at all; a folder that cannot
    /// hold it (read-only, `.gongwen` a file or a link) is left as it is.
    func write(in folder: String) {
        let target = Self.location(in: folder)
        let work = target.deletingLastPathComponent()
        if let type = (try? FileManager.default.attributesOfItem(atPath: work.path))?[.type] as? FileAttributeType {
            guard type == .typeDirectory else { return }
        } else if (try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)) == nil {
            return
        }
        guard let data = try? JSONEncoder().encode(self) else { return }
        let temporary = work.appendingPathComponent(".task-index.\(getpid()).\(UUID().uuidString).tmp")
        guard (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// 64-bit FNV-1a of a file's bytes: enough to tell an unchanged file whose time moved.
    static func hash(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
