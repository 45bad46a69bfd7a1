internal import CLibXML2

/// Writes XML through libxml2's text writer, so every byte written is well-formed and escaped.
///
/// Every call's return code is checked; the first failure is kept and `finish()` throws it, so a
/// writer's many calls stay plain while no failed call can go unnoticed.
final class XMLWriter {
    private let buffer: xmlBufferPtr?
    private let writer: xmlTextWriterPtr?
    private var failure: String?
    /// Elements opened and not yet closed.
    private var depth = 0

    /// Starts a document with the XML declaration (`standalone="yes"` as Office writes it).
    init(standalone: Bool = true) {
        _ = LibXML2.ready
        buffer = xmlBufferCreate()
        writer = buffer.flatMap { xmlNewTextWriterMemory($0, 0) }
        if writer == nil { failure = "libxml2 could not start a document (out of memory)" }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil), "start the document")
    }

    /// A writer of elements with no declaration, whose `fragment()` another writer `append`s:
    /// so that rows of a long table are written on several threads and joined in order. It starts
    /// as a document all the same, then drops the declaration: a writer with no document has no
    /// encoding, and writes a Chinese attribute value as character references.
    static func forFragment() -> XMLWriter {
        let fragment = XMLWriter()
        fragment.check(xmlTextWriterFlush(fragment.writer), "start a fragment")
        if let buffer = fragment.buffer { xmlBufferEmpty(buffer) }
        return fragment
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    private func check(_ result: Int32, _ what: @autoclosure () -> String) {
        if result < 0, failure == nil { failure = "libxml2 could not \(what())" }
    }

    /// Opens an element.
    func start(_ name: String) {
        check(xmlTextWriterStartElement(writer, name), "open <\(name)>")
        depth += 1
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, value), "write the attribute \(name)")
    }

    /// Writes escaped text.
    func text(_ value: String) {
        check(xmlTextWriterWriteString(writer, value), "write text")
    }

    /// Closes the innermost open element.
    func end() {
        check(xmlTextWriterEndElement(writer), "close an element")
        depth -= 1
    }

    /// Writes `<name a="v" …/>`.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// Copies an already well-formed fragment (a parsed part) verbatim.
    func raw(_ xml: String) {
        check(xmlTextWriterWriteRaw(writer, xml), "copy a fragment")
    }

    /// Copies well-formed bytes verbatim.
    func raw(bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            check(xmlTextWriterWriteRawLen(writer, base, Int32(buffer.count)), "copy a fragment")
        }
    }

    /// What a fragment writer wrote (its elements all closed), and its first failure.
    struct Fragment: Sendable {
        let bytes: [UInt8]
        let failure: String?
    }

    /// The bytes written so far and the first failure, for `append(_:)`; an element left open
    /// is a failure (appended, it would close in the wrong place).
    func fragment() -> Fragment {
        check(xmlTextWriterFlush(writer), "flush a fragment")
        if depth != 0, failure == nil { failure = "a fragment left \(depth) element(s) open" }
        return Fragment(bytes: written, failure: failure)
    }

    /// Copies a fragment verbatim; its failure, if any, becomes this writer's.
    func append(_ fragment: Fragment) {
        if failure == nil { failure = fragment.failure }
        raw(bytes: fragment.bytes[...])
    }

    /// Closes everything and returns the document's bytes; throws the first call that failed.
    func finish() throws(XMLProblem) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer), "end the document")
        check(xmlTextWriterFlush(writer), "flush the document")
        if let failure { throw XMLProblem(line: 1, column: 1, message: failure) }
        return written
    }

    private var written: [UInt8] {
        guard let buffer else { return [] }
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
