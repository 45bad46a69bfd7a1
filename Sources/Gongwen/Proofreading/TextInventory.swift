/// Every text value of a meeting file with its path and place: what the proofreader reads.
///
/// Keys, ids, dates, states and the other values the contract reads as codes are left out;
/// names are marked, because a space inside a name (`王  强`, aligning a two-character name) is
/// official practice where it would be a slip in running text.
struct TextInventory {
    /// One text value.
    struct Value {
        /// The last step of the value's path, in `steps`.
        let step: Int
        /// Where the scalar starts in the file.
        let line: Int
        let column: Int
        /// Whether the scalar was written in quotes or as a block (`|`), so its text starts after them.
        let isPlain: Bool
        /// The text as loaded.
        let text: String
        /// A person's name or a unit's: not running text.
        let isName: Bool
    }

    /// Keys whose values are codes, not text.
    static let codeKeys: Set<String> = [
        "id", "date", "due", "completed_on", "status", "part", "time", "number",
    ]
    /// Keys whose values (or whose items) are names of people or units.
    static let nameKeys: Set<String> = [
        "name", "host", "speaker", "recorder", "attendees", "observers", "absentees", "owner", "by", "reporter",
        "unit", "lead_unit", "partners", "organization", "about", "title", "reason",
    ]

    /// One step of a path, under the step at `parent` (-1: the root). Paths are kept as steps and
    /// spelled out only for a finding: most texts have none, and building every path's string
    /// was a fifth of the proofreader's time over a large folder.
    struct Step {
        enum Kind {
            case key(String)
            case index(Int)
        }

        let parent: Int
        let kind: Kind
    }

    private(set) var values: [Value] = []
    private(set) var steps: [Step] = []

    /// The path of `value` (`reports[0].achievements[1]`), spelled as messages spell paths.
    func path(of value: Value) -> String {
        trail(value.step).reduce("") { container, step in
            switch step.kind {
            case .key(let key): ValuePath.key(key, in: container).spelled
            case .index(let index): ValuePath.index(index, in: container).spelled
            }
        }
    }

    /// The keys of `value`'s path, indices left out (`reports`, `achievements`).
    func keys(of value: Value) -> [String] {
        trail(value.step).compactMap { step in
            if case .key(let key) = step.kind { key } else { nil }
        }
    }

    /// The steps from the root to `last`.
    private func trail(_ last: Int) -> [Step] {
        var trail: [Step] = []
        var index = last
        while index >= 0 {
            trail.append(steps[index])
            index = steps[index].parent
        }
        return trail.reversed()
    }

    /// Where the value at `path` (`meeting.absentees[0]`, `tasks[1].due`) starts, found by walking
    /// the tree only when a finding needs it.
    static func place(of path: String, in tree: YAMLTree) -> (line: Int, column: Int)? {
        guard var node = tree.root else { return nil }
        for part in path.split(separator: ".") {
            var rest = Substring(part)
            let key = rest.prefix { $0 != "[" }
            rest = rest.dropFirst(key.count)
            if !key.isEmpty {
                guard let pair = tree.pairs(of: node)?.first(where: { tree.scalar($0.key)?.text == String(key) }) else {
                    return nil
                }
                node = pair.value
            }
            while rest.hasPrefix("["), let close = rest.firstIndex(of: "]"),
                let index = Int(rest[rest.index(after: rest.startIndex)..<close])
            {
                guard let items = tree.items(of: node), index < items.count else { return nil }
                node = items[items.startIndex + index]
                rest = rest[rest.index(after: close)...]
            }
        }
        let mark = tree.mark(of: node)
        return (mark.line, mark.column)
    }

    /// Walks `tree` from its root.
    init(_ tree: YAMLTree) {
        guard let root = tree.root else { return }
        walk(root, in: tree, step: -1, key: nil, parentKey: nil)
    }

    private mutating func walk(_ node: YAMLTree.Node, in tree: YAMLTree, step: Int, key: String?, parentKey: String?) {
        switch tree.kind(of: node) {
        case .scalar:
            guard let key, !Self.codeKeys.contains(key), let scalar = tree.scalar(node), !scalar.text.isEmpty else {
                return
            }
            // `title` is a name under a person (`{name, title}`), but the meeting's own title is text.
            let isName = Self.nameKeys.contains(key) && !(key == "title" && parentKey == "meeting")
            let mark = tree.mark(of: node)
            values.append(
                Value(
                    step: step, line: mark.line, column: mark.column, isPlain: scalar.isPlain, text: scalar.text,
                    isName: isName))
        case .sequence:
            for (index, item) in (tree.items(of: node) ?? []).enumerated() {
                steps.append(Step(parent: step, kind: .index(index)))
                walk(item, in: tree, step: steps.count - 1, key: key, parentKey: parentKey)
            }
        case .mapping:
            guard let pairs = tree.pairs(of: node) else { return }
            for pair in pairs {
                guard let name = tree.scalar(pair.key)?.text else { continue }
                steps.append(Step(parent: step, kind: .key(name)))
                walk(pair.value, in: tree, step: steps.count - 1, key: name, parentKey: key)
            }
        }
    }
}
