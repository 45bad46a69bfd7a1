/// The line a diagnostic points at, with a caret under its column, as swiftc and rustc show it:
///
/// ```
///    2 |   title：测试
///      |        ^
/// ```
///
/// The caret is placed by display width (a Chinese character takes two columns in a terminal and
/// in a monospaced page), so it stands under the character the column counts to.
public enum SourceExcerpt {
    /// The excerpt for `location` in `text`, or nil when the line is not in the text.
    public static func excerpt(of text: String, at location: SourceLocation) -> String? {
        let lines = lines(of: text)
        guard location.line >= 1, location.line <= lines.count else { return nil }
        let number = location.line
        let scalars = Array(lines[number - 1].unicodeScalars)
        // Long lines (a pasted paragraph) are cut around the column, so the excerpt stays one screen wide.
        let column = min(max(location.column - 1, 0), scalars.count)
        let start = max(0, column - 60)
        let end = min(scalars.count, column + 60)
        let shown = scalars[start..<end].map { scalar -> String in
            scalar == "\t" ? " " : Diagnostic.printable(String(scalar))
        }
        let gutter = String(number)
        let pad = String(repeating: " ", count: gutter.count)
        let before = shown.prefix(column - start).reduce(0) { $0 + width(of: $1) }
        return " \(gutter) | \(start > 0 ? "…" : "")\(shown.joined())\(end < scalars.count ? "…" : "")\n"
            + " \(pad) | \(start > 0 ? " " : "")\(String(repeating: " ", count: before))^"
    }

    /// The lines of `text` as libyaml counts them: split at LF, a CR before it dropped (Swift's
    /// `split(separator: "\n")` would not split a CRLF file, whose `"\r\n"` is one Character).
    static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var view = String.UnicodeScalarView(line)
            if view.last == "\r" { view.removeLast() }
            return String(view)
        }
    }

    /// Columns a piece of text takes in a terminal: two for East Asian wide and full-width characters.
    static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
