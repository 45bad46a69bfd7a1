import Foundation

/// Walks a composed YAML/JSON tree, turning values into model types and
/// collecting every problem with its place, so that a file's errors come all at once.
struct NodeReader {
    typealias Node = YAMLTree.Node

    /// The file name used in every diagnostic.
    let file: String
    /// The tree the nodes belong to.
    let tree: YAMLTree
    /// Everything found wrong so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// What was read but is probably not what the clerk meant.
    private(set) var warnings: [Diagnostic] = []

    init(file: String, tree: YAMLTree) {
        self.file = file
        self.tree = tree
    }

    // MARK: Places and problems

    func location(of node: Node?) -> SourceLocation {
        guard let node else { return SourceLocation(file: file, line: 1, column: 1) }
        let mark = tree.mark(of: node)
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func warn(_ message: Message, at node: Node?, path: ValuePath) {
        warnings.append(Diagnostic(.warning, at: location(of: node), path: path.spelled, message))
    }

    /// Warns when a text the document numbers starts with its own number (`一要…`, `（一）…`).
    mutating func warnIfNumbered(_ text: String?, as kind: ChineseNumerals.OwnNumber, at node: Node?, path: ValuePath) {
        guard let text, let number = ChineseNumerals.ownNumber(of: text, as: kind) else { return }
        warn(.alreadyNumbered(text, number: number), at: node, path: path)
        warnings[warnings.count - 1].rule = ProofreadingRule.ownNumbering.rawValue
    }

    mutating func fail(_ message: Message, at node: Node?, path: ValuePath) {
        fail(message, at: location(of: node), path: path)
    }

    mutating func fail(_ message: Message, at location: SourceLocation, path: ValuePath) {
        diagnostics.append(Diagnostic(at: location, path: path.spelled, message))
    }

    // MARK: Mappings

    /// The fields of a mapping, by key; unknown keys are reported with the closest known one.
    struct Fields {
        let node: Node
        /// The mapping's own path, spelled once for all its values.
        let path: String
        /// The known keys given and their values, in file order; a mapping holds a handful of
        /// keys, so a search of the keys beats hashing, and the values are not copied to look.
        private let keys: [String]
        private let values: [Node]

        init(node: Node, path: String, keys: [String], values: [Node]) {
            self.node = node
            self.path = path
            self.keys = keys
            self.values = values
        }

        subscript(key: String) -> Node? { keys.firstIndex(of: key).map { values[$0] } }

        func path(_ key: String) -> ValuePath { .key(key, in: path) }
    }

    mutating func fields(_ node: Node, path: ValuePath, known: [String], what: Message.Noun) -> Fields? {
        guard let pairs = tree.pairs(of: node) else {
            fail(.expectedMapping(what, found: describe(node)), at: node, path: path)
            return nil
        }
        let spelled = path.spelled
        var keys: [String] = []
        var values: [Node] = []
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (keyNode, value) in pairs {
            guard let key = tree.scalar(keyNode)?.text else {
                fail(.keyNotText, at: keyNode, path: path)
                continue
            }
            let keyPath = ValuePath.key(key, in: spelled)
            if !known.contains(key) {
                // No key of the contract holds an invisible character: the clerk typed one she cannot see.
                if let invisible = TypingSlips.invisible(in: key) {
                    var place = location(of: keyNode)
                    place.column += invisible.offset
                    fail(
                        .invisibleInKey(key: TypingSlips.visible(key), character: invisible.scalar), at: place,
                        path: keyPath)
                } else {
                    fail(
                        .unknownKey(key, suggestion: KeySuggestion.closest(to: key, among: known), known: known),
                        at: keyNode, path: keyPath)
                }
                continue
            }
            if keys.contains(key) {
                fail(.keyTwice(key), at: keyNode, path: keyPath)
                continue
            }
            keys.append(key)
            values.append(value)
        }
        return Fields(node: node, path: spelled, keys: keys, values: values)
    }

    // MARK: Scalars

    /// True for an empty value or YAML's null (`~`, `null`), which count as "not given".
    func isAbsent(_ node: Node?) -> Bool {
        guard let node else { return true }
        guard let scalar = tree.scalar(node) else { return false }
        return Self.isAbsent(scalar.text, isPlain: scalar.isPlain)
    }

    private static func isAbsent(_ text: String, isPlain: Bool) -> Bool {
        // The length check first: comparing a long non-ASCII text with a literal takes the slow,
        // normalizing path of String equality.
        guard isPlain, text.utf8.count <= 4 else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The text exactly as written (never a bool, number or date), or nil when absent or wrong.
    mutating func text(_ node: Node?, path: ValuePath, required: Bool = false, parent: Fields? = nil) -> String? {
        let scalar = node.flatMap(tree.scalar)
        switch (node, scalar) {
        case (let node?, let (value, isPlain)?) where !Self.isAbsent(value, isPlain: isPlain):
            if Self.holdsForbidden(value), let bad = value.unicodeScalars.first(where: Self.isForbidden) {
                let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
                fail(.controlCharacter(code: code), at: node, path: path)
                return nil
            }
            if required, value.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                fail(.textEmpty, at: node, path: path)
                return nil
            }
            return value
        case (let other?, nil):
            // `- 要做到: 一是…` is a text whose ": " made it a one-pair mapping on one line.
            if let pairs = tree.pairs(of: other), pairs.count == 1, let pair = Array(pairs).first,
                tree.mark(of: pair.0).line == tree.mark(of: pair.1).line, let key = tree.scalar(pair.0)?.text
            {
                // At the colon, right after the text that was taken for a key.
                var place = location(of: pair.0)
                place.column += key.unicodeScalars.count
                fail(.colonInText, at: place, path: path)
            } else {
                fail(.expectedText(found: describe(other)), at: other, path: path)
            }
            return nil
        default:
            if required {
                fail(.required(key: path.lastKey), at: node ?? parent?.node, path: path)
            }
            return nil
        }
    }

    /// Whether `text` holds a character `isForbidden` rejects, read from its UTF-8 bytes: a C0
    /// control byte other than tab and newline, or U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
    /// Bytes, because the scalar walk on every value of every file showed in the profile.
    static func holdsForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09, byte != 0x0A { return true }
                } else if byte >= 0xBE, byte <= 0xBF, index >= 2, bytes[index - 1] == 0xBF, bytes[index - 2] == 0xEF {
                    return true
                }
            }
            return false
        }
    }

    /// Control characters other than tab and newline cannot be written to XML 1.0.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    mutating func date(_ node: Node?, path: ValuePath, required: Bool = false, parent: Fields? = nil) -> CalendarDate? {
        guard let value = text(node, path: path, required: required, parent: parent) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard let date = CalendarDate(iso: trimmed) else {
            if let suggestion = TypingSlips.dateWrittenOtherwise(trimmed) {
                fail(.dateWrittenOtherwise(value, suggestion: suggestion), at: node, path: path)
            } else {
                fail(looksLikeDate(trimmed) ? .notADay(value) : .notADate(value), at: node, path: path)
            }
            return nil
        }
        return date
    }

    private func looksLikeDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    /// One of the contract's values, by its English name or one of its Chinese names (`已完成`).
    mutating func enumeration<T: ContractValue>(_ node: Node?, path: ValuePath, as type: T.Type) -> T? {
        guard let value = text(node, path: path) else { return nil }
        let trimmed = value.trimmingCharacters(in: [" ", "\t", "\u{3000}"])
        if let result = T(rawValue: trimmed) ?? T.allCases.first(where: { $0.chineseNames.contains(trimmed) }) {
            return result
        }
        let known = T.allCases.map(\.rawValue)
        let chinese = T.allCases.flatMap(\.chineseNames)
        fail(
            .notAllowed(
                value, suggestion: KeySuggestion.closest(to: value, among: known + chinese), known: known,
                chinese: chinese),
            at: node, path: path)
        return nil
    }

    // MARK: Sequences

    /// The items of a list, each read by `item`; a missing list is empty.
    mutating func list<T>(
        _ node: Node?, path: ValuePath, what: Message.Noun, item: (inout NodeReader, Node, ValuePath) -> T?
    ) -> [T] {
        guard let node, !isAbsent(node) else { return [] }
        guard let items = tree.items(of: node) else {
            if let text = tree.scalar(node)?.text, let first = text.first, "［【".contains(first) {
                fail(.fullWidthListBrackets(text), at: node, path: path)
            } else {
                fail(.expectedList(what, found: describe(node)), at: node, path: path)
            }
            return []
        }
        let spelled = path.spelled
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (index, element) in items.enumerated() {
            if let value = item(&self, element, .index(index, in: spelled)) { result.append(value) }
        }
        return result
    }

    mutating func texts(_ node: Node?, path: ValuePath) -> [String] {
        list(node, path: path, what: .texts) { reader, element, path in
            reader.text(element, path: path, required: true)
        }
    }

    mutating func person(_ node: Node?, path: ValuePath, required: Bool = false, parent: Fields? = nil) -> Person? {
        guard let node, !isAbsent(node) else {
            if required { _ = text(nil, path: path, required: true, parent: parent) }
            return nil
        }
        if tree.kind(of: node) == .scalar {
            return text(node, path: path, required: true).map { Person(name: $0) }
        }
        guard let fields = fields(node, path: path, known: MeetingFields.personKeys, what: .person) else {
            return nil
        }
        let name = text(fields["name"], path: fields.path("name"), required: true, parent: fields)
        let title = text(fields["title"], path: fields.path("title"))
        let unit = text(fields["unit"], path: fields.path("unit"))
        return name.map { Person(name: $0, title: title, unit: unit) }
    }

    mutating func people(_ node: Node?, path: ValuePath) -> [Person] {
        let people = list(node, path: path, what: .people) { reader, element, path in
            reader.person(element, path: path, required: true)
        }
        // `[张三，李四]` is one item: full-width commas do not separate YAML list items.
        if people.count == 1, let node, let item = tree.items(of: node)?.first,
            people[0].name.contains(where: { "，、;；".contains($0) }), !Person.isGroup(people[0].name)
        {
            let names = people[0].name.split(whereSeparator: { "，、;；".contains($0) }).map {
                $0.trimmingCharacters(in: [" ", "\u{3000}"])
            }
            warn(
                .readAsOneName(people[0].name, suggestion: "[" + names.joined(separator: ", ") + "]"), at: item,
                path: .index(0, in: path.spelled))
            warnings[warnings.count - 1].rule = ProofreadingRule.peopleList.rawValue
        }
        return people
    }

    func describe(_ node: Node) -> Message.Found {
        switch tree.kind(of: node) {
        case .scalar: .text(tree.scalar(node)?.text ?? "")
        case .mapping: .mapping
        case .sequence: .list
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
