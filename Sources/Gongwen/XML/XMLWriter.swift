internal import CLibXML2

/// Writes XML through libxml2's text writer, so every byte written is well-formed and escaped.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Starts a document with the XML declaration (`standalone="yes"` as Office writes it).
    init(standalone: Bool = true) {
        _ = LibXML2.ready
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element.
    func start(_ name: String) {
        xmlTextWriterStartElement(writer, name)
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, value)
    }

    /// Writes escaped text.
    func text(_ value: String) {
        xmlTextWriterWriteString(writer, value)
    }

    /// Closes the innermost open element.
    func end() {
        xmlTextWriterEndElement(writer)
    }

    /// Writes `<name a="v" …/>`.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// Copies an already well-formed fragment (a parsed part) verbatim.
    func raw(_ xml: String) {
        xmlTextWriterWriteRaw(writer, xml)
    }

    /// Copies well-formed bytes verbatim.
    func raw(bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            xmlTextWriterWriteRawLen(writer, base, Int32(buffer.count))
        }
    }

    /// Closes everything and returns the document's bytes.
    func finish() -> [UInt8] {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
