/// One YAML (or JSON) document as composed from libyaml's events: every node in one array,
/// addressed by index.
///
/// Reading a meeting walks this tree once. Nodes are indices, so passing, matching and storing
/// them costs no reference counting; Yams' node enums retained their parts on every copy, and
/// that walk was a fifth of a summary's CPU.
struct YAMLTree: Sendable {
    /// A node of the tree.
    struct Node: Hashable, Sendable {
        fileprivate let index: Int
    }

    /// What a node is.
    enum Kind: UInt8, Sendable {
        case scalar
        case sequence
        case mapping
    }

    /// Where a node starts: line and column, both from 1, the column in characters.
    struct Mark: Sendable {
        let line: Int
        let column: Int
    }

    private struct Entry {
        let kind: Kind
        /// A scalar written without quotes or block indicators, where `~` and `null` mean "absent".
        let isPlain: Bool
        let line: Int
        let column: Int
        /// The scalar's index in `texts`, or the container's first index in `children`.
        var first: Int
        /// A container's number of children (a mapping's key and value each count).
        var count: Int
    }

    /// The document's top node; nil when the text holds no document, only comments.
    var root: Node?

    private var entries: [Entry] = []
    private var texts: [String] = []
    /// Children of containers, each container's together: items of a list; keys and values of
    /// a mapping, alternating.
    private var children: [Node] = []

    // MARK: Reading

    /// How many nodes the tree holds (an alias is not one: it is the node it names).
    var nodeCount: Int { entries.count }

    func kind(of node: Node) -> Kind { entries[node.index].kind }

    func mark(of node: Node) -> Mark {
        let entry = entries[node.index]
        return Mark(line: entry.line, column: entry.column)
    }

    /// The text of a scalar, or nil for a list or a mapping.
    func scalar(_ node: Node) -> (text: String, isPlain: Bool)? {
        let entry = entries[node.index]
        guard entry.kind == .scalar else { return nil }
        return (texts[Int(entry.first)], entry.isPlain)
    }

    /// The items of a list, or nil for a scalar or a mapping.
    func items(of node: Node) -> ArraySlice<Node>? {
        let entry = entries[node.index]
        guard entry.kind == .sequence else { return nil }
        return children[entry.first..<entry.first + entry.count]
    }

    /// The keys and values of a mapping in file order, or nil for a scalar or a list.
    func pairs(of node: Node) -> Pairs? {
        let entry = entries[node.index]
        guard entry.kind == .mapping else { return nil }
        return Pairs(nodes: children[entry.first..<entry.first + entry.count])
    }

    /// A mapping's key–value pairs.
    struct Pairs: Sequence {
        fileprivate let nodes: ArraySlice<Node>

        var count: Int { nodes.count / 2 }

        func makeIterator() -> Iterator { Iterator(nodes: nodes, position: nodes.startIndex) }

        struct Iterator: IteratorProtocol {
            fileprivate let nodes: ArraySlice<Node>
            fileprivate var position: Int

            mutating func next() -> (key: Node, value: Node)? {
                guard position < nodes.endIndex else { return nil }
                defer { position += 2 }
                return (nodes[position], nodes[position + 1])
            }
        }
    }

    // MARK: Building

    /// Adds a scalar.
    mutating func addScalar(_ text: String, isPlain: Bool, at mark: Mark) -> Node {
        texts.append(text)
        return add(kind: .scalar, isPlain: isPlain, at: mark, first: texts.count - 1)
    }

    /// Adds a list or a mapping whose children are added later with `close(_:children:)`.
    mutating func open(_ kind: Kind, at mark: Mark) -> Node {
        add(kind: kind, isPlain: false, at: mark, first: 0)
    }

    /// Gives an opened container its children, which must all be added by now.
    mutating func close(_ node: Node, children nodes: ArraySlice<Node>) {
        entries[node.index].first = children.count
        entries[node.index].count = nodes.count
        children.append(contentsOf: nodes)
    }

    private mutating func add(kind: Kind, isPlain: Bool, at mark: Mark, first: Int) -> Node {
        entries.append(
            Entry(kind: kind, isPlain: isPlain, line: mark.line, column: mark.column, first: first, count: 0))
        return Node(index: entries.count - 1)
    }
}
