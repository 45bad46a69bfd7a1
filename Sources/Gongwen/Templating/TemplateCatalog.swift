import Foundation

/// Finds templates by name or path: an organisation's folder first, then the built-ins compiled into the binary.
public struct TemplateCatalog: Sendable {
    /// The built-in document types and what each one is.
    public static let builtIns: [(name: String, summary: Label)] = [
        ("minutes", .aboutMinutes), ("minutes-classic", .aboutMinutesClassic), ("speech", .aboutSpeech),
        ("accountability", .aboutAccountability),
        ("monthly-summary", .aboutMonthlySummary), ("reminder", .aboutReminder),
    ]

    /// The built-ins that cover a folder over a period or a day, not one meeting (`gongwen summary`).
    public static let folderOnly: Set<String> = ["monthly-summary", "reminder"]

    /// A folder of the organisation's own templates that override built-ins by name.
    public let overrideFolder: URL?

    /// Creates a catalog; `overrideFolder` holds `NAME.mustache` files and an optional `partials/`.
    public init(overrideFolder: URL? = nil) {
        self.overrideFolder = overrideFolder
    }

    /// The vocabulary schema every rendered document is validated against, compiled once.
    static let schema: RelaxNGSchema = {
        do {
            return try RelaxNGSchema(text: BuiltInFiles.text("vocabulary.rng"))
        } catch {
            fatalError("the built-in vocabulary.rng does not compile: \(error)")
        }
    }()

    /// The Chinese names the built-in templates also answer to.
    public static let chineseNames: [String: String] = [
        "会议纪要": "minutes", "纪要": "minutes", "首部式纪要": "minutes-classic", "讲话稿": "speech", "责任清单": "accountability",
        "月度总结": "monthly-summary", "月度工作总结": "monthly-summary", "工作总结": "monthly-summary",
        "催办通知": "reminder", "催办": "reminder",
    ]

    /// The longest Chinese name of a built-in template (`会议纪要`), or its English name.
    public static func chineseName(of name: String) -> String {
        chineseNames.filter { $0.value == name }.map(\.key).max { $0.count < $1.count } ?? name
    }

    /// The built-in name a Chinese name stands for, or `reference` itself.
    public static func canonicalName(_ reference: String) -> String {
        chineseNames[reference] ?? reference
    }

    /// Resolves `reference`: a path (it has a `/` or ends in `.mustache`), an override, or a built-in
    /// name (English or Chinese: `会议纪要` is `minutes`).
    public func template(_ reference: String) throws(GongwenError) -> DocumentTemplate {
        let reference = Self.canonicalName(reference)
        if reference.contains("/") || reference.hasSuffix(".mustache") {
            let url = URL(fileURLWithPath: reference)
            return try load(url: url, display: reference)
        }
        if let folder = overrideFolder {
            let url = folder.appendingPathComponent(reference + ".mustache")
            if FileManager.default.fileExists(atPath: url.path) {
                return try load(url: url, display: url.path)
            }
        }
        guard let text = BuiltInFiles.lookUp(reference + ".mustache") else {
            let known = Self.builtIns.map(\.name)
            throw .unknownTemplate(reference, known: known, chinese: known.map(Self.chineseName(of:)))
        }
        return try DocumentTemplate(
            name: reference, file: "Templates/\(reference).mustache", text: text,
            partials: BuiltInFiles.partials, schema: Self.schema)
    }

    /// The templates that render one meeting file, in the order a clerk meets them: the built-ins
    /// but the summary and the reminder, then the organisation's own (one that overrides a built-in keeps
    /// the built-in's place).
    public func meetingTemplateNames() -> [String] {
        let builtIn = Self.builtIns.map(\.name).filter { !Self.folderOnly.contains($0) }
        return builtIn + folderTemplateNames().filter { !builtIn.contains($0) && !Self.folderOnly.contains($0) }
    }

    /// The `NAME.mustache` files of the override folder, by name.
    public func folderTemplateNames() -> [String] {
        guard let folder = overrideFolder,
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }

    private func load(url: URL, display: String) throws(GongwenError) -> DocumentTemplate {
        guard let data = try? Data(contentsOf: url) else {
            throw .io(path: display, reason: .templateUnreadable)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidTemplate([
                Diagnostic(at: SourceLocation(file: display, line: 1, column: 1), .templateNotUTF8)
            ])
        }
        var partials = BuiltInFiles.partials
        for folder in [url.deletingLastPathComponent(), overrideFolder].compactMap({ $0 }) {
            let partialFolder = folder.appendingPathComponent("partials")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: partialFolder.path)) ?? []
            for file in names where file.hasSuffix(".mustache") {
                if let partial = try? String(contentsOf: partialFolder.appendingPathComponent(file), encoding: .utf8) {
                    partials[String(file.dropLast(".mustache".count))] = partial
                }
            }
        }
        let name = url.deletingPathExtension().lastPathComponent
        return try DocumentTemplate(name: name, file: display, text: text, partials: partials, schema: Self.schema)
    }
}
