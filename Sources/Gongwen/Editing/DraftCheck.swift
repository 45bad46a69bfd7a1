import Foundation

/// A meeting as the form holds it, checked as `validate` checks a file: its YAML, the problems with
/// the path of the value each is about, the proofreading warnings, and the meeting when it loads.
public struct DraftCheck: Sendable {
    /// The YAML the form's data makes.
    public let yaml: String
    /// What the loader refused (empty when the meeting loads).
    public let problems: [Diagnostic]
    /// What loading and proofreading warned of; with problems, of what the problems leave.
    public let warnings: [Diagnostic]
    /// The meeting, when it loads.
    public let meeting: Meeting?

    /// Checks `record` as the file `file` (relative to the served folder) among the folder's
    /// other meetings, `folder`: the file's own rules, then the folder's (task ids unique, progress
    /// on known tasks), as `validate DIR` checks them.
    public init(_ record: MeetingRecord, file: String, proofreader: Proofreader? = nil, folder: [Meeting] = [])
        throws
    {
        yaml = try record.yaml
        // A JSON meeting is checked as the JSON it will be written as, by the JSON loader.
        let checked = Self.checked(record)
        let text = file.hasSuffix(".json") ? checked.jsonText : try checked.yaml
        do {
            let meeting = try ProofreadingLoader(proofreader: proofreader).load(data: Data(text.utf8), file: file)
            self.meeting = meeting
            problems = FolderTaskOrigins.problems(of: meeting, among: folder)
            warnings = meeting.warnings
        } catch {
            meeting = nil
            problems = error.asDiagnostics
            warnings = WarningsBesideErrors(record: Self.checked(record), problems: problems).warnings(
                file: file, proofreader: proofreader)
        }
    }
}

extension DraftCheck {
    /// The record as checked: a form with nothing typed yet still has its `meeting` block, so the
    /// check names the fields to fill (会议名称, 时间) rather than asking for a key.
    static func checked(_ record: MeetingRecord) -> MeetingRecord {
        guard case .map(let fields) = record, record["meeting"] == nil else { return record }
        return .map([MeetingRecord.Field("meeting", .map([]))] + fields)
    }
}

/// Where the form writes: a new meeting's file name, and the fingerprint that tells whether a file
/// changed on disk while the form had it open.
public enum MeetingFileName {
    /// `2026-11-20-全面从严治党工作会议.yaml`: the date and the title, without what a file name cannot
    /// hold (a slash, a control character, a leading dot), at most 60 characters of title.
    public static func suggested(date: String, title: String) -> String {
        let name = cleaned(title)
        let day = date.count == 10 && date.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) ? date : "会议"
        return name.isEmpty ? "\(day).yaml" : "\(day)-\(name).yaml"
    }

    /// `text` as part of a file name on any system: without what Windows, SMB shares or a shell
    /// would read otherwise (`/\:*?"<>|`, control characters, spaces, leading dots), at most 60 characters.
    public static func cleaned(_ text: String) -> String {
        let kept = TextView.inline(text).unicodeScalars.filter { scalar in
            !"/\\:*?\"<>|".unicodeScalars.contains(scalar) && scalar.properties.generalCategory != .control
                && scalar != " " && scalar != "\u{3000}"
        }
        var name = String(String.UnicodeScalarView(kept).prefix(60))
        while name.hasPrefix(".") { name.removeFirst() }
        return name
    }

    /// The first of `name`, `name-2`, `name-3`… that `exists` says is free.
    public static func unused(_ name: String, exists: (String) -> Bool) -> String {
        guard exists(name) else { return name }
        let stem = (name as NSString).deletingPathExtension
        var number = 2
        while exists("\(stem)-\(number).yaml") { number += 1 }
        return "\(stem)-\(number).yaml"
    }

    /// A fingerprint of a file's bytes (64-bit FNV-1a, hex): equal when nothing changed.
    public static func fingerprint(_ data: Data) -> String {
        String(ContentHash.of(data), radix: 16)
    }
}
