import Foundation
import Gongwen

/// Loaded meetings, compiled templates and rendered outputs, kept until a file they came from changes.
actor PreviewCache {
    let folder: SafeFolder
    let catalog: TemplateCatalog
    let options: WriterOptions
    /// The proofreader, with the served folder's directory; it changes when the directory does.
    private(set) var proofreader: Proofreader

    private var meetings: [String: (stamp: FileStamp, result: Result<Meeting, GongwenError>)] = [:]
    private var templates: [String: (version: [String: FileStamp], result: Result<DocumentTemplate, GongwenError>)] =
        [:]
    private var outputs: [OutputKey: Data] = [:]

    struct OutputKey: Hashable {
        /// The data file and its stamp, or the month and the whole folder's stamps.
        let source: String
        let stamps: [String: FileStamp]
        let templateStamps: [String: FileStamp]
        let template: String
        /// Nil for a summary's JSON figures.
        let format: OutputFormat?
    }

    init(folder: SafeFolder, catalog: TemplateCatalog, options: WriterOptions, proofreader: Proofreader) {
        self.folder = folder
        self.catalog = catalog
        self.options = options
        self.proofreader = proofreader
    }

    /// Proofreads with `directory` from now on: every meeting is loaded again for its warnings.
    func use(_ directory: OfficeDirectory?) {
        proofreader.directory = directory
        meetings.removeAll()
        outputs.removeAll()
    }

    /// The meeting in `relative`, loaded once per version of the file.
    func meeting(_ relative: String, stamp: FileStamp) -> Result<Meeting, GongwenError> {
        if let cached = meetings[relative], cached.stamp == stamp { return cached.result }
        let result: Result<Meeting, GongwenError>
        if let url = folder.resolve(relative) {
            result = Result { () throws(GongwenError) in
                try ProofreadingLoader(skipsOtherFiles: true, proofreader: proofreader).load(
                    contentsOf: url, displayName: relative)
            }
        } else {
            result = .failure(.io(path: relative, reason: .previewFileNotInFolder))
        }
        meetings[relative] = (stamp, result)
        return result
    }

    /// Every meeting of the snapshot, with the files that failed and their text (for the caret under each error).
    func all(_ snapshot: FolderSnapshot) -> (meetings: [Meeting], failures: [(String, GongwenError, String?)]) {
        var loaded: [Meeting] = []
        var failures: [(String, GongwenError, String?)] = []
        for (relative, stamp) in snapshot.meetings.sorted(by: { $0.key < $1.key }) {
            switch meeting(relative, stamp: stamp) {
            case .success(let meeting): loaded.append(meeting)
            case .failure(.notAMeeting): continue
            case .failure(let error):
                let source = folder.resolve(relative).flatMap { try? String(contentsOf: $0, encoding: .utf8) }
                failures.append((relative, error, source))
            }
        }
        return (loaded, failures)
    }

    /// A template, compiled once per version of the templates folder.
    func template(_ name: String, version: [String: FileStamp]) -> Result<DocumentTemplate, GongwenError> {
        if let cached = templates[name], cached.version == version { return cached.result }
        let result = Result { () throws(GongwenError) in try catalog.template(name) }
        templates[name] = (version, result)
        return result
    }

    /// One format of one meeting rendered with one template.
    func render(_ relative: String, template name: String, format: OutputFormat, snapshot: FolderSnapshot) throws
        -> Data
    {
        guard let stamp = snapshot.meetings[relative] else {
            throw GongwenError.io(path: relative, reason: .previewNoSuchFile)
        }
        let meeting = try meeting(relative, stamp: stamp).get()
        if let need = TemplateNeed(templateName: name), !need.isMet(by: meeting) {
            throw GongwenError.invalidData([need.notWritten(name, for: meeting)])
        }
        // Progress on earlier tasks names them from the folder's other files: then the output
        // depends on every file.
        let key = OutputKey(
            source: relative, stamps: meeting.taskUpdates.isEmpty ? [relative: stamp] : snapshot.meetings,
            templateStamps: snapshot.templates, template: name, format: format)
        if let data = outputs[key] { return data }
        let origins = FolderTaskOrigins.lookUp(meeting, among: all(snapshot).meetings).origins
        let document = try template(name, version: snapshot.templates).get().render(
            MeetingView(meeting, origins: origins), dataFile: relative)
        // A PDF is the Word file here; `PreviewServer` converts it through its `PDFQueue`, outside
        // this actor, so that LibreOffice's seconds hold up no other page.
        return store(key, try document.write([format.written], options: options)[0])
    }

    /// One format of a month's summary (or JSON figures) rendered with one template.
    func summary(_ month: SummaryPeriod, template name: String, format: OutputFormat?, snapshot: FolderSnapshot)
        async throws -> Data
    {
        // A period still running stands on today: the key holds the day, so tomorrow's is new.
        let today = CalendarDate.today()
        let key = OutputKey(
            source: "\(month) \(min(today, month.lastDay))", stamps: snapshot.meetings,
            templateStamps: snapshot.templates,
            template: format == nil ? "" : name, format: format)
        if let data = outputs[key] { return data }
        let run = SummaryRun(
            templates: format == nil ? [] : [try template(name, version: snapshot.templates).get()],
            formats: format.map { [$0.written] } ?? [], json: format == nil, options: options, asOf: today)
        // The same rule as `gongwen summary`: a folder with a broken file or clashing task ids has no summary.
        let loaded = all(snapshot)
        let batch = MeetingBatch(meetings: loaded.meetings, problems: loaded.failures.map(\.1))
        let meetings = try batch.forSummary(skipInvalid: false).get().meetings
        let outputs = try await run.outputs(period: month, meetings: meetings)
        return store(key, outputs[0].data)
    }

    private func store(_ key: OutputKey, _ data: Data) -> Data {
        // Old versions of a file are never asked for again; drop them so memory stays bounded.
        if outputs.count > 2000 { outputs.removeAll() }
        outputs[key] = data
        return data
    }
}
