/// How wide text sets, in characters of its own size: a Chinese character or full-width sign is
/// one, an ASCII letter, digit or space half (as 仿宋 and Times New Roman set them).
enum TextWidth {
    static func of(_ text: some StringProtocol) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }

    /// The width of a title line in 小标宋's stand-in (a bold serif): capitals and digits are wider
    /// there than half a character (ESG is about two), with the same autospace as `guarded`.
    static func title(_ text: some StringProtocol) -> Double {
        var width = guarded(text)
        for scalar in text.unicodeScalars {
            if ("A"..."Z").contains(scalar) {
                width += 0.2
            } else if ("0"..."9").contains(scalar) {
                width += 0.05
            }
        }
        return width
    }

    /// The width a cell must give the text so that no renderer wraps it: LibreOffice sets a
    /// quarter of a character between Chinese and Latin text or digits (2026 年 12 月), whatever
    /// the file says, where Word sets none.
    static func guarded(_ text: some StringProtocol) -> Double {
        var width = 0.0
        var previousASCII: Bool?
        for scalar in text.unicodeScalars {
            let ascii = scalar.isASCII
            width += ascii ? 0.5 : 1
            if let previousASCII, previousASCII != ascii, scalar != " " { width += 0.25 }
            previousASCII = ascii
        }
        return width
    }
}
