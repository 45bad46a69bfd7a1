import Foundation

/// A file's size and modification time, as stat(2) gives them: what Gongwen's kept indexes trust
/// an entry by, before they read the file to compare its hash.
struct FileStamp: Equatable, Sendable {
    var size: Int
    var seconds: Int
    var nanoseconds: Int

    /// The stamp of the file at `path`, nil when there is none. stat(2) itself: FileManager's
    /// attributes look up the owner's and group's names too, which was a quarter of an indexed render.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int(status.st_size)
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
    }

    init(size: Int, seconds: Int, nanoseconds: Int) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The modification time in seconds, as the task index writes it.
    var modified: Double { Double(seconds) + Double(nanoseconds) / 1e9 }
}
