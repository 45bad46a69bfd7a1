internal import CLibXML2

/// A compiled RELAX NG schema; validation keeps each call's own context, so one schema serves all threads.
final class RelaxNGSchema: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr

    /// Compiles a schema from its XML text.
    init(text: String) throws(XMLProblem) {
        _ = LibXML2.ready
        let parsed: xmlRelaxNGPtr? = text.withCString { bytes in
            guard let context = xmlRelaxNGNewMemParserCtxt(bytes, Int32(text.utf8.count)) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(context) }
            return xmlRelaxNGParse(context)
        }
        guard let parsed else { throw XMLProblem(line: 1, column: 1, message: "the RELAX NG schema does not compile") }
        schema = parsed
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Every problem the schema finds in `tree`, in document order; empty when valid.
    func problems(in tree: XMLTree) -> [XMLProblem] {
        guard let context = xmlRelaxNGNewValidCtxt(schema) else {
            return [XMLProblem(line: 1, column: 1, message: "out of memory")]
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let collector = ProblemCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlRelaxNGSetValidStructuredErrors(
            context,
            { userData, error in
                guard let userData, let error else { return }
                let collector = Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue()
                collector.problems.append(
                    XMLProblem(line: Int(error.pointee.line), column: 1, message: LibXML2.message(error)))
            }, box.toOpaque())
        let result = xmlRelaxNGValidateDoc(context, tree.pointer)
        if result != 0, collector.problems.isEmpty {
            collector.problems.append(XMLProblem(line: 1, column: 1, message: "the document does not match the schema"))
        }
        return collector.problems
    }

    private final class ProblemCollector {
        var problems: [XMLProblem] = []
    }
}
