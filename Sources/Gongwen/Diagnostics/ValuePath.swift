/// Where a value sits in a file (`speech.key_points.sections[0].heading`), as a message names it.
///
/// Only containers spell their path; a value keeps its container's spelling and its own key or
/// index, so the path of a value that is fine is never built.
struct ValuePath: ExpressibleByStringLiteral {
    private enum Step {
        case key(String)
        case index(Int)
    }

    private let container: String
    private let step: Step?

    private init(container: String, step: Step?) {
        self.container = container
        self.step = step
    }

    /// A key at the top of the file.
    init(stringLiteral key: String) {
        self.init(container: "", step: .key(key))
    }

    /// The path of the file itself.
    static let file = ValuePath(container: "", step: nil)

    /// A path already spelled out (kept on a model value).
    init(spelled: String) {
        self.init(container: spelled, step: nil)
    }

    /// The path as messages write it.
    var spelled: String {
        switch step {
        case nil: container
        case .key(let key): container.isEmpty ? key : container + "." + key
        case .index(let index): container + "[" + String(index) + "]"
        }
    }

    /// The last key on the path, or the whole path when it ends in an index.
    var lastKey: String {
        if case .key(let key) = step { return key }
        return spelled
    }

    /// The path of `key` inside the container spelled `container`.
    static func key(_ key: String, in container: String) -> ValuePath {
        ValuePath(container: container, step: .key(key))
    }

    /// The path of item `index` of the list spelled `container`.
    static func index(_ index: Int, in container: String) -> ValuePath {
        ValuePath(container: container, step: .index(index))
    }

    // MARK: Reading a path

    /// One key and the list indices after it (`achievements[0]` → achievements, [0]).
    struct Part: Equatable {
        let key: String
        let indices: [Int]
    }

    /// The path read back into its parts, as the form's labels, notes and repairs need it:
    /// `reports[1].achievements[0]` → (reports, [1]), (achievements, [0]).
    var parts: [Part] {
        spelled.split(separator: ".").map { part in
            let pieces = part.split(separator: "[")
            return Part(key: String(pieces.first ?? ""), indices: pieces.dropFirst().compactMap { Int($0.dropLast()) })
        }
    }

    /// The key of the mapping that holds the value: `reports[1].reporter.unit` → `reporter`.
    var parentKey: String {
        let parts = parts
        return parts.count > 1 ? parts[parts.count - 2].key : ""
    }
}
