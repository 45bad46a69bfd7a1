/// Where the lines of a 出席/列席/请假 list break, so that no name is broken across lines
/// (东方雨/辰): LibreOffice ignores WORD JOINER between Chinese characters, so Gongwen breaks the
/// list itself, after a 、, where the next name would not fit.
///
/// A list line is measured on the document grid: 28 characters a line, the label and its colon
/// on the first line, the wrapped lines aligned after them (`indent`).
enum RosterLines {
    /// The list's text in lines; the whole text as one line when it fits.
    /// - Parameters:
    ///   - first: characters the first line holds after its label.
    ///   - others: characters each further line holds.
    static func lines(_ text: String, first: Double, others: Double) -> [String] {
        let items = text.split(separator: "、", omittingEmptySubsequences: false).map(String.init)
        var lines: [String] = []
        var line = ""
        var room = first
        for (index, item) in items.enumerated() {
            // Each name with the 、 after it: a 、 may not begin a line.
            let token = item + (index < items.count - 1 ? "、" : "")
            if !line.isEmpty, TextWidth.guarded(line + token) > room + 0.01 {
                lines.append(line)
                line = ""
                room = others
            }
            line += token
        }
        lines.append(line)
        return lines
    }

    /// The list's content with line breaks where its lines end, for a paragraph whose first line
    /// starts `start` characters in and holds `label` (with its colon) before the names, and whose
    /// further lines start `continuation` characters in.
    static func broken(_ content: [Inline], label: String, start: Double, continuation: Double) -> [Inline] {
        guard content.allSatisfy({ if case .text = $0 { true } else { false } }) else { return content }
        let perLine = Double(PageGeometry.textWidth / PageGeometry.character)
        let lines = lines(
            content.plainText, first: perLine - start - TextWidth.guarded(label + "："), others: perLine - continuation)
        return Array(lines.map { [Inline.text($0)] }.joined(separator: [.lineBreak]))
    }
}
