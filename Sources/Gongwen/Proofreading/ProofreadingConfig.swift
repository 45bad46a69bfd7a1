import Foundation

/// An office's proofreading settings, kept in a YAML file (`.gongwen-check.yaml` in the folder
/// the command runs in, or the file `--config` names):
///
/// ```yaml
/// allow: [space-between-chinese]     # rules switched off
/// watermarks: [某某网, 某某公众号]     # more web residue to look for
/// ```
public enum ProofreadingConfig {
    /// The file looked for in the current folder when no `--config` is given.
    public static let defaultFileName = ".gongwen-check.yaml"

    /// A proofreader with `allowed` rules off (by name) and, when `file` is given or the default file
    /// exists in `folder`, the settings it holds.
    public static func proofreader(allowed names: [String], file: String?, folder: URL) throws(GongwenError)
        -> Proofreader
    {
        var proofreader = Proofreader()
        let path = file ?? folder.appendingPathComponent(defaultFileName).path
        if file != nil || FileManager.default.fileExists(atPath: path) {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw .io(path: path, reason: .noSuchFileOrFolder)
            }
            let source: SourceText
            let tree: YAMLTree
            do {
                source = try SourceText(data: data, file: path)
                tree = try YAMLComposer.compose(source.text, file: path)
            } catch {
                throw .invalidData([error])
            }
            var reader = NodeReader(file: path, tree: tree)
            if let root = tree.root,
                let fields = reader.fields(root, path: .file, known: ["allow", "watermarks"], what: .meetingFile)
            {
                for (index, name) in reader.texts(fields["allow"], path: fields.path("allow")).enumerated() {
                    guard let rule = ProofreadingRule(rawValue: name) else {
                        reader.fail(
                            .unknownRule(name, known: ProofreadingRule.allCases.map(\.rawValue)), at: nil,
                            path: .index(index, in: "allow"))
                        continue
                    }
                    proofreader.allowed.insert(rule)
                }
                proofreader.extraWatermarks = reader.texts(fields["watermarks"], path: fields.path("watermarks"))
            }
            if !reader.diagnostics.isEmpty { throw .invalidData(reader.diagnostics) }
        }
        for name in names {
            guard let rule = ProofreadingRule(rawValue: name) else {
                throw .invalidData([
                    Diagnostic(
                        at: SourceLocation(file: "--allow", line: 1, column: 1),
                        .unknownRule(name, known: ProofreadingRule.allCases.map(\.rawValue)))
                ])
            }
            proofreader.allowed.insert(rule)
        }
        // The office's directory, kept beside the drafts of the folder the command runs in.
        proofreader.directory = try OfficeDirectory.read(in: folder)
        return proofreader
    }
}
