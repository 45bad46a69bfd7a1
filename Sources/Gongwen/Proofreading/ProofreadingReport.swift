import Foundation

/// `gongwen check --format json`: the findings for scripts.
public enum ProofreadingReport {
    /// A JSON array, one object per finding: `file`, `line`, `column`, `path`, `rule`, `severity`,
    /// `message` (in `language`).
    public static func json(_ findings: [Diagnostic], language: Language) -> Data {
        let objects: [[String: Any]] = findings.map { finding in
            [
                "file": finding.location.file, "line": finding.location.line, "column": finding.location.column,
                "path": finding.path ?? "", "rule": finding.rule ?? "", "severity": finding.severity.rawValue,
                "message": finding.content.text(in: language),
            ]
        }
        let data =
            (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys]))
            ?? Data("[]".utf8)
        return data + Data("\n".utf8)
    }
}
