import Foundation

/// What the form writes in a folder of meetings, and the rules it writes by: a meeting file is
/// replaced only when nobody changed it since the form opened it (its fingerprint), the version it
/// replaces goes to `.gongwen/history`, a new file never takes an existing name, and a draft waits
/// under `.gongwen/drafts` — a hidden folder that no folder search reads, so a draft is never
/// rendered — beside the file it was opened from and that file's fingerprint then.
public struct FormFiles: Sendable {
    /// Where the form keeps what is not a meeting file yet (drafts) or not any more (history).
    public static let workFolder = ".gongwen"
    /// The served folder.
    public let folder: SafeFolder

    /// The form's files in `folder`.
    public init(_ folder: SafeFolder) {
        self.folder = folder
    }

    /// What a save did.
    public enum Saved: Equatable, Sendable {
        /// The meeting file was written: its path and its new fingerprint.
        case file(String, base: String)
        /// The draft was written under this name.
        case draft(String)
        /// The file changed since the form opened it; its text now. Nothing was written.
        case conflict(current: String)
        /// The file is gone, or may not be edited. Nothing was written.
        case missing
        /// `.gongwen`, or its drafts or history folder, is a link or not a folder. Nothing was written.
        case workFolderRefused
    }

    /// Saves `yaml` as a draft: under its own name when `draft` names one, else a new name from
    /// `suggested`; `file` and `base` are remembered beside it.
    public func saveDraft(_ yaml: Data, suggested: String, draft: String?, file: String?, base: String?)
        throws(GongwenError) -> Saved
    {
        guard let folder = workFolder("drafts") else { return .workFolderRefused }
        var name = draft.flatMap { draftFile($0) != nil ? $0 : nil } ?? suggested
        if draft.flatMap(draftFile) == nil {
            name = MeetingFileName.unused(name) {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
            }
        }
        try OutputFile.write(yaml, to: folder.appendingPathComponent(name, isDirectory: false))
        let origin = ["file": file, "base": base].compactMapValues { $0 }
        let side = (try? JSONSerialization.data(withJSONObject: origin)) ?? Data("{}".utf8)
        try OutputFile.write(
            side, to: folder.appendingPathComponent((name as NSString).deletingPathExtension + ".json"))
        return .draft(name)
    }

    /// Saves `yaml` as the meeting file `file` when its fingerprint is still `base`, keeping the
    /// version it replaces; with no `file`, as a new file named from `suggested` that no file has
    /// yet. The draft it came from, if any, is removed.
    public func save(_ yaml: Data, suggested: String, file: String?, base: String?, draft: String?)
        throws(GongwenError) -> Saved
    {
        guard let relative = file else {
            // A file made meanwhile by someone else keeps its name: this one takes the next.
            var name = suggested
            repeat {
                name = MeetingFileName.unused(name) {
                    FileManager.default.fileExists(atPath: folder.root.appendingPathComponent($0).path)
                }
            } while try !writeNew(yaml, to: folder.root.appendingPathComponent(name, isDirectory: false))
            removeDraft(draft)
            return .file(name, base: MeetingFileName.fingerprint(yaml))
        }
        guard let url = editableFile(relative), let current = try? Data(contentsOf: url) else { return .missing }
        guard MeetingFileName.fingerprint(current) == base else {
            return .conflict(current: String(decoding: current, as: UTF8.self))
        }
        guard try keepInHistory(current, of: relative) else { return .workFolderRefused }
        try OutputFile.write(yaml, to: url)
        removeDraft(draft)
        return .file(relative, base: MeetingFileName.fingerprint(yaml))
    }

    /// Writes a new file; false when the name was taken in the meantime.
    private func writeNew(_ data: Data, to url: URL) throws(GongwenError) -> Bool {
        do {
            try OutputFile.writeNew(data, to: url)
            return true
        } catch {
            if case .io(_, let reason) = error, case .fileExists = reason { return false }
            throw error
        }
    }

    /// The text `file` had when its fingerprint was `fingerprint`: the file itself, or a version
    /// kept in the history. A draft's merge compares with it, to tell whose change a difference is.
    public func version(of file: String, fingerprint: String) -> Data? {
        if let url = editableFile(file), let data = try? Data(contentsOf: url),
            MeetingFileName.fingerprint(data) == fingerprint
        {
            return data
        }
        guard let history = workFolder("history") else { return nil }
        let flat = (file.replacingOccurrences(of: "/", with: "__") as NSString).deletingPathExtension + "."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: history.path)) ?? []
        for name in names.sorted(by: >) where name.hasPrefix(flat) {
            if let data = try? Data(contentsOf: history.appendingPathComponent(name)),
                MeetingFileName.fingerprint(data) == fingerprint
            {
                return data
            }
        }
        return nil
    }

    /// Writes the office's directory (`OfficeDirectory.path`), its previous version to the history
    /// first; false when `.gongwen` is a link or not a folder.
    public func saveDirectory(_ yaml: Data) throws(GongwenError) -> Bool {
        guard let history = workFolder("history") else { return false }
        let url = history.deletingLastPathComponent().appendingPathComponent("directory.yaml", isDirectory: false)
        if let current = try? Data(contentsOf: url), current != yaml {
            guard try keepInHistory(current, of: "directory.yaml") else { return false }
        }
        try OutputFile.write(yaml, to: url)
        return true
    }

    /// The previous version, before the form replaces a file: `.gongwen/history/<path>.<time>.yaml`
    /// (`.json` for a JSON file),
    /// `-2`, `-3` after it when a save in the same second (or a path that flattens alike) took the name.
    private func keepInHistory(_ data: Data, of relative: String) throws(GongwenError) -> Bool {
        guard let history = workFolder("history") else { return false }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let flat = (relative.replacingOccurrences(of: "/", with: "__") as NSString).deletingPathExtension
        let suffix = (relative as NSString).pathExtension.isEmpty ? "yaml" : (relative as NSString).pathExtension
        var name = "\(flat).\(formatter.string(from: Date())).\(suffix)"
        repeat {
            name = MeetingFileName.unused(name) {
                FileManager.default.fileExists(atPath: history.appendingPathComponent($0).path)
            }
        } while try !writeNew(data, to: history.appendingPathComponent(name, isDirectory: false))
        return true
    }

    /// `.gongwen/<name>` inside the folder, made when missing; nil when it or `.gongwen` is a link or
    /// not a folder (a link could lead the form's writes out of the folder).
    public func workFolder(_ name: String) -> URL? {
        var url = folder.root
        for part in [Self.workFolder, name] {
            url.appendPathComponent(part, isDirectory: true)
            if let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType {
                guard type == .typeDirectory else { return nil }
            } else {
                guard (try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)) != nil
                else { return nil }
            }
        }
        return url
    }

    private func removeDraft(_ name: String?) {
        guard let name, let url = draftFile(name) else { return }
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.removeItem(at: url.deletingPathExtension().appendingPathExtension("json"))
    }

    // MARK: Which files

    /// A meeting file the form may edit: `.yaml` or `.json` strictly inside the folder, in no hidden
    /// folder, not through a link that leaves it.
    public func editableFile(_ relative: String) -> URL? {
        guard Self.isMeetingFileName(relative),
            !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        else { return nil }
        return folder.resolve(relative)
    }

    /// Whether the form edits a file of this name: YAML, or JSON (kept JSON when saved).
    public static func isMeetingFileName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json")
    }

    /// A draft by name (one file name, no folders), in a drafts folder that is not a link.
    public func draftFile(_ name: String) -> URL? {
        guard name.hasSuffix(".yaml"), !name.contains("/"), !name.hasPrefix("."), workFolder("drafts") != nil else {
            return nil
        }
        return folder.resolve("\(Self.workFolder)/drafts/\(name)")
    }

    /// The file a draft was opened from, while it may still be edited, and that file's fingerprint then.
    public func origin(ofDraft url: URL) -> (file: String?, base: String?) {
        guard let side = try? Data(contentsOf: url.deletingPathExtension().appendingPathExtension("json")),
            let origin = try? JSONSerialization.jsonObject(with: side) as? [String: String]
        else { return (nil, nil) }
        return (origin["file"].flatMap { editableFile($0) != nil ? $0 : nil }, origin["base"])
    }

    /// The drafts made from the meeting file `file`, newest first: what a closed tab or a crash left
    /// of an edit that was never saved.
    public func drafts(of file: String) -> [String] {
        drafts().filter { name in draftFile(name).map { origin(ofDraft: $0).file == file } ?? false }
            .sorted { modified($0) > modified($1) }
    }

    private func modified(_ draft: String) -> Date {
        guard let url = draftFile(draft) else { return .distantPast }
        return ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date)
            ?? .distantPast
    }

    /// The drafts' names, by name (the date leads it), for the index.
    public func drafts() -> [String] {
        let folder = self.folder.root.appendingPathComponent("\(Self.workFolder)/drafts", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") && draftFile($0) != nil }.sorted(by: >)
    }
}
