import Foundation
import ZIPFoundation

/// An organisation's own Word file whose styles, page setup, header and footer replace Gongwen's,
/// as pandoc's `--reference-doc` does.
///
/// Styles are matched by id or by name (Chinese Word gives `heading 1` the id `1`); a matched
/// style takes Gongwen's id so that documents can refer to it, and every reference to it inside
/// the styles part follows. Styles the file lacks come from Gongwen's own `styles.xml`.
public struct ReferenceDocument: Sendable {
    /// The merged `word/styles.xml`.
    let styles: [UInt8]
    /// `pgSz`, `pgMar` and `docGrid` attributes (`w:` names) from the file's last section.
    let pageSetup: [String: [(String, String)]]
    /// The file's default header, when it has one that stands alone (no images or other relationships).
    let header: [UInt8]?
    /// Its footers for odd and even pages, under the same condition.
    let footers: (odd: [UInt8], even: [UInt8])?
    /// Gongwen's style ids the file had no style for.
    public let missingStyles: [String]
    /// Things of the file that were not used, for the user to know.
    public let notes: [Message]

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Reads a `.docx`; throws when it is not a Word file.
    public static func load(contentsOf url: URL) throws(GongwenError) -> ReferenceDocument {
        let display = url.path
        let parts: [String: [UInt8]]
        do {
            let archive = try Archive(url: url, accessMode: .read)
            var read: [String: [UInt8]] = [:]
            for entry in archive where entry.type == .file {
                var bytes: [UInt8] = []
                _ = try archive.extract(entry, skipCRC32: true) { bytes.append(contentsOf: $0) }
                read[entry.path] = bytes
            }
            parts = read
        } catch {
            throw .io(path: display, reason: .referenceUnreadable(detail: "\(error)"))
        }
        guard let styles = parts["word/styles.xml"] else {
            throw .io(
                path: display, reason: .referenceHasNoStyles)
        }
        do {
            return try ReferenceDocument(styles: styles, parts: parts)
        } catch {
            throw .io(
                path: display,
                reason: .referencePartMalformed(line: error.line, detail: error.message))
        }
    }

    private init(styles theirBytes: [UInt8], parts: [String: [UInt8]]) throws(XMLProblem) {
        let ours = try XMLTree.parse(BuiltInFiles.text("word/styles.xml"))
        let theirs = try XMLTree.parse(bytes: theirBytes)
        guard let ourRoot = ours.root, let theirRoot = theirs.root else {
            throw XMLProblem(line: 1, column: 1, message: "empty styles part")
        }
        let ourStyles = ourRoot.elements.filter { $0.name == "style" }
        var renamed: [String: String] = [:]
        var found: Set<String> = []
        let theirStyles = theirRoot.elements.filter { $0.name == "style" }
        for ourStyle in ourStyles {
            guard let id = ourStyle.attribute("styleId", namespace: Self.w) else { continue }
            let name = Self.styleName(ourStyle)?.lowercased()
            let match =
                theirStyles.first { $0.attribute("styleId", namespace: Self.w) == id }
                ?? theirStyles.first { Self.styleName($0)?.lowercased() == name && name != nil }
            if let match, let theirID = match.attribute("styleId", namespace: Self.w) {
                renamed[theirID] = id
                found.insert(id)
            }
        }
        // Give matched styles Gongwen's ids and make every reference follow.
        for style in theirStyles {
            if let id = style.attribute("styleId", namespace: Self.w), let new = renamed[id] {
                try style.setAttribute("styleId", namespace: Self.w, new)
            }
            for child in style.elements where ["basedOn", "next", "link"].contains(child.name) {
                if let value = child.attribute("val", namespace: Self.w), let new = renamed[value] {
                    try child.setAttribute("val", namespace: Self.w, new)
                }
            }
        }
        var missing: [String] = []
        for ourStyle in ourStyles {
            guard let id = ourStyle.attribute("styleId", namespace: Self.w), !found.contains(id) else { continue }
            let clash = theirStyles.contains { $0.attribute("styleId", namespace: Self.w) == id }
            if clash { continue }
            // One default style per type: when the reference has its own default (a table style
            // Chinese Word calls a1, say), the copy of Gongwen's is a plain style beside it.
            let type = ourStyle.attribute("type", namespace: Self.w)
            if Self.isOn(ourStyle.attribute("default", namespace: Self.w)),
                theirStyles.contains(where: {
                    $0.attribute("type", namespace: Self.w) == type
                        && Self.isOn($0.attribute("default", namespace: Self.w))
                })
            {
                try ourStyle.setAttribute("default", namespace: Self.w, "0")
            }
            try theirs.appendCopy(of: ourStyle, to: theirRoot)
            missing.append(id)
        }
        self.styles = try theirs.serialized()
        self.missingStyles = missing

        var notes: [Message] = []
        var setup: [String: [(String, String)]] = [:]
        var header: [UInt8]?
        var footers: (odd: [UInt8], even: [UInt8])?
        if let document = parts[WordPackage.PartName.document], let tree = try? XMLTree.parse(bytes: document),
            let body = tree.root?.elements.first(where: { $0.name == "body" }),
            let section = body.elements.last(where: { $0.name == "sectPr" })
        {
            for child in section.elements where ["pgSz", "pgMar", "docGrid"].contains(child.name) {
                setup[child.name] = child.attributes(namespace: Self.w)
            }
            let targets = Self.relationshipTargets(parts["word/_rels/document.xml.rels"])
            func part(_ kind: String, _ type: String) -> [UInt8]? {
                guard
                    let reference = section.elements.first(where: {
                        $0.name == kind && $0.attribute("type", namespace: Self.w) == type
                    }), let id = reference.attribute("id", namespace: Self.r), let target = targets[id]
                else { return nil }
                let name = "word/" + target
                let rels = "word/_rels/" + target + ".rels"
                if parts[rels] != nil {
                    notes.append(.referencePartNotUsed(kind: kind, target: target))
                    return nil
                }
                return parts[name]
            }
            header = part("headerReference", "default")
            if let odd = part("footerReference", "default") {
                footers = (odd, part("footerReference", "even") ?? odd)
            }
        }
        self.pageSetup = setup
        self.header = header
        self.footers = footers
        self.notes = notes
    }

    /// ST_OnOff's true values.
    private static func isOn(_ value: String?) -> Bool {
        ["1", "true", "on"].contains(value ?? "")
    }

    private static func styleName(_ style: XMLElement) -> String? {
        style.elements.first { $0.name == "name" }?.attribute("val", namespace: w)
    }

    private static func relationshipTargets(_ data: [UInt8]?) -> [String: String] {
        guard let data, let tree = try? XMLTree.parse(bytes: data), let root = tree.root else { return [:] }
        var targets: [String: String] = [:]
        for relationship in root.elements {
            if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") {
                targets[id] = target.hasPrefix("/word/") ? String(target.dropFirst(6)) : target
            }
        }
        return targets
    }
}
