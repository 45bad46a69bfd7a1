import CLibXML2
import Foundation
import ZIPFoundation

@testable import Gongwen

/// Reads the paragraphs' text back out of each format, independently of the writers, for consistency checks.
enum ParagraphText {
    /// `w:p` texts of a WordprocessingML document part, in order; empty paragraphs skipped, and a
    /// chart's caption (the paragraph before its drawing, named in `wp:docPr descr`), which the
    /// other formats show as a figure's, not as a paragraph.
    static func word(documentXML: Data) -> [String] {
        var result: [String] = []
        var captions: [String] = []
        withDocument(documentXML, html: false) { document in
            forEach(xmlDocGetRootElement(document)) { node in
                if name(node) == "docPr", let descr = xmlGetProp(node, "descr") {
                    captions.append(String(cString: descr))
                    gongwen_xml_free(descr)
                }
                guard name(node) == "p" else { return true }
                var text = ""
                forEach(node.pointee.children) { child in
                    switch name(child) {
                    case "t": text += content(child)
                    case "br": text += "\n"
                    case "tab": text += "\t"
                    default: break
                    }
                    return true
                }
                if !text.isEmpty { result.append(text) }
                // A chart's paragraph holds its caption's neighbour: look inside for the drawing.
                return !text.isEmpty ? false : true
            }
        }
        for caption in captions { if let index = result.firstIndex(of: caption) { result.remove(at: index) } }
        return result
    }

    /// Block texts of an HTML page (p, h1–h6, th, td), in order.
    static func html(_ data: Data) -> [String] {
        var result: [String] = []
        let blocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "li"]
        var listNumber = 0
        withDocument(data, html: true) { document in
            forEach(xmlDocGetRootElement(document)) { node in
                guard blocks.contains(name(node)) else {
                    if name(node) == "ol" { listNumber = 0 }
                    return name(node) != "head"
                }
                var text = ""
                // A CommonMark reader shows a numbered item as <li>; the HTML writer writes its number.
                if name(node) == "li" {
                    listNumber += 1
                    text = "\(listNumber). "
                }
                forEach(node.pointee.children) { child in
                    // A newline in HTML text is white space (a reader's line wrap); breaks are <br>.
                    if child.pointee.type == XML_TEXT_NODE { text += content(child).filter { $0 != "\n" } }
                    if name(child) == "br" { text += "\n" }
                    return true
                }
                if !text.isEmpty, text != "\(listNumber). " || name(node) != "li" { result.append(text) }
                return false
            }
        }
        return result
    }

    /// Block texts of Gongwen's Markdown as a real CommonMark reader (cmark-gfm, with GitHub
    /// tables) shows them: its HTML read as `html` reads the HTML writer's page.
    static func markdown(_ text: String) throws -> [String] {
        try html(CommonMarkReader.html(text))
    }

    /// The texts shown in bold, in order, without the punctuation and spaces at their ends (the
    /// Markdown writer sets those outside its markers, where CommonMark can close them).
    static func bold(html data: Data) -> [String] {
        var result: [String] = []
        withDocument(data, html: true) { document in
            forEach(xmlDocGetRootElement(document)) { node in
                // The red mark and the field labels are classes in HTML and bold in Markdown.
                let classes =
                    (xmlGetProp(node, "class").map { value in
                        defer { gongwen_xml_free(value) }
                        return String(cString: value)
                    } ?? "").split(separator: " ")
                let shownBold =
                    ["strong", "b"].contains(name(node)) || (name(node) == "p" && classes.contains("mark"))
                    || (name(node) == "span" && classes.contains("label"))
                guard shownBold else { return true }
                let text = String(content(node).unicodeScalars.filter { $0 != "\n" })
                let trimmed = text.drop(while: MarkdownText.isFlanking).reversed().drop(while: MarkdownText.isFlanking)
                if !trimmed.isEmpty { result.append(String(trimmed.reversed())) }
                return false
            }
        }
        return result
    }

    // MARK: libxml2 walking

    private static func withDocument(_ data: Data, html: Bool, _ body: (xmlDocPtr) -> Void) {
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            let bytes = buffer.bindMemory(to: CChar.self).baseAddress
            if html {
                return htmlReadMemory(
                    bytes, Int32(data.count), "page.html", "UTF-8",
                    Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue))
            }
            return xmlReadMemory(bytes, Int32(data.count), "part.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        body(document)
    }

    /// Depth-first over elements; `visit` returns whether to descend.
    private static func forEach(_ first: xmlNodePtr?, _ visit: (xmlNodePtr) -> Bool) {
        var node = first
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                if visit(current) { forEach(current.pointee.children, visit) }
            } else if current.pointee.type == XML_TEXT_NODE {
                _ = visit(current)
            }
            node = current.pointee.next
        }
    }

    private static func name(_ node: xmlNodePtr) -> String {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    private static func content(_ node: xmlNodePtr) -> String {
        guard let text = xmlNodeGetContent(node) else { return "" }
        defer { gongwen_xml_free(text) }
        return String(cString: text)
    }
}

/// Reads a Word package back: the `.docx` zip and the Flat OPC file, part by part.
enum WordParts {
    /// Each part of a `.docx`, by name.
    static func docx(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    /// Each part of a Flat OPC file: name (without the slash) → (content type, root element serialised by libxml2).
    static func flat(_ data: Data) -> [String: (contentType: String, xml: String)] {
        var parts: [String: (String, String)] = [:]
        let document = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.bindMemory(to: CChar.self).baseAddress, Int32(data.count), "flat.xml", "UTF-8", 0)
        }
        guard let document else { return [:] }
        defer { xmlFreeDoc(document) }
        var part = xmlDocGetRootElement(document)?.pointee.children
        while let current = part {
            defer { part = current.pointee.next }
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = attribute(current, "name") ?? ""
            let type = attribute(current, "contentType") ?? ""
            var child = current.pointee.children
            while let data = child, data.pointee.type != XML_ELEMENT_NODE { child = data.pointee.next }
            var root = child?.pointee.children
            while let node = root, node.pointee.type != XML_ELEMENT_NODE { root = node.pointee.next }
            parts[String(name.dropFirst())] = (type, root.map { serialise($0, in: document) } ?? "")
        }
        return parts
    }

    /// A part's root element serialised by libxml2, for comparing with the flat file's copy.
    static func root(of data: Data) -> String {
        let document = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.bindMemory(to: CChar.self).baseAddress, Int32(data.count), "part.xml", "UTF-8", 0)
        }
        guard let document, let root = xmlDocGetRootElement(document) else { return "" }
        defer { xmlFreeDoc(document) }
        return serialise(root, in: document)
    }

    private static func serialise(_ node: xmlNodePtr, in document: xmlDocPtr) -> String {
        let buffer = xmlBufferCreate()
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, document, node, 0, 0)
        return String(cString: xmlBufferContent(buffer))
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if String(cString: current.pointee.name) == name,
                let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            {
                defer { gongwen_xml_free(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }
}
