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

    var node: Node {
        switch self {
        case .text(let text):
            var style: Node.Scalar.Style = text.contains("\n") && !text.hasSuffix(" ") ? .literal : .any
            // The loader reads these plain scalars as "not given": a text that spells one is quoted.
            if ["", "~", "null", "Null", "NULL"].contains(text) { style = .doubleQuoted }
            return .scalar(Node.Scalar(text, Tag(.str), style))
        case .list(let items):
            return .sequence(Node.Sequence(items.map(\.node), Tag(.seq), .block))
        case .map(let fields):
            return .mapping(
                Node.Mapping(fields.map { (Node.scalar(Node.Scalar($0.key)), $0.value.node) }, Tag(.map), .block))
        }
    }
}
