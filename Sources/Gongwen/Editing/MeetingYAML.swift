import Foundation
import Yams

extension MeetingRecord {
    /// The record as a meeting file: block style, one item per line, keys in the contract's order,
    /// Chinese written as it is, a text with line breaks as a literal block (`|`), and a value that
    /// would read as something else (`null`, `~`, `2026-11-5 `, a leading `#`) quoted — by libyaml's
    /// emitter through Yams, the library the loader's parser comes from.
    public var yaml: String {
        get throws {
            let text = try Yams.serialize(
                node: node, indent: 2, width: -1, allowUnicode: true, sequenceStyle: .block, mappingStyle: .block)
            return text
        }
    }

    /// The record of a meeting file's YAML as written, valid or not, so that the form shows what
    /// is there and the check says what is wrong: every scalar is text, as the loader reads it, and
    /// a plain `~` or `null` is no value. Throws the loader's message when the text is not YAML.
    public init(yaml text: String, file: String) throws(GongwenError) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            // The loader says where and what, in the clerk's words.
            _ = try MeetingLoader().load(data: Data(text.utf8), file: file)
            throw .invalidData([])
        }
        self = MeetingRecord(json: node.map(Self.plain) ?? [String: Any]())
    }

    private static func plain(_ node: Node) -> Any {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return NSNull() }
            return scalar.string
        case .sequence(let sequence): return sequence.map(plain)
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping { object[key.string ?? ""] = plain(value) }
            return object
        case .alias: return NSNull()
        }
    }

    var node: Node {
        switch self {
        case .text(let text):
            var style: Node.Scalar.Style = text.contains("\n") && !text.hasSuffix(" ") ? .literal : .any
            // Gongwen reads every plain value as text, but PyYAML and other YAML 1.1 readers take
            // `yes`, `1.0`, `14:30` or `2026-12-05` for a boolean, a number or a date, and the loader
            // reads `~` as "not given": a text one of them would read otherwise is quoted.
            if Self.readOtherwise(text) { style = .singleQuoted }
            return .scalar(Node.Scalar(text, Tag(.str), style))
        case .list(let items):
            return .sequence(Node.Sequence(items.map(\.node), Tag(.seq), .block))
        case .map(let fields):
            return .mapping(
                Node.Mapping(fields.map { (Node.scalar(Node.Scalar($0.key)), $0.value.node) }, Tag(.map), .block))
        }
    }

    /// Whether a YAML 1.1 reader would read `text`, written plain, as something other than text:
    /// Yams' default resolver knows YAML 1.1's booleans, numbers (sexagesimal `14:30` too), dates,
    /// null and merge; some readers still take the one-letter booleans `y` and `N`.
    static func readOtherwise(_ text: String) -> Bool {
        ["y", "Y", "n", "N"].contains(text) || Resolver.default.resolveTag(of: Node(text)) != .str
    }
}
