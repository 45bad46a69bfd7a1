import Foundation

/// Loads meeting files and proofreads them, in that order: the loader knows nothing of
/// proofreading, and the proofreader reads what the loader read (`LoadedMeeting`).
public struct ProofreadingLoader: Sendable {
    /// The loader.
    public var loader: MeetingLoader
    /// When set, every text is proofread and the findings join the meeting's warnings.
    public var proofreader: Proofreader?

    /// Creates a loader that proofreads with `proofreader`, when given.
    public init(skipsOtherFiles: Bool = false, proofreader: Proofreader?) {
        loader = MeetingLoader(skipsOtherFiles: skipsOtherFiles)
        self.proofreader = proofreader
    }

    /// Loads and proofreads one file from disk; `displayName` is how messages name it.
    public func load(contentsOf url: URL, displayName: String? = nil) throws(GongwenError) -> Meeting {
        proofread(try loader.loaded(contentsOf: url, displayName: displayName))
    }

    /// Loads and proofreads a meeting from bytes; `file` names it in messages.
    public func load(data: Data, file: String) throws(GongwenError) -> Meeting {
        proofread(try loader.loaded(data: data, file: file))
    }

    private func proofread(_ loaded: LoadedMeeting) -> Meeting {
        guard let proofreader else { return loaded.meeting }
        var meeting = loaded.meeting
        // The loader's own warnings carry a rule name too (task-dates): the office's allowed rules apply.
        var warnings = meeting.warnings.filter {
            !($0.rule.flatMap(ProofreadingRule.init(rawValue:)).map(proofreader.allowed.contains) ?? false)
        }
        warnings += proofreader.findings(
            in: meeting, tree: loaded.tree, text: loaded.text, file: meeting.source)
        meeting.warnings = warnings.inFileOrder
        return meeting
    }
}
