import ArgumentParser
import Foundation
import Gongwen
import Synchronization

/// Parses `--format` values: repeated and comma-separated; all four when none is given.
enum OutputFormats {
    static func parse(_ values: [String], alsoAllowed: [String] = []) throws -> [OutputFormat] {
        let names = values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if names.isEmpty { return OutputFormat.standard }
        var formats: [OutputFormat] = []
        for name in names where !name.isEmpty {
            guard let format = OutputFormat(name: name.lowercased()) else {
                let allowed = ["markdown (md)", "html", "xml", "docx", "pdf"] + alsoAllowed
                throw ValidationError(Message.unknownFormat(name, allowed: allowed).text(in: ErrorReport.language))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}

extension Array where Element == String {
    /// The arguments in order, each given more than once kept at its first place.
    var withoutRepeats: [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}

/// What the environment says: the templates folder and the reproducible-build timestamp.
enum Environment {
    static func templatesFolder(_ option: String?) -> URL? {
        let path = option ?? ProcessInfo.processInfo.environment["GONGWEN_TEMPLATES"]
        return path.map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// `SOURCE_DATE_EPOCH`, when set, is the only time written into outputs.
    static var sourceDateEpoch: Date? {
        guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(value) else {
            return nil
        }
        return Date(timeIntervalSince1970: seconds)
    }
}

/// Puts errors on standard error in the contract's `FILE:LINE:COLUMN: error: MESSAGE` form, in the
/// chosen language.
enum ErrorReport {
    /// `--lang` (read from the arguments before they are parsed, so that usage errors speak it
    /// too), else `GONGWEN_LANG`, else the locale.
    static let language: Language = {
        let arguments = CommandLine.arguments
        var option: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { option = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { option = String(argument.dropFirst("--lang=".count)) }
        }
        return Language.chosen(option: option, environment: ProcessInfo.processInfo.environment)
    }()

    /// On a terminal, each diagnostic is followed by its source line and a caret; piped, the lines
    /// stay one per problem for the scripts and editors that read them.
    static let showsSourceLines = isatty(STDERR_FILENO) == 1

    static func print(_ error: Error) {
        guard let error = error as? GongwenError else {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return
        }
        guard showsSourceLines, !error.diagnostics.isEmpty else {
            FileHandle.standardError.write(Data((error.text(in: language) + "\n").utf8))
            return
        }
        for diagnostic in error.diagnostics { warn(diagnostic) }
    }

    static func warn(_ diagnostic: Diagnostic) {
        var text = diagnostic.text(in: language) + "\n"
        // A note is about a whole file: its first line adds nothing.
        if showsSourceLines, diagnostic.severity != .note, let source = source(of: diagnostic.location.file),
            let excerpt = SourceExcerpt.excerpt(of: source, at: diagnostic.location)
        {
            text += excerpt + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The last file read for an excerpt, kept: a file's diagnostics come one after another.
    private static let lastSource = Mutex<(file: String, text: String?)?>(nil)

    private static func source(of file: String) -> String? {
        lastSource.withLock { last in
            if let last, last.file == file { return last.text }
            let text = try? String(contentsOfFile: file, encoding: .utf8)
            last = (file, text)
            return text
        }
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `已生成 8 个文件，在 out/`, the clerk's confirmation, only on a terminal: piped, a
    /// successful run prints nothing.
    static func wrote(_ count: Int, in folder: String) {
        guard isatty(STDERR_FILENO) == 1, count > 0 else { return }
        let shown = folder.hasSuffix("/") ? folder : folder + "/"
        warn(Message.wroteFiles(count: count, folder: shown).text(in: language))
    }

    /// Runs `body`; on a `GongwenError`, reports it and exits with status 1.
    static func orExit<T>(_ body: () throws(GongwenError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            print(error)
            throw ExitCode(error.exitCode)
        }
    }
}

/// `3/120 name.yaml` on standard error, only when it is a terminal and there is more than one file.
struct Progress {
    let total: Int
    let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    func show(_ index: Int, _ file: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(index + 1)/\(total) \(file)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Values the process holds until it exits, so they are never freed piece by piece: dropping ten
/// thousand loaded meetings cost a summary 0.2 s of `free` on its critical path, while the
/// kernel takes a process's memory back at exit at once.
enum KeptUntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
