internal import CLibXML2

/// A parsed XML document, owned: frees its libxml2 tree when released.
final class XMLTree {
    let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Parses `text`, refusing DTDs' network access and entity expansion; throws the first problem.
    static func parse(_ text: String) throws(XMLProblem) -> XMLTree {
        _ = LibXML2.ready
        // libxml2 takes the length as an Int32.
        guard text.utf8.count < Int(Int32.max) else {
            throw XMLProblem(line: 1, column: 1, message: "the document is larger than 2 GB")
        }
        guard let context = xmlNewParserCtxt() else {
            throw XMLProblem(line: 1, column: 1, message: "out of memory")
        }
        defer { xmlFreeParserCtxt(context) }
        // libxml2 goes on after the first fatal error and `lastError` keeps only the last;
        // the first one is where the reader should look, so collect them through the context's handler.
        let collector = FirstProblem()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        context.pointee._private = box.toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = context.pointee._private else { return }
            let collector = Unmanaged<FirstProblem>.fromOpaque(box).takeUnretainedValue()
            guard collector.problem == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            collector.problem = XMLProblem(
                line: Int(error.pointee.line), column: Int(max(1, error.pointee.int2)), message: LibXML2.message(error))
        }
        // XML_PARSE_HUGE: a meeting may hold a text value of many megabytes; without it libxml2
        // refuses a text node over 10 MB and the error would blame the template that printed it.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_HUGE.rawValue)
        let document = text.withCString { bytes in
            xmlCtxtReadMemory(context, bytes, Int32(text.utf8.count), "source.xml", "UTF-8", options)
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            if let problem = collector.problem { throw problem }
            let error = xmlCtxtGetLastError(context)
            throw XMLProblem(
                line: Int(error?.pointee.line ?? 1), column: Int(max(1, error?.pointee.int2 ?? 1)),
                message: LibXML2.message(error))
        }
        return XMLTree(pointer: document)
    }

    /// The root element.
    var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement($0, in: self) }
    }
}

private final class FirstProblem {
    var problem: XMLProblem?
}

/// An element of an `XMLTree`. It holds the tree, so the libxml2 node it points into lives as
/// long as any element of it does.
struct XMLElement {
    let pointer: xmlNodePtr
    let tree: XMLTree

    init(_ pointer: xmlNodePtr, in tree: XMLTree) {
        self.pointer = pointer
        self.tree = tree
    }

    /// The element's name.
    var name: String { String(cString: pointer.pointee.name) }

    /// The element's line in the parsed text.
    var line: Int { Int(xmlGetLineNo(pointer)) }

    /// An attribute's value.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { gongwen_xml_free(value) }
        return String(cString: value)
    }

    /// The children in order: elements and text.
    var children: [XMLChild] {
        var result: [XMLChild] = []
        var node = pointer.pointee.children
        while let current = node {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLElement(current, in: tree)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.append(.text(String(cString: content))) }
            default:
                break
            }
            node = current.pointee.next
        }
        return result
    }

    /// The child elements alone.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }
}

/// A child of an element: an element or a run of text.
enum XMLChild {
    case element(XMLElement)
    case text(String)
}

extension XMLTree {
    /// The document serialised by libxml2, with its XML declaration.
    func serialized() throws(XMLProblem) -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(pointer, &memory, &size, "UTF-8")
        guard let memory, size >= 0 else {
            throw XMLProblem(line: 1, column: 1, message: "libxml2 could not serialise the document")
        }
        defer { gongwen_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// Copies `element` (from any tree) to the end of `parent`'s children in this tree.
    func appendCopy(of element: XMLElement, to parent: XMLElement) throws(XMLProblem) {
        guard let copy = xmlDocCopyNode(element.pointer, pointer, 1) else {
            throw XMLProblem(line: element.line, column: 1, message: "libxml2 could not copy <\(element.name)>")
        }
        guard xmlAddChild(parent.pointer, copy) != nil else {
            xmlFreeNode(copy)
            throw XMLProblem(line: parent.line, column: 1, message: "libxml2 could not add to <\(parent.name)>")
        }
    }
}

extension XMLElement {
    /// Sets a namespaced or plain attribute that already exists, or adds it.
    func setAttribute(_ name: String, namespace: String? = nil, _ value: String) throws(XMLProblem) {
        let set: xmlAttrPtr?
        if let namespace, let ns = xmlSearchNsByHref(pointer.pointee.doc, pointer, namespace) {
            set = xmlSetNsProp(pointer, ns, name, value)
        } else {
            set = xmlSetProp(pointer, name, value)
        }
        guard set != nil else {
            throw XMLProblem(line: line, column: 1, message: "libxml2 could not set the attribute \(name)")
        }
    }

    /// An attribute in a namespace (`w:val`).
    func attribute(_ name: String, namespace: String) -> String? {
        guard let value = xmlGetNsProp(pointer, name, namespace) else { return nil }
        defer { gongwen_xml_free(value) }
        return String(cString: value)
    }

    /// All attributes in a namespace, by local name.
    func attributes(namespace: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var property = pointer.pointee.properties
        while let current = property {
            if let ns = current.pointee.ns, String(cString: ns.pointee.href) == namespace,
                let value = attribute(String(cString: current.pointee.name), namespace: namespace)
            {
                result.append((String(cString: current.pointee.name), value))
            }
            property = current.pointee.next
        }
        return result
    }

}

extension XMLTree {
    /// Parses bytes (a part read from a package).
    static func parse(bytes: [UInt8]) throws(XMLProblem) -> XMLTree {
        try parse(String(decoding: bytes, as: UTF8.self))
    }
}
