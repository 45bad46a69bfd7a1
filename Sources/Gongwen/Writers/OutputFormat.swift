import Foundation

/// The formats every template renders to, with their file extensions.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// CommonMark with GitHub tables.
    case markdown
    /// One self-contained HTML page.
    case html
    /// The Word document as one Flat OPC file.
    case xml
    /// The Word document zipped.
    case docx
    /// The Word document printed to PDF by LibreOffice (`PDFConversion`); only on request.
    case pdf

    /// What `--format` gives when none is named: every format made without outside programs.
    public static let standard: [OutputFormat] = [.markdown, .html, .xml, .docx]

    /// Parses a `--format` name; `md` is an alias of `markdown`.
    public init?(name: String) {
        if name == "md" {
            self = .markdown
        } else {
            self.init(rawValue: name)
        }
    }

    /// The format a writer makes for this one: a PDF is a conversion of the Word file
    /// (`PDFConversion`, `PDFQueue`) made after writing, so for `.pdf` the writers make `.docx`.
    public var written: OutputFormat {
        self == .pdf ? .docx : self
    }

    /// The file extension without the dot.
    public var fileExtension: String {
        self == .markdown ? "md" : rawValue
    }
}

/// What the writers need besides the document.
public struct WriterOptions: Sendable {
    /// The time written into Word files, or nil for reproducible output.
    public var timestamp: Date?
    /// An organisation's Word file that supplies styles, page setup, header and footers.
    public var reference: ReferenceDocument?
    /// Whether charts are drawn (`--no-charts`, `GONGWEN_CHARTS=off` turn them off); their tables stay.
    public var charts: Bool

    /// Creates options.
    public init(timestamp: Date? = nil, reference: ReferenceDocument? = nil, charts: Bool = true) {
        self.timestamp = timestamp
        self.reference = reference
        self.charts = charts
    }
}

extension Block {
    /// Whether the block is a chart.
    var isChart: Bool {
        if case .chart = self { true } else { false }
    }
}

extension Document {
    /// The bytes of this document in each of `formats`, in order; the Word package is built once for
    /// both Word formats. `.pdf` is not written here: ask for its `written` format and convert that.
    public func write(_ formats: [OutputFormat], options: WriterOptions = WriterOptions()) throws -> [Data] {
        let document = written(options)
        // Page decisions are made once and every writer reads them.
        return try document.write(formats, options: options, layout: DocumentLayout(document))
    }

    /// This document as it is written under `options`: without its charts when they are off.
    private func written(_ options: WriterOptions) -> Document {
        guard options.charts || !blocks.contains(where: \.isChart) else {
            return Document(title: title, blocks: blocks.filter { !$0.isChart })
        }
        return self
    }

    private func write(_ formats: [OutputFormat], options: WriterOptions, layout: DocumentLayout) throws -> [Data] {
        var package: WordPackage?
        func wordPackage() throws -> WordPackage {
            if let package { return package }
            let made = try WordWriter(timestamp: options.timestamp, reference: options.reference).write(
                self, layout: layout)
            package = made
            return made
        }
        return try formats.map { format in
            switch format {
            case .markdown: return Data(MarkdownWriter().write(self, layout: layout).utf8)
            case .html: return Data(HTMLWriter().write(self, layout: layout).utf8)
            case .xml: return Data(try FlatOPCWriter.write(wordPackage()))
            case .docx: return try DocxArchive.data(wordPackage(), timestamp: options.timestamp)
            case .pdf: preconditionFailure("a PDF is converted from the .docx (OutputFormat.written), not written")
            }
        }
    }

    /// The same bytes as `write`, with the formats written side by side (the two Word formats
    /// together, as they share one package): for one large document, such as a month's summary.
    public func writeConcurrently(_ formats: [OutputFormat], options: WriterOptions = WriterOptions()) async throws
        -> [Data]
    {
        let word = formats.filter { $0 == .xml || $0 == .docx }
        var jobs = formats.filter { !word.contains($0) }.map { [$0] }
        if !word.isEmpty { jobs.append(word) }
        let document = written(options)
        // One layout for every writer: a month's table of thousands of rows is laid out once.
        let layout = DocumentLayout(document)
        let bytes = try await withThrowingTaskGroup(of: [(OutputFormat, Data)].self) { group in
            for job in jobs {
                group.addTask { Array(zip(job, try document.write(job, options: options, layout: layout))) }
            }
            return try await group.reduce(into: [OutputFormat: Data]()) { all, pairs in
                for (format, data) in pairs { all[format] = data }
            }
        }
        return formats.map { bytes[$0]! }
    }
}
