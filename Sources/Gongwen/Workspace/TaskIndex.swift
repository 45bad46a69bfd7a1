import Foundation

/// Which task ids each meeting file of a folder assigns, kept in `.gongwen/task-index.tsv` so that
/// a render finds the earlier tasks a meeting reports progress on by parsing only the files that
/// assign them, not every file of the folder. A file's entry is trusted only while its size and
/// modification time are the ones recorded; when they differ the file is read, and parsed again
/// unless its content hash is the recorded one. The index is written to a temporary file and
/// renamed, so a crash or a concurrent run leaves the old index or the new one, never half of one;
/// one that cannot be read is rebuilt, and a folder that cannot hold one is read in full.
///
/// One line a file, tab-separated: its path under the folder, size, modification time, content
/// hash, meeting date (`-` when it does not load as a meeting) and its task ids joined by U+001F.
/// Plain text rather than JSON: Foundation's JSON decoder took seconds over 10,000 files.
struct TaskIndex {
    static let header = "gongwen-task-index 1"
    /// From how many meeting files a folder keeps its `.gongwen/` indexes (this one and the
    /// `MeetingCache`): below it, parsing them all takes less than a clerk notices.
    static let keptFrom = 100
    /// By path relative to the folder.
    var files: [String: Entry] = [:]

    struct Entry: Equatable {
        var size: Int
        var modified: Double
        var hash: UInt64
        /// Nil when the file did not load as a meeting (its own command reports it).
        var date: CalendarDate?
        var ids: [String]
    }

    /// The index file of `folder`.
    static func location(in folder: String) -> URL {
        WorkFolder.location(of: "task-index.tsv", in: folder)
    }

    /// The index kept for `folder`, or an empty one when there is none it can trust.
    static func read(in folder: String) -> TaskIndex {
        guard let data = try? Data(contentsOf: location(in: folder)) else { return TaskIndex() }
        // On bytes: splitting ten thousand lines as Characters took most of a render's time.
        let bytes = [UInt8](data)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // The last line is empty: a file cut short has no newline after its last entry.
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == header, lines.last?.isEmpty == true
        else { return TaskIndex() }
        var index = TaskIndex()
        index.files.reserveCapacity(lines.count)
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            func text(_ field: Int) -> String { String(decoding: fields[field], as: UTF8.self) }
            guard fields.count == 6, let size = Int(text(1)), let modified = Double(text(2)), let hash = UInt64(text(3))
            else { return TaskIndex() }
            let ids = fields[5].split(separator: 0x1F).map { String(decoding: $0, as: UTF8.self) }
            index.files[text(0)] = Entry(
                size: size, modified: modified, hash: hash, date: CalendarDate(iso: text(4)), ids: ids)
        }
        return index
    }

    /// Writes the index beside the folder's meetings, whole or not at all; a folder that cannot
    /// hold it (read-only, `.gongwen` a file or a link), or a path or id with a tab or a line
    /// break, leaves it as it is.
    func write(in folder: String) {
        var text = Self.header + "\n"
        for (key, entry) in files.sorted(by: { $0.key < $1.key }) {
            let fields = [key] + entry.ids
            guard !fields.contains(where: { $0.contains { "\t\n\r\u{1F}".contains($0) } }) else { return }
            text += "\(key)\t\(entry.size)\t\(entry.modified)\t\(entry.hash)\t\(entry.date?.description ?? "-")\t"
            text += entry.ids.joined(separator: "\u{1F}") + "\n"
        }
        WorkFolder.replace("task-index.tsv", with: Data(text.utf8), in: folder)
    }
}
