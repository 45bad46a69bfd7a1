/// The files under `Templates/` compiled into the binary (the `EmbedTemplates` plugin): the
/// templates and their partials, which `TemplateCatalog` reads, and the parts the writers and the
/// preview use as they are — the page CSS, the Word parts, the fontconfig mapping, the form's
/// script. They live below every stage, so no writer reaches up into Templating for them.
public enum BuiltInFiles {
    /// The text of `Templates/<path>`, such as `html/page.css` or `word/styles.xml`.
    public static func text(_ path: String) -> String {
        guard let text = embeddedTemplateFiles[path] else { fatalError("Templates/\(path) is missing from the build") }
        return text
    }

    /// The text of `Templates/<path>`, or nil when the build holds no such file (a template name
    /// that is not a built-in).
    static func lookUp(_ path: String) -> String? {
        embeddedTemplateFiles[path]
    }

    /// The built-in partials (`Templates/partials/NAME.mustache`), by name.
    static var partials: [String: String] {
        var partials: [String: String] = [:]
        for (path, text) in embeddedTemplateFiles where path.hasPrefix("partials/") && path.hasSuffix(".mustache") {
            partials[String(path.dropFirst("partials/".count).dropLast(".mustache".count))] = text
        }
        return partials
    }
}
