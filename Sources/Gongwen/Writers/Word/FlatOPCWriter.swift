/// Flattens a Word package into one Flat OPC XML file (`pkg:package`), which Word opens directly.
public enum FlatOPCWriter {
    static let namespace = "http://schemas.microsoft.com/office/2006/xmlPackage"

    /// The Flat OPC text of `package`: every part, each with its content type, in package order.
    public static func write(_ package: WordPackage) -> [UInt8] {
        let xml = XMLWriter()
        xml.raw("<?mso-application progid=\"Word.Document\"?>\n")
        xml.start("pkg:package")
        xml.attribute("xmlns:pkg", namespace)
        for part in package.parts {
            xml.start("pkg:part")
            xml.attribute("pkg:name", "/" + part.name)
            xml.attribute("pkg:contentType", part.contentType)
            xml.start("pkg:xmlData")
            xml.raw(withoutDeclaration(part.data))
            xml.end()
            xml.end()
        }
        xml.end()
        return xml.finish()
    }

    /// The part's root element, without the `<?xml …?>` declaration, which cannot stand inside another document.
    static func withoutDeclaration(_ data: [UInt8]) -> String {
        var text = Substring(String(decoding: data, as: UTF8.self))
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            text = text[end.upperBound...]
        }
        // Comments before the root (the fixed parts explain themselves) are left out of the flat file.
        while true {
            text = text.drop { $0 == "\n" || $0 == "\r" || $0 == " " }
            guard text.hasPrefix("<!--"), let end = text.range(of: "-->") else { break }
            text = text[end.upperBound...]
        }
        return String(text)
    }
}
