import ArgumentParser
import Foundation
import Gongwen

/// The organisation's own templates and Word styles, shared by every command that writes documents.
struct HouseStyleOptions: ParsableArguments {
    @Option(name: .customLong("templates-dir"), help: CommandHelp.templatesDir.here)
    var templatesDirectory: String?

    @Option(
        name: .customLong("reference-docx"),
        help: CommandHelp.referenceDocx.here)
    var referenceDocx: String?

    @Option(name: .customLong("names"), help: CommandHelp.names.here)
    var names: String?

    @Flag(name: .customLong("no-charts"), help: CommandHelp.noCharts.here)
    var noCharts = false

    /// `--names`, else `GONGWEN_NAMES`, else English names.
    func naming() throws -> OutputNaming {
        let given = names ?? ProcessInfo.processInfo.environment["GONGWEN_NAMES"] ?? OutputNaming.en.rawValue
        guard let naming = OutputNaming(rawValue: given.lowercased()) else {
            throw ValidationError(Message.unknownNaming(given).text(in: ErrorReport.language))
        }
        return naming
    }

    /// Templates: the folder given here or in `GONGWEN_TEMPLATES`, then the built-ins.
    var catalog: TemplateCatalog {
        TemplateCatalog(overrideFolder: Environment.templatesFolder(templatesDirectory))
    }

    /// The writer options these flags and the environment ask for; reports what a reference file lacks.
    func writerOptions() throws -> WriterOptions {
        var options = WriterOptions(
            timestamp: Environment.sourceDateEpoch, charts: !noCharts && Environment.chartsWanted)
        guard let path = referenceDocx else { return options }
        let reference = try ErrorReport.orExit { () throws(GongwenError) in
            try ReferenceDocument.load(contentsOf: URL(fileURLWithPath: path))
        }
        var notes = reference.notes
        if !reference.missingStyles.isEmpty { notes.insert(.referenceLacksStyles(reference.missingStyles), at: 0) }
        for note in notes {
            ErrorReport.warn(Diagnostic(.warning, at: SourceLocation(file: path, line: 1, column: 1), note))
        }
        options.reference = reference
        return options
    }
}
