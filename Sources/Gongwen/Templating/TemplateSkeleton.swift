/// The static markup of a template: Mustache tags blanked out and partials inlined, with
/// every line where it was, so that libxml2's line numbers are the template's own.
enum TemplateSkeleton {
    /// The skeleton of `text`; `partials` gives the text of each partial by name.
    static func of(_ text: String, partials: [String: String], depth: Int = 0) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closer) else {
                rest = rest[rest.endIndex...]
                break
            }
            let tag = rest[open.upperBound..<close.lowerBound]
            let trimmed = tag.drop { $0 == " " || $0 == "{" }
            if trimmed.hasPrefix(">"), depth < 8 {
                let name = trimmed.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
                if let partial = partials[name] {
                    result += of(partial, partials: partials, depth: depth + 1).filter { $0 != "\n" }
                }
            }
            // Keep the tag's own line breaks so later lines stay in place.
            result += String(repeating: "\n", count: tag.filter { $0 == "\n" }.count)
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(self).trimmingCharacters(in: set)
    }
}
