import Foundation

/// Where `render` writes each input's documents, decided for all inputs before anything is written.
///
/// Flat (the default): `DIR/<stem>.<template>.<ext>`. Two inputs that would write one path
/// (`2026-10/党委会.yaml` and `2026-11/党委会.yaml`) are an error naming both, so no run keeps one
/// meeting's file and loses the other's. Mirrored (`--keep-folders`): each input's folder is kept
/// under DIR (`DIR/2026-10/党委会.minutes.docx`), so names cannot meet.
public struct OutputPlan: Sendable {
    /// How output paths follow input paths.
    public enum Layout: Sendable {
        /// Every output directly in the output folder.
        case flat
        /// Outputs in the input's folder, recreated under the output folder.
        case mirrored
    }

    /// The output folder.
    public let destination: URL
    /// Flat or mirrored.
    public let layout: Layout
    /// English or Chinese template names.
    public let naming: OutputNaming

    /// Creates a plan writing into `destination`.
    public init(destination: URL, layout: Layout = .flat, naming: OutputNaming = .en) {
        self.destination = destination
        self.layout = layout
        self.naming = naming
    }

    /// The file one input's document in one format goes to.
    public func target(for input: String, template: String, format: OutputFormat) -> URL {
        folder(for: input).appendingPathComponent(
            fileName(stem: Self.stem(of: input), template: template, format: format), isDirectory: false)
    }

    private func fileName(stem: String, template: String, format: OutputFormat) -> String {
        "\(stem).\(naming.name(of: template)).\(format.fileExtension)"
    }

    /// Every pair of inputs that would write the same file, as errors at the second input (nothing is written
    /// when there is one).
    public func collisions(inputs: [String], templates: [String], formats: [OutputFormat]) -> [Diagnostic] {
        var writers: [String: String] = [:]
        var problems: [Diagnostic] = []
        // Each input's folder and stem are worked out once, not once per template and format: a
        // thousand files in four formats spent 19 ms in `URL` and `NSString` before the run could
        // start. A file's name has no `/`, `.` or `..` for standardising to resolve; a name with a
        // `/` (a template's name never has one from the command line) is resolved under the folder.
        let flatFolder = layout == .flat ? destination.standardizedFileURL.path : nil
        for input in inputs {
            let folder = flatFolder ?? self.folder(for: input).standardizedFileURL.path
            let stem = Self.stem(of: input)
            var reported = false
            for template in templates {
                for format in formats {
                    let name = fileName(stem: stem, template: template, format: format)
                    let path =
                        name.utf8.contains(UInt8(ascii: "/"))
                        ? URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(name)
                            .standardizedFileURL.path
                        : folder.hasSuffix("/") ? folder + name : folder + "/" + name
                    if let first = writers[path] {
                        guard !reported else { continue }
                        reported = true
                        let target = target(for: input, template: template, format: format)
                        let message: Message =
                            first == input
                            ? .sameTemplateOutput(template: template, path: target.relativePath)
                            : .sameOutput(otherInput: first, path: target.relativePath)
                        problems.append(Diagnostic(at: SourceLocation(file: input, line: 1, column: 1), message))
                    } else {
                        writers[path] = input
                    }
                }
            }
        }
        return problems
    }

    /// The input's name without its extension.
    public static func stem(of input: String) -> String {
        ((input as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private func folder(for input: String) -> URL {
        guard layout == .mirrored else { return destination }
        // The input's folder as a relative path: as given when it stays below the current folder,
        // else the absolute path without its leading slash, so that two inputs never share a folder.
        let absolute = URL(fileURLWithPath: input).standardizedFileURL.deletingLastPathComponent().path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        var relative: Substring
        if absolute == current {
            relative = ""
        } else if absolute.hasPrefix(current.hasSuffix("/") ? current : current + "/") {
            relative = absolute.dropFirst(current.count).drop { $0 == "/" }
        } else {
            relative = absolute.drop { $0 == "/" }
        }
        return relative.isEmpty ? destination : destination.appendingPathComponent(String(relative), isDirectory: true)
    }
}
