import Foundation

/// Flattens a Word package into one Flat OPC XML file (`pkg:package`), which Word opens directly.
public enum FlatOPCWriter {
    static let namespace = "http://schemas.microsoft.com/office/2006/xmlPackage"

    /// The Flat OPC text of `package`: every part, each with its content type, in package order.
    /// Binary parts (a chart's workbook) are stored as base64 in `pkg:binaryData`, as Word writes them.
    public static func write(_ package: WordPackage) throws -> [UInt8] {
        let xml = XMLWriter()
        xml.raw("<?mso-application progid=\"Word.Document\"?>\n")
        xml.start("pkg:package")
        xml.attribute("xmlns:pkg", namespace)
        for part in package.parts {
            xml.start("pkg:part")
            xml.attribute("pkg:name", "/" + part.name)
            xml.attribute("pkg:contentType", part.contentType)
            if part.isXML {
                xml.start("pkg:xmlData")
                xml.raw(bytes: rootElement(part.data))
            } else {
                xml.attribute("pkg:compression", "store")
                xml.start("pkg:binaryData")
                xml.text(Data(part.data).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed]))
            }
            xml.end()
            xml.end()
        }
        xml.end()
        return try xml.finish()
    }

    /// The part's root element and what follows it: without the `<?xml …?>` declaration, which
    /// cannot stand inside another document, nor the comments before the root (the fixed parts
    /// explain themselves). Works on bytes: only the prologue is looked at.
    static func rootElement(_ data: [UInt8]) -> ArraySlice<UInt8> {
        var rest = data[...]
        func skip(from opener: [UInt8], to closer: [UInt8]) -> Bool {
            guard rest.starts(with: opener) else { return false }
            var index = rest.startIndex + opener.count
            while index + closer.count <= rest.endIndex {
                if rest[index..<(index + closer.count)].elementsEqual(closer) {
                    rest = rest[(index + closer.count)...]
                    return true
                }
                index += 1
            }
            return false
        }
        while true {
            while let first = rest.first, first == 0x20 || first == 0x0A || first == 0x0D || first == 0x09 {
                rest = rest.dropFirst()
            }
            guard
                skip(from: Array("<?xml".utf8), to: Array("?>".utf8))
                    || skip(from: Array("<!--".utf8), to: Array("-->".utf8))
            else { return rest }
        }
    }
}
