import Foundation
import Testing

@testable import Gongwen

/// Golden files: compare, or record with `GONGWEN_RECORD_GOLDEN=1` (a recording run fails on purpose).
enum Golden {
    static let recording = ProcessInfo.processInfo.environment["GONGWEN_RECORD_GOLDEN"] == "1"

    /// The tree dump and every format of a document, by extension.
    static func outputs(_ document: Document) throws -> [String: Data] {
        var outputs: [String: Data] = ["tree": Data(TreeDumper.dump(document).utf8)]
        for (format, data) in zip(OutputFormat.standard, try document.write(OutputFormat.standard)) {
            outputs[format.fileExtension] = data
        }
        return outputs
    }

    /// Checks `outputs[ext]` against `folder/stem.ext` for each extension; the `.docx` against the `.xml`, part by part.
    static func check(_ outputs: [String: Data], stem: String, in folder: URL, extensions: [String]) throws {
        for ext in extensions {
            let url = folder.appendingPathComponent("\(stem).\(ext)")
            if recording {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try outputs[ext]!.write(to: url)
                Issue.record("recorded \(url.lastPathComponent); run again without GONGWEN_RECORD_GOLDEN")
                continue
            }
            let expected = try Data(contentsOf: url)
            #expect(outputs[ext] == expected, "\(url.lastPathComponent) differs; re-record if the change is intended")
        }
        if let docx = outputs["docx"], let xml = outputs["xml"] {
            let zipped = try WordParts.docx(docx)
            let flat = WordParts.flat(xml)
            #expect(Set(flat.keys) == Set(zipped.keys).subtracting(["[Content_Types].xml"]))
            for (name, part) in flat {
                #expect(part.xml == WordParts.root(of: zipped[name]!), "\(name) differs between .xml and .docx")
            }
        }
    }

    /// The paragraphs' text, in order, must read the same in Markdown, HTML, `.docx` and `.xml`.
    static func checkConsistency(_ outputs: [String: Data]) throws {
        let markdownSource = String(decoding: outputs["md"]!, as: UTF8.self)
        // Line breaks and tabs are layout — a long title or a table label broken to fit the page, the
        // gap before an attachment's name or the 版记's date — so the words and their order are
        // compared without them.
        func words(_ paragraphs: [String]) -> [String] {
            paragraphs.map {
                $0.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\t", with: "")
            }
        }
        let markdown = words(try ParagraphText.markdown(markdownSource))
        let html = words(ParagraphText.html(outputs["html"]!))
        let docx = words(ParagraphText.word(documentXML: try WordParts.docx(outputs["docx"]!)["word/document.xml"]!))
        let flat = words(
            ParagraphText.word(documentXML: Data(WordParts.flat(outputs["xml"]!)["word/document.xml"]!.xml.utf8)))
        #expect(markdown.count >= 3)
        #expect(html == markdown)
        #expect(docx == markdown)
        #expect(flat == docx)
        // Bold must start and end at the same words in CommonMark as in HTML (and so in Word).
        #expect(
            ParagraphText.bold(html: try CommonMarkReader.html(markdownSource))
                == ParagraphText.bold(html: outputs["html"]!))
    }
}
