import Foundation

/// A served folder of meetings, and the one way to turn a request's path into a file inside it.
///
/// A path is refused when it is absolute, has an empty, `.` or `..` part, a backslash or a NUL,
/// or resolves (through symbolic links) to somewhere outside the folder.
public struct SafeFolder: Sendable {
    /// The folder, with symbolic links resolved.
    public let root: URL

    /// The folder `folder`, its links resolved.
    public init(_ folder: URL) {
        root = folder.resolvingSymlinksInPath().standardizedFileURL
    }

    /// The file `relative` names inside the folder, or nil when the path is not allowed or leaves the folder.
    public func resolve(_ relative: String) -> URL? {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\\"), !relative.contains("\0") else {
            return nil
        }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        let resolved = root.appendingPathComponent(relative).resolvingSymlinksInPath().standardizedFileURL
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard resolved.path.hasPrefix(prefix) else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder), !isFolder.boolValue else {
            return nil
        }
        return resolved
    }

    /// Whether `relative` names a file inside the folder reached through no symbolic link: the
    /// file is where its path says. Office mode serves only such files, so a link in one office
    /// folder cannot show or change a file of another, or a kept copy under `.gongwen/`.
    public func isDirect(_ relative: String) -> Bool {
        resolve(relative)?.path == root.appendingPathComponent(relative).standardizedFileURL.path
    }
}
