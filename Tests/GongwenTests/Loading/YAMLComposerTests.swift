import Testing

@testable import Gongwen

@Suite("Composing YAML and JSON into a tree")
struct YAMLComposerTests {
    private func compose(_ text: String) throws -> YAMLTree {
        try YAMLComposer.compose(text, file: "t.yaml")
    }

    @Test func mappingsListsAndScalarsKeepOrderStyleAndPlace() throws {
        let tree = try compose("标题: 会议\nlist:\n  - a\n  - 'b'\n  - [c, {d: \"\"}]\nempty:\n")
        let root = try #require(tree.root)
        let pairs = Array(try #require(tree.pairs(of: root)))
        #expect(pairs.map { tree.scalar($0.key)?.text } == ["标题", "list", "empty"])
        #expect(tree.scalar(pairs[0].value)?.text == "会议")
        // Columns count characters, not bytes: the value after "标题: " starts at column 5.
        #expect(tree.mark(of: pairs[0].value).line == 1)
        #expect(tree.mark(of: pairs[0].value).column == 5)
        let items = Array(try #require(tree.items(of: pairs[1].value)))
        #expect(items.count == 3)
        #expect(tree.scalar(items[0])! == ("a", true))
        #expect(tree.scalar(items[1])! == ("b", false))
        #expect(tree.mark(of: items[1]).line == 4)
        let inner = Array(try #require(tree.items(of: items[2])))
        #expect(tree.kind(of: inner[1]) == .mapping)
        let innerPair = Array(try #require(tree.pairs(of: inner[1])))
        #expect(tree.scalar(innerPair[0].value)! == ("", false))
        // A key without a value is an empty plain scalar, which the contract reads as absent.
        #expect(tree.scalar(pairs[2].value)! == ("", true))
    }

    @Test func jsonIsReadAsYAMLFlowStyle() throws {
        let tree = try compose("{\"a\": [1, \"2\"], \"b\": {\"c\": null}}")
        let root = try #require(tree.root)
        let pairs = Array(try #require(tree.pairs(of: root)))
        let items = Array(try #require(tree.items(of: pairs[0].value)))
        #expect(items.map { tree.scalar($0)?.text } == ["1", "2"])
        #expect(tree.kind(of: pairs[1].value) == .mapping)
    }

    @Test func aliasesStandForTheirAnchoredValue() throws {
        let tree = try compose("a: &who {name: 张明}\nb: [*who, *who]\n")
        let root = try #require(tree.root)
        let pairs = Array(try #require(tree.pairs(of: root)))
        let items = Array(try #require(tree.items(of: pairs[1].value)))
        #expect(items == [pairs[0].value, pairs[0].value])
    }

    @Test func aStreamOfCommentsHasNoRoot() throws {
        #expect(try compose("# nothing\n").root == nil)
    }

    @Test(arguments: [
        ("a: &x\n  b: *x\n", 2, "cannot hold itself"),
        ("a: *y\n", 1, "refers to no anchor"),
        ("a: 1\n---\nb: 2\n", 2, "second document"),
        ("a: [1\n", 2, "syntax error"),
        ("a: x\u{1}\n", 1, "control characters"),
    ])
    func problemsArePlaced(text: String, line: Int, message: String) {
        #expect {
            try compose(text)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.location.line == line && diagnostic.message.contains(message)
        }
    }

    @Test func aliasesOfAliasesCannotMultiplyAFileWithoutBound() throws {
        // Ten lists, each ten aliases of the one before: 10^10 values from a few hundred bytes.
        var text = "l0: &l0 [a, b, c, d, e, f, g, h, i, j]\n"
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(aliases)]\n"
        }
        #expect {
            try compose(text)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.location.line == 4 && diagnostic.message.contains("repeats itself too much")
        }
        // Reusing a value often stays within the bound.
        let reuse =
            "who: &who {name: 张明, title: 主任}\nlist: [" + Array(repeating: "*who", count: 500).joined(separator: ", ")
        #expect(try compose(reuse + "]\n").root != nil)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = "a: " + String(repeating: "[", count: 100_000)
        #expect(throws: Diagnostic.self) { try compose(text) }
    }
}
