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

    /// Creates a run.
    public init(templates: [DocumentTemplate], formats: [OutputFormat], options: WriterOptions) {
        self.templates = templates
        self.formats = formats
        self.options = options
    }

    /// Renders every template × format of one meeting in memory, so that nothing is written unless all succeed.
    public func outputs(for meeting: Meeting) throws -> [Output] {
        let view = MeetingView(meeting)
        var outputs: [Output] = []
        for template in templates {
            let document = try template.render(view, dataFile: meeting.source)
            for (format, data) in zip(formats, try document.write(formats, options: options)) {
                outputs.append(Output(template: template.name, format: format, data: data))
            }
        }
        return outputs
    }

    /// The inputs that would overwrite each other's outputs under `plan`; empty when the run may start.
    public func collisions(_ files: [String], plan: OutputPlan) -> [Diagnostic] {
        plan.collisions(inputs: files, templates: templates.map(\.name), formats: formats)
    }

    /// Loads, renders and writes each file on every core; `receive` hears of each file in order, with
    /// the one document's bytes when `plan` is nil (standard output) or the file's error.
    /// Call `collisions` first: this writes what it is given.
    public func run(
        _ files: [String], plan: OutputPlan?, receive: (Int, Result<Data?, Error>) -> Void
    ) async {
        await OrderedWork.run(files) { file -> Result<Data?, Error> in
            Result {
                let meeting = try MeetingLoader().load(
                    contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
                let outputs = try outputs(for: meeting)
                guard let plan else { return outputs.first?.data }
                for output in outputs {
                    try OutputFile.write(
                        output.data, to: plan.target(for: file, template: output.template, format: output.format))
                }
                return nil
            }
        } receive: { index, result in
            receive(index, result)
        }
    }
}
