import ArgumentParser
import Foundation
import Gongwen

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render meeting files with one or more templates into Markdown, HTML, Flat OPC XML and DOCX.")

    @Argument(help: "Meeting files (.yaml, .yml or .json).")
    var files: [String]

    @Option(
        name: .customLong("template"),
        help: "A built-in template name or a .mustache path; repeatable. Default: minutes.")
    var templates: [String] = []

    @Option(help: "Formats, comma-separated: markdown (md), html, xml, docx. Default: all four.")
    var format: [String] = []

    @Option(help: "Output folder, or - for standard output (one file, template and format).")
    var output: String = "./out"

    @OptionGroup var houseStyle: HouseStyleOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one meeting file") }
        _ = try OutputFormats.parse(format)
        if templates.contains("monthly-summary") {
            throw ValidationError("monthly-summary covers a month of meetings: use gongwen summary DIR --month YYYY-MM")
        }
        if output == "-" {
            let formats = try OutputFormats.parse(format)
            guard files.count == 1, max(templates.count, 1) == 1, formats.count == 1 else {
                throw ValidationError("--output - writes one document: give one file, one --template and one --format")
            }
        }
    }

    func run() async throws {
        let formats = try OutputFormats.parse(format)
        let catalog = houseStyle.catalog
        var compiled: [DocumentTemplate] = []
        for reference in templates.isEmpty ? ["minutes"] : templates {
            compiled.append(try ErrorReport.orExit { () throws(GongwenError) in try catalog.template(reference) })
        }
        let options = try houseStyle.writerOptions()
        let destination = output == "-" ? nil : URL(fileURLWithPath: output, isDirectory: true)
        let progress = Progress(total: files.count)
        var failed = false
        // Each file is loaded, rendered and written on its own core; messages come out in file order.
        await OrderedWork.run(files) { [compiled] file -> Result<Data?, Error> in
            Result {
                let url = URL(fileURLWithPath: file, isDirectory: false)
                let meeting = try MeetingLoader().load(contentsOf: url, displayName: file)
                let outputs = try RenderPlan.outputs(
                    for: meeting, templates: compiled, formats: formats, options: options)
                guard let destination else { return outputs.first?.data }
                try RenderPlan.write(outputs, stem: url.deletingPathExtension().lastPathComponent, to: destination)
                return nil
            }
        } receive: { index, result in
            progress.show(index, files[index])
            switch result {
            case .success(let data):
                if let data { FileHandle.standardOutput.write(data) }
            case .failure(let error):
                ErrorReport.print(error)
                failed = true
            }
        }
        progress.finish()
        if failed { throw ExitCode(1) }
    }
}

/// Renders every template × format of one meeting in memory, so that nothing is written unless all succeed.
enum RenderPlan {
    struct Output {
        let template: String
        let format: OutputFormat
        let data: Data
    }

    static func outputs(
        for meeting: Meeting, templates: [DocumentTemplate], formats: [OutputFormat], options: WriterOptions
    ) throws -> [Output] {
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

    /// Writes each output as `DIR/<stem>.<template>.<ext>`, each file whole or not at all.
    static func write(_ outputs: [Output], stem: String, to folder: URL) throws {
        for item in outputs {
            let name = "\(stem).\(item.template).\(item.format.fileExtension)"
            try OutputFile.write(item.data, to: folder.appendingPathComponent(name, isDirectory: false))
        }
    }
}
