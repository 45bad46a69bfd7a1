import CLibXML2
import Foundation
import ZIPFoundation

@testable import Gongwen

/// Reads the paragraphs' text back out of each format, independently of the writers, for consistency checks.
enum ParagraphText {
    /// `w:p` texts of a WordprocessingML document part, in order; empty paragraphs skipped.
    static func word(documentXML: Data) -> [String] {
        var result: [String] = []
        withDocument(documentXML, html: false) { document in
            forEach(xmlDocGetRootElement(document)) { node in
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
                return false
            }
        }
        return result
    }

    /// Block texts of an HTML page (p, h1–h6, th, td), in order.
    static func html(_ data: Data) -> [String] {
        var result: [String] = []
        let blocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td"]
        withDocument(data, html: true) { document in
            forEach(xmlDocGetRootElement(document)) { node in
                guard blocks.contains(name(node)) else { return name(node) != "head" }
                var text = ""
                forEach(node.pointee.children) { child in
                    if child.pointee.type == XML_TEXT_NODE { text += content(child) }
                    if name(child) == "br" { text += "\n" }
                    return true
                }
                if !text.isEmpty { result.append(text) }
                return false
            }
        }
        return result
    }

    /// Block texts of Gongwen's Markdown, undoing its escapes and markers.
    static func markdown(_ text: String) -> [String] {
        var result: [String] = []
        for block in text.components(separatedBy: "\n\n") {
            let trimmed = block.trimmingCharacters(in: .newlines)
            if trimmed.isEmpty || trimmed == "---" { continue }
            if trimmed.hasPrefix("|") {
                for (index, row) in trimmed.split(separator: "\n").enumerated() where index != 1 {
                    for cell in splitRow(String(row)) where !cell.isEmpty {
                        result.append(unescape(cell.replacingOccurrences(of: "<br>", with: "\n")))
                    }
                }
                continue
            }
            if trimmed.first?.isNumber == true, trimmed.contains(". ") {
                for line in trimmed.split(separator: "\n") { result.append(unescape(String(line))) }
                continue
            }
            var body = trimmed
            while body.hasPrefix("#") { body.removeFirst() }
            body = body.trimmingCharacters(in: .whitespaces)
            result.append(unescape(body.replacingOccurrences(of: "\\\n", with: "\n")))
        }
        return result
    }

    private static func splitRow(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.dropFirst() {
            if escaped {
                current += "\\" + String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        var source = text.replacingOccurrences(of: "&#32;", with: " ").replacingOccurrences(of: "&#9;", with: "\t")
        source = source.replacingOccurrences(of: "\\**", with: "\u{1}").replacingOccurrences(of: "**", with: "")
        source = source.replacingOccurrences(of: "\u{1}", with: "\\*")
        for character in source {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
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
