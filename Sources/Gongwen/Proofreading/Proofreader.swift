/// Reads every text of a meeting file for what an official document must not carry: leftover
/// placeholders, pasted web residue, punctuation slips, dates that do not exist, and data that
/// contradicts itself. Each finding is a warning at the exact character, with its rule's name.
public struct Proofreader: Sendable {
    /// Rules switched off (`--allow RULE`, or `allow:` in the office's configuration).
    public var allowed: Set<ProofreadingRule>
    /// Web residue the office adds to the built-in list.
    public var extraWatermarks: [String]
    /// The office's people and units, whose spelling names and units are checked against.
    public var directory: OfficeDirectory?

    /// Everything that decides what the proofreader finds, written out: two proofreaders with the
    /// same settings find the same things in the same file, so the meeting cache is kept for them.
    var settings: String {
        let separator = "\u{1F}"
        var parts = ["allow " + allowed.map(\.rawValue).sorted().joined(separator: separator)]
        parts += extraWatermarks.map { "watermark " + $0 }
        parts += (directory?.people ?? []).map {
            "person " + [$0.name, $0.title ?? "", $0.unit ?? ""].joined(separator: separator)
        }
        parts += (directory?.units ?? []).map { "unit " + $0 }
        return parts.joined(separator: "\n")
    }

    /// Creates a proofreader with every rule on, unless `allowed`.
    public init(allowed: Set<ProofreadingRule> = [], extraWatermarks: [String] = []) {
        self.allowed = allowed
        self.extraWatermarks = extraWatermarks
    }

    /// The findings in one loaded meeting, whose file's text is `text` and tree `tree`.
    func findings(in meeting: Meeting, tree: YAMLTree, text: String, file: String) -> [Diagnostic] {
        let inventory = TextInventory(tree)
        let rules = TextRules(watermarks: TextRules.defaultWatermarks + extraWatermarks, year: meeting.info.date.year)
        var source: SourceIndex?
        var found: [Diagnostic] = []
        // One buffer for every text, filled in one pass: `Array(_:)` decodes a text twice (to count
        // it, then to copy it) and allocates anew for each of a file's hundreds of texts.
        var scalars: [Unicode.Scalar] = []
        for value in inventory.values {
            scalars.removeAll(keepingCapacity: true)
            for scalar in value.text.unicodeScalars { scalars.append(scalar) }
            var findings = rules.findings(in: scalars, isName: value.isName)
            // The path's keys are gathered only for a text with a 我 or 咱 in it: most have neither.
            if !value.isName, scalars.contains(where: FirstPersonRule.mayStartAWord),
                FirstPersonRule.printedInMinutes(inventory.keys(of: value))
            {
                findings += FirstPersonRule.findings(in: scalars)
            }
            for finding in findings where !allowed.contains(finding.rule) {
                if source == nil { source = SourceIndex(text) }
                let place = source!.place(of: finding.found, from: value, offset: finding.offset)
                var diagnostic = Diagnostic(
                    .warning, at: SourceLocation(file: file, line: place.line, column: place.column),
                    path: inventory.path(of: value),
                    finding.message)
                diagnostic.rule = finding.rule.rawValue
                found.append(diagnostic)
            }
        }
        let meetingFindings =
            MeetingRules.findings(in: meeting)
            + (directory.map { DirectoryRule.findings(in: meeting, directory: $0) } ?? [])
        for finding in meetingFindings where !allowed.contains(finding.rule) {
            let place = TextInventory.place(of: finding.path, in: tree) ?? (1, 1)
            var diagnostic = Diagnostic(
                .warning, at: SourceLocation(file: file, line: place.line, column: place.column), path: finding.path,
                finding.message)
            diagnostic.rule = finding.rule.rawValue
            found.append(diagnostic)
        }
        return found
    }

    /// The findings that need several meeting files: a completion reported before its task was assigned.
    public func findings(across meetings: [Meeting]) -> [Diagnostic] {
        guard !allowed.contains(.taskDates) else { return [] }
        return MeetingRules.findings(across: meetings).map { file, finding, location in
            var diagnostic = Diagnostic(
                .warning, at: location ?? SourceLocation(file: file, line: 1, column: 1), path: finding.path,
                finding.message)
            diagnostic.rule = finding.rule.rawValue
            return diagnostic
        }
    }
}

/// A file's text by line, to place a finding at the character where the offending text stands.
struct SourceIndex {
    let scalars: [Unicode.Scalar]
    /// The index in `scalars` where each line starts.
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
    }

    /// Where `found` stands in the file: searched from the value's start (quotes, escapes and
    /// folded lines shift it from `offset`); at the value's start plus `offset` when not found.
    func place(of found: String, from value: TextInventory.Value, offset: Int) -> (line: Int, column: Int) {
        guard value.line - 1 < lineStarts.count else { return (value.line, value.column) }
        let start = lineStarts[value.line - 1] + value.column - 1
        let needle = Array(found.unicodeScalars)
        // Far enough for the value as written (escapes and indentation make it longer than its text).
        let limit = min(scalars.count, start + 2 * value.text.unicodeScalars.count + 4 * 80)
        var matches: [Int] = []
        if let first = needle.first, start < limit {
            var index = start
            while index + needle.count <= limit {
                if scalars[index] == first, Array(scalars[index..<index + needle.count]) == needle {
                    matches.append(index)
                }
                index += 1
            }
        }
        // A text may hold the same slip twice: the finding is its text's n-th occurrence, so it is
        // the file's n-th match from the value's start.
        let text = Array(value.text.unicodeScalars)
        var occurrence = 0
        var index = 0
        while index < offset, index + needle.count <= text.count {
            if Array(text[index..<index + needle.count]) == needle {
                occurrence += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        guard occurrence < matches.count else { return (value.line, value.column + offset) }
        let best = matches[occurrence]
        let line = (lineStarts.lastIndex { $0 <= best } ?? 0)
        return (line + 1, best - lineStarts[line] + 1)
    }
}
