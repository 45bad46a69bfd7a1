import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which files count as meeting files: the one rule the command line and the preview share.
///
/// A file named by the user is always read. A folder is searched recursively, skipping hidden
/// files and folders (`.git`, `.github`, editors' swap files), the folders Gongwen writes into,
/// symbolic links to folders (they can loop), and the files Gongwen itself writes
/// (`summary-2026-11.json`), so that a second run never reads the first run's output.
public struct MeetingFileSearch: Sendable {
    /// The extensions of meeting files.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Folders never searched, such as the output folder (compared after resolving links).
    public let excludedFolders: [String]

    /// Creates a search that skips `excludedFolders` (and everything under them).
    public init(excluding excludedFolders: [URL] = []) {
        self.excludedFolders = excludedFolders.map(Self.canonicalPath)
    }

    /// The meeting files of `paths`, in the order given, each folder's files sorted.
    /// A path that does not exist is an error.
    public func files(in paths: [String]) throws(GongwenError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw .io(path: path, reason: .noSuchFileOrFolder)
            }
            if isFolder.boolValue {
                files += relativeFiles(under: path).map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// The meeting files under `folder`, as paths relative to it, sorted.
    public func relativeFiles(under folder: String) -> [String] {
        var found: [String] = []
        walk(folder, relative: "", into: &found)
        return found.sorted()
    }

    private func walk(_ folder: String, relative: String, into found: inout [String]) {
        if excludedFolders.contains(Self.canonicalPath(URL(fileURLWithPath: folder, isDirectory: true))) { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            let inside = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, relative: inside, into: &found)
            case S_IFREG, S_IFLNK:
                if Self.isMeetingFileName(name) { found.append(inside) }
            default:
                continue
            }
        }
    }

    /// Whether a file's name makes it a meeting file: a meeting extension, and not a file Gongwen writes.
    public static func isMeetingFileName(_ name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else { return false }
        return !SummaryRun.isSummaryFileName(name)
    }

    static func canonicalPath(_ url: URL) -> String {
        url.resolvingSymlinksInPath().standardizedFileURL.path
    }
}
