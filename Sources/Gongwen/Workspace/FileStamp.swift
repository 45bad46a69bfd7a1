import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's size and modification time, as stat(2) gives them: enough to tell that it changed,
/// and what Gongwen's kept indexes trust an entry by before they read the file to compare its hash.
public struct FileStamp: Hashable, Sendable {
    /// The size in bytes.
    public var size: Int
    /// The modification time in whole seconds since 1970.
    public var seconds: Int
    /// The nanoseconds after `seconds`.
    public var nanoseconds: Int

    /// The stamp of the file at `path` (following a symbolic link), nil when there is none.
    /// stat(2) itself: FileManager's attributes look up the owner's and group's names too, which
    /// was a quarter of an indexed render.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int(status.st_size)
        #if canImport(Darwin)
            (seconds, nanoseconds) = (Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec))
        #else
            (seconds, nanoseconds) = (Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
        #endif
    }

    init(size: Int, seconds: Int, nanoseconds: Int) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The modification time in seconds, as the task index writes it.
    var modified: Double { Double(seconds) + Double(nanoseconds) / 1e9 }
}
