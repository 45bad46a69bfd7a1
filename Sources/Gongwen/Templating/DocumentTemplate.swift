import Mustache

/// One document type's template, compiled once and checked: renders a view model into a `Document`.
public struct DocumentTemplate: Sendable {
    /// The template's name (`minutes`, or a user file's stem).
    public let name: String
    /// How messages name the template's file.
    public let file: String
    let text: String
    let template: MustacheTemplate
    let library: MustacheLibrary
    let schema: RelaxNGSchema

    /// Compiles `text`; throws every problem with the template's own line and column.
    init(name: String, file: String, text: String, partials: [String: String], schema: RelaxNGSchema)
        throws(GongwenError)
    {
        self.name = name
        self.file = file
        self.text = text
        self.schema = schema
        _ = XMLContentType.registered
        do {
            template = try MustacheTemplate(string: XMLContentType.pragma + text)
        } catch {
            throw .invalidTemplate([
                Self.mustacheDiagnostic(error, file: file, firstLineOffset: XMLContentType.pragma.count)
            ])
        }
        var library = MustacheLibrary()
        for (partialName, partialText) in partials {
            do {
                // A partial starts with Mustache's own HTML escaping; give it ours too.
                try library.register(XMLContentType.pragma + partialText, named: partialName)
            } catch {
                throw .invalidTemplate([
                    Self.mustacheDiagnostic(
                        error, file: "partial '\(partialName)'", firstLineOffset: XMLContentType.pragma.count)
                ])
            }
        }
        self.library = library
        do {
            _ = try XMLTree.parse(TemplateSkeleton.of(text, partials: partials))
        } catch {
            throw .invalidTemplate([
                Diagnostic(
                    at: SourceLocation(file: file, line: error.line, column: error.column),
                    .templateNotWellFormed(detail: error.message))
            ])
        }
    }

    /// Renders `view` and builds the document; a rendering that breaks the vocabulary is the template's error.
    public func render(_ view: Any, dataFile: String? = nil) throws(GongwenError) -> Document {
        let source = template.render(view, library: library)
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(source)
        } catch {
            throw .invalidTemplate([diagnostic(for: error, in: source, dataFile: dataFile)])
        }
        let problems = schema.problems(in: tree)
        guard problems.isEmpty else {
            throw .invalidTemplate(problems.map { diagnostic(for: $0, in: source, dataFile: dataFile) })
        }
        do {
            return try DocumentBuilder.build(tree)
        } catch {
            throw .invalidTemplate([diagnostic(for: error, in: source, dataFile: dataFile)])
        }
    }

    /// Places a problem found in rendered output at the template line that wrote it: the
    /// first template line holding the same start tag as the rendered line, else the rendered line.
    private func diagnostic(for problem: XMLProblem, in source: String, dataFile: String?) -> Diagnostic {
        let renderedLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let templateLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var line = problem.line
        if problem.line >= 1, problem.line <= renderedLines.count {
            let rendered = renderedLines[problem.line - 1]
            if let tag = rendered.firstStartTag,
                let index = templateLines.firstIndex(where: { $0.contains(tag) })
            {
                line = index + 1
            }
        }
        return Diagnostic(
            at: SourceLocation(file: file, line: line, column: 1),
            .templateBreaksVocabulary(dataFile: dataFile, detail: problem.message))
    }

    /// `firstLineOffset` is the length of text Gongwen put before the template's first line.
    static func mustacheDiagnostic(_ error: Error, file: String, firstLineOffset: Int = 0) -> Diagnostic {
        if let parserError = error as? MustacheTemplate.ParserError {
            let line = parserError.context.lineNumber
            let column = tagStart(parserError) - (line == 1 ? firstLineOffset : 0)
            return Diagnostic(
                at: SourceLocation(file: file, line: line, column: column),
                .mustacheSyntax(detail: describe(parserError.error)))
        }
        return Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), .mustacheSyntax(detail: "\(error)"))
    }

    /// The column of the tag the parser stopped in, where the clerk's editor should go; the
    /// parser's own column is where it noticed, a few characters on. A section never closed is
    /// noticed at the end and placed there.
    private static func tagStart(_ parserError: MustacheTemplate.ParserError) -> Int {
        let seen = parserError.context.line.prefix(max(parserError.context.columnNumber - 1, 0))
        guard case .sectionCloseNameIncorrect? = parserError.error as? MustacheTemplate.Error,
            let open = seen.range(of: "{{", options: .backwards)
        else { return parserError.context.columnNumber }
        return seen.distance(from: seen.startIndex, to: open.lowerBound) + 1
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: return "a tag is not finished; close it with }}"
        case .expectedSectionEnd: return "a section {{#…}} is never closed; add its {{/…}}"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }
}

extension Substring {
    /// The first `<name …>` start tag on the line, as written.
    var firstStartTag: String? {
        var rest = self[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest.index(after: open)
            guard after < rest.endIndex else { return nil }
            if rest[after].isLetter, let close = rest[open...].firstIndex(of: ">") {
                return String(rest[open...close])
            }
            rest = rest[after...]
        }
        return nil
    }
}
