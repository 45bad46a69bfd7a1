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
                node: node(Tags()), indent: 2, width: -1, allowUnicode: true, sequenceStyle: .block,
                mappingStyle: .block)
            return text
        }
    }

    /// The record as a JSON meeting file: the same keys in the same order as the YAML, two spaces
    /// an indent, Chinese written as it is. The form keeps a JSON meeting JSON.
    public var jsonText: String {
        var text = ""
        write(into: &text, indent: "")
        return text + "\n"
    }

    private func write(into text: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .text(let value):
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes])
            text += data.map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        case .list(let items):
            guard !items.isEmpty else { return text += "[]" }
            text += "[\n"
            for (offset, item) in items.enumerated() {
                text += inner
                item.write(into: &text, indent: inner)
                text += offset == items.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .map(let fields):
            guard !fields.isEmpty else { return text += "{}" }
            text += "{\n"
            for (offset, field) in fields.enumerated() {
                text += inner
                MeetingRecord.text(field.key).write(into: &text, indent: inner)
                text += ": "
                field.value.write(into: &text, indent: inner)
                text += offset == fields.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }

    /// The record of a meeting file's YAML as written, valid or not, so that the form shows what
    /// is there and the check says what is wrong: every scalar is text, as the loader reads it, and
    /// a plain `~` or `null` is no value. Throws the loader's message when the text is not YAML.
    public init(yaml text: String, file: String) throws(GongwenError) {
        let node: Node?
        do {
            // Every value is text here: the basic resolver runs no pattern on each scalar.
            node = try Yams.compose(yaml: text, .basic)
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

    /// The three tags every node of a record has, made once for a whole file: a Yams tag built for
    /// each value costs more than writing the value.
    struct Tags {
        let str = Tag(.str)
        let seq = Tag(.seq)
        let map = Tag(.map)
    }

    func node(_ tags: Tags) -> Node {
        switch self {
        case .text(let text):
            var style: Node.Scalar.Style = text.contains("\n") && !text.hasSuffix(" ") ? .literal : .any
            // Gongwen reads every plain value as text, but PyYAML and other YAML 1.1 readers take
            // `yes`, `1.0`, `14:30` or `2026-12-05` for a boolean, a number or a date, and the loader
            // reads `~` as "not given": a text one of them would read otherwise is quoted.
            if Self.readOtherwise(text) { style = .singleQuoted }
            return .scalar(Node.Scalar(text, tags.str, style))
        case .list(let items):
            return .sequence(Node.Sequence(items.map { $0.node(tags) }, tags.seq, .block))
        case .map(let fields):
            return .mapping(
                Node.Mapping(
                    fields.map { (Node.scalar(Node.Scalar($0.key, tags.str)), $0.value.node(tags)) }, tags.map, .block))
        }
    }

    /// Whether a YAML 1.1 reader would read `text`, written plain, as something other than text:
    /// Yams' default resolver knows YAML 1.1's booleans, numbers (sexagesimal `14:30` too), dates,
    /// null and merge; some readers still take the one-letter booleans `y` and `N`.
    static func readOtherwise(_ text: String) -> Bool {
        // Each of those starts with one of these (or is empty): Chinese text never reaches the
        // resolver's regular expressions, which a meeting of 2,000 tasks would run 70,000 times.
        guard let first = text.unicodeScalars.first else { return true }
        guard first.isASCII, "0123456789+-.~<=yYnNtTfFoO".unicodeScalars.contains(first) else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return ["y", "Y", "n", "N"].contains(text) || yaml11.firstMatch(in: text, range: range) != nil
    }

    /// Yams' default resolver's patterns as one expression, compiled once.
    private static let yaml11 = try! NSRegularExpression(
        pattern: Resolver.default.rules.filter { $0.tag != .str }.map { "(?:\($0.pattern))" }.joined(separator: "|"))
}
