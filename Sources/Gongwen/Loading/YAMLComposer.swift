import CYaml

/// Composes a meeting file's one YAML or JSON document into a `YAMLTree`, straight from
/// libyaml's events.
///
/// libyaml is the parser Yams wraps, and this uses Yams' own copy of it (Yams' `CYaml` module).
/// Yams' composer built a class per event and per tag, an enum node per value, and a dictionary
/// per mapping to look for repeated keys; on a summary of 10,000 files that was half the CPU,
/// more than libyaml's parsing itself. Repeated keys are found where mappings are read
/// (`NodeReader.fields`), together with unknown ones.
enum YAMLComposer {
    /// The tree of `text`, whose root is nil when the text holds no document (only comments).
    static func compose(_ text: String, file: String) throws(Diagnostic) -> YAMLTree {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(Diagnostic) in try compose(bytes, file: file) } }
        return try result.get()
    }

    private struct OpenContainer {
        let node: YAMLTree.Node
        /// Where its children start in the list of children not yet placed.
        let firstChild: Int
        let anchor: String?
        /// The values the file stood for before it opened, aliases counted as all they repeat.
        let valuesBefore: Int
    }

    /// An anchored value and how many values it stands for, itself and everything inside.
    private struct Anchored {
        let node: YAMLTree.Node
        let values: Int
    }

    /// How many values aliases may make a file stand for: ten thousand freely, then ten times
    /// the values it holds. Unbounded, a 10 KB file of aliases of lists of aliases stands for
    /// millions of paragraphs (the "billion laughs") and rendering it never ends.
    private static func aliasLimit(holding nodes: Int) -> Int { max(10_000, 10 * nodes) }

    private static func compose(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(Diagnostic) -> YAMLTree {
        var tree = YAMLTree()
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return tree }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), .cannotParse(problem: "out of memory"))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, start, bytes.count)

        func place(_ mark: YAMLTree.Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        var event = yaml_event_t()
        var open: [OpenContainer] = []
        var unplaced: [YAMLTree.Node] = []
        var anchors: [String: Anchored] = [:]
        var documents = 0
        // The values the file stands for so far, each alias counted as all it repeats.
        var values = 0
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser, bytes: bytes, file: file)
            }
            defer { yaml_event_delete(&event) }
            let mark = YAMLTree.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            let node: YAMLTree.Node
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return tree
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw Diagnostic(
                        at: place(mark),
                        .secondDocument)
                }
                continue
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let anchored = anchors[name] else {
                    if open.contains(where: { $0.anchor == name }) {
                        throw Diagnostic(
                            at: place(mark),
                            .aliasInsideItself(name: name))
                    }
                    throw Diagnostic(
                        at: place(mark),
                        .aliasWithoutAnchor(name: name))
                }
                values += anchored.values
                guard values <= aliasLimit(holding: tree.nodeCount) else {
                    throw Diagnostic(
                        at: place(mark),
                        .aliasRepeatsTooMuch(name: name, held: tree.nodeCount, standsFor: values))
                }
                node = anchored.node
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                node = tree.addScalar(value, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, at: mark)
                values += 1
                if let anchor = scalar.anchor { anchors[String(cString: anchor)] = Anchored(node: node, values: 1) }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isList = event.type == YAML_SEQUENCE_START_EVENT
                let anchor = isList ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append(
                    OpenContainer(
                        node: tree.open(isList ? .sequence : .mapping, at: mark), firstChild: unplaced.count,
                        anchor: anchor.map { String(cString: $0) }, valuesBefore: values))
                values += 1
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let container = open.popLast() else { continue }
                tree.close(container.node, children: unplaced[container.firstChild...])
                unplaced.removeSubrange(container.firstChild...)
                // Anchored only once complete, as YAML wants: an alias inside its own anchor's
                // value is undefined, so the tree never loops.
                if let anchor = container.anchor {
                    anchors[anchor] = Anchored(node: container.node, values: values - container.valuesBefore)
                }
                node = container.node
            default:
                continue
            }
            if open.isEmpty { tree.root = node } else { unplaced.append(node) }
        }
    }

    /// The diagnostic for the error libyaml stopped at.
    private static func syntaxError(
        _ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String
    ) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_READER_ERROR:
            let offset = min(Int(parser.problem_offset), bytes.count)
            return Diagnostic(
                at: SourceText.location(after: bytes.prefix(offset), file: file),
                .unreadableCharacter(problem: problem))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            // Where libyaml noticed is often lines after the slip: look for the slip itself first.
            let text = String(decoding: bytes, as: UTF8.self)
            if let slip = TypingSlips.explain(text, upTo: Int(parser.problem_mark.line) + 1, file: file) {
                return slip
            }
            let mark = parser.problem_mark
            return Diagnostic(
                at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                .syntaxError(
                    problem: problem, context: parser.context.map { String(cString: $0) },
                    line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1))
        default:
            return Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), .cannotParse(problem: problem))
        }
    }
}
