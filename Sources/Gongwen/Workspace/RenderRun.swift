import Foundation

/// `render`: every template × format of each meeting file, written whole per input or not at all.
public struct RenderRun: Sendable {
    /// One rendered document in one format.
    public struct Output: Sendable {
        /// The template's name.
        public let template: String
        /// The format.
        public let format: OutputFormat
        /// The file's bytes.
        public let data: Data
    }

    /// The templates, compiled.
    public let templates: [DocumentTemplate]
    /// The formats.
    public let formats: [OutputFormat]
    /// What the Word writer takes.
    public let options: WriterOptions
    /// Proofreads each meeting as it loads, its findings among the warnings; nil for none.
    public let proofreader: Proofreader?
    /// Where earlier tasks are looked up for a meeting's `task_updates`: this folder, or (nil) the
    /// folder each meeting file is in, with its subfolders.
    public let ledgerFolder: String?
    private let origins: FolderTaskOrigins

    /// Creates a run.
    public init(
        templates: [DocumentTemplate], formats: [OutputFormat], options: WriterOptions, proofreader: Proofreader? = nil,
        ledgerFolder: String? = nil, search: MeetingFileSearch = MeetingFileSearch()
    ) {
        self.templates = templates
        self.formats = formats
        self.options = options
        self.proofreader = proofreader
        self.ledgerFolder = ledgerFolder
        self.origins = FolderTaskOrigins(search: search)
    }

    /// Renders every template × format of one meeting in memory, so that nothing is written unless all
    /// succeed; with the warnings for updated tasks that were not found.
    public func outputs(for meeting: Meeting) throws -> (outputs: [Output], warnings: [Diagnostic]) {
        var found: [String: TaskOrigin] = [:]
        var warnings: [Diagnostic] = []
        if !meeting.taskUpdates.isEmpty {
            let folderName = ledgerFolder.map { $0.isEmpty ? "." : $0 } ?? FolderTaskOrigins.folder(of: meeting)
            found = origins.origins(of: Set(meeting.taskUpdates.map(\.id)), in: folderName)
            warnings = FolderTaskOrigins.unresolved(meeting, origins: found, folder: folderName)
        }
        let view = MeetingView(meeting, origins: found)
        var outputs: [Output] = []
        for template in templates {
            if let need = TemplateNeed(templateName: template.name), !need.isMet(by: meeting) {
                warnings.append(need.notWritten(template.name, for: meeting))
                continue
            }
            let document = try template.render(view, dataFile: meeting.source)
            // A PDF's place holds its Word file until `runWithPDF` converts them all.
            for (format, data) in zip(formats, try document.write(formats.map(\.written), options: options)) {
                outputs.append(Output(template: template.name, format: format, data: data))
            }
        }
        return (outputs, warnings)
    }

    /// The inputs that would overwrite each other's outputs under `plan`; empty when the run may start.
    public func collisions(_ files: [String], plan: OutputPlan) -> [Diagnostic] {
        plan.collisions(inputs: files, templates: templates.map(\.name), formats: formats)
    }

    /// What became of one file that rendered.
    public struct Rendered: Sendable {
        /// The one document's bytes, when the run writes to standard output.
        public let data: Data?
        /// What loading warned of.
        public let warnings: [Diagnostic]
        /// How many files were written (or, for standard output, documents handed back).
        public let written: Int
    }

    /// Loads, renders and writes each file on every core; `receive` hears of each file in order.
    /// With no `plan`, the one document is handed back instead of written (standard output).
    /// Call `collisions` first: this writes what it is given.
    public func run(
        _ files: [String], plan: OutputPlan?, receive: (Int, Result<Rendered, Error>) -> Void
    ) async {
        if formats.contains(.pdf) {
            await runWithPDF(files, plan: plan, receive: receive)
            return
        }
        await OrderedWork.run(files) { file -> Result<Rendered, Error> in
            Result {
                let (outputs, warnings) = try rendered(file)
                return try write(outputs, warnings: warnings, of: file, plan: plan)
            }
        } receive: { index, result in
            receive(index, result)
        }
    }

    /// One file loaded and rendered in memory, with its loading and lookup warnings.
    private func rendered(_ file: String) throws -> (outputs: [Output], warnings: [Diagnostic]) {
        let meeting = try ProofreadingLoader(proofreader: proofreader).load(
            contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
        origins.remember(meeting)
        let (outputs, warnings) = try outputs(for: meeting)
        return (outputs, meeting.warnings + warnings)
    }

    /// One file's outputs written where `plan` puts them, or handed back for standard output.
    private func write(_ outputs: [Output], warnings: [Diagnostic], of file: String, plan: OutputPlan?) throws
        -> Rendered
    {
        guard let plan else {
            return Rendered(data: outputs.first?.data, warnings: warnings, written: outputs.isEmpty ? 0 : 1)
        }
        for output in outputs {
            try OutputFile.write(
                output.data, to: plan.target(for: file, template: output.template, format: output.format))
        }
        return Rendered(data: nil, warnings: warnings, written: outputs.count)
    }

    /// With PDF: every file is rendered in memory first, then one LibreOffice process makes all the
    /// PDFs, then each file's outputs are written — whole per file, and nothing when LibreOffice fails.
    private func runWithPDF(
        _ files: [String], plan: OutputPlan?, receive: (Int, Result<Rendered, Error>) -> Void
    ) async {
        var results: [Result<(outputs: [Output], warnings: [Diagnostic]), Error>] = []
        await OrderedWork.run(files) { file -> Result<(outputs: [Output], warnings: [Diagnostic]), Error> in
            Result { try rendered(file) }
        } receive: { _, result in
            results.append(result)
        }
        var pending: [(file: Int, output: Int)] = []
        for (index, result) in results.enumerated() {
            guard case .success(let rendered) = result else { continue }
            for (position, output) in rendered.outputs.enumerated() where output.format == .pdf {
                pending.append((index, position))
            }
        }
        do {
            let pdfs = try await PDFConversion.convert(
                pending.map { try! results[$0.file].get().outputs[$0.output].data },
                names: pending.map { item in
                    let output = try! results[item.file].get().outputs[item.output]
                    return plan?.target(for: files[item.file], template: output.template, format: .pdf).path ?? "-"
                })
            for (item, pdf) in zip(pending, pdfs) {
                guard case .success(var rendered) = results[item.file] else { continue }
                let output = rendered.outputs[item.output]
                rendered.outputs[item.output] = Output(template: output.template, format: .pdf, data: pdf)
                results[item.file] = .success(rendered)
            }
        } catch {
            for index in results.indices where (try? results[index].get()) != nil { results[index] = .failure(error) }
        }
        for (index, result) in results.enumerated() {
            receive(
                index,
                result.flatMap { rendered in
                    Result { try write(rendered.outputs, warnings: rendered.warnings, of: files[index], plan: plan) }
                })
        }
    }
}
