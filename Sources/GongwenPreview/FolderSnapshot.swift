import Foundation
import Gongwen

/// The meeting files under the preview folder (and the templates folder's files), with their stamps.
struct FolderSnapshot: Equatable, Sendable {
    /// Meeting files by path relative to the folder, sorted.
    let meetings: [String: FileStamp]
    /// Template files by path, when a templates folder is in use.
    let templates: [String: FileStamp]

    /// Scans `folder` recursively for meeting files that really lie inside it (the same files the
    /// command line finds), and `templates` for `.mustache` files.
    static func scan(_ folder: SafeFolder, templates: URL?) -> FolderSnapshot {
        var meetings: [String: FileStamp] = [:]
        for relative in MeetingFileSearch().relativeFiles(under: folder.root.path) {
            guard let resolved = folder.resolve(relative), let stamp = FileStamp(path: resolved.path) else { continue }
            meetings[relative] = stamp
        }
        var templateStamps: [String: FileStamp] = [:]
        if let templates {
            for relative in files(under: templates.path) where relative.hasSuffix(".mustache") {
                if let stamp = FileStamp(path: templates.appendingPathComponent(relative).path) {
                    templateStamps[relative] = stamp
                }
            }
        }
        return FolderSnapshot(meetings: meetings, templates: templateStamps)
    }

    /// The snapshot with only the meeting files `keep` accepts.
    func only(_ keep: (String) -> Bool) -> FolderSnapshot {
        FolderSnapshot(meetings: meetings.filter { keep($0.key) }, templates: templates)
    }

    private static func files(under path: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            result.append(relative)
        }
        return result.sorted()
    }
}
